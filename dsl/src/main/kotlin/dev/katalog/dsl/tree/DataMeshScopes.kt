package dev.katalog.dsl.tree

import dev.katalog.dsl.search.FluentSearch
import dev.katalog.model.atlan.asset.DataDomain
import dev.katalog.model.atlan.asset.DataProduct
import dev.katalog.model.atlan.asset.DataProductSelection
import dev.katalog.model.atlan.search.IndexSearchRequest
import kotlinx.serialization.json.JsonPrimitive

/** A data domain: its subdomains and data products, and every setter of [DataDomain]. */
public class DomainScope internal constructor(name: String) : NodeScope<DomainScope>(NodeKind.DOMAIN, name), DataDomain.Setters<DomainScope> {
    override fun self(): DomainScope = this

    /** A subdomain named [name]. */
    public fun subdomain(name: String, block: DomainScope.() -> Unit = {}) { children += DomainScope(name).apply(block).node() }

    /** A data product named [name]; it needs its [ProductScope.assets]. */
    public fun product(name: String, block: ProductScope.() -> Unit = {}) { children += ProductScope(name).apply(block).node() }
}

/** A data product: the assets it selects, and every setter of [DataProduct] (status, criticality, sensitivity…). */
public class ProductScope internal constructor(name: String) : NodeScope<ProductScope>(NodeKind.PRODUCT, name), DataProduct.Setters<ProductScope> {
    override fun self(): ProductScope = this

    /** The product's assets: those the search [block] describes (`where(Table.CONNECTION_QUALIFIED_NAME eq …)`), stored as Atlan stores a selection. */
    public fun assets(block: FluentSearch.() -> Unit): ProductScope = assets(FluentSearch.select().apply(block).toRequest())

    /** The product's assets: those [search] finds. */
    public fun assets(search: IndexSearchRequest): ProductScope =
        attribute(DataProductSelection.ATTRIBUTE, JsonPrimitive(DataProductSelection.toDsl(search)))
}
