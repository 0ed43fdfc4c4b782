package dev.katalog.model.atlan.asset

import dev.katalog.model.atlan.search.IndexSearchRequest
import kotlinx.serialization.json.JsonPrimitive

/**
 * Domains, subdomains and data products as Atlan's SDK makes them (atlan-python `pyatlan/model/assets/data_domain.py`,
 * `data_product.py`, `pyatlan/model/data_mesh.py`). The qualifiedNames sent here are provisional: Atlan replaces them
 * (atlas-metastore `DataDomainPreProcessor`, `DataProductPreProcessor`) with `default/domain/<id>/super` for a domain,
 * `<parent>/domain/<id>` for a subdomain and `<domain>/product/<id>` for a product.
 */
internal object DataMeshCreators {
    fun <B : EntitySetters<B>> domain(b: B, name: String, parent: Entity?): B {
        require(name.isNotBlank()) { "A domain needs a name" }
        val named = b.attribute("name", JsonPrimitive(name))
        if (parent == null) return named.attribute("qualifiedName", JsonPrimitive("default/domain/${camelCase(name)}/super"))
        requireType(parent, "DataDomain", "parentDomain")
        // The parent's and super domain's qualifiedNames are left to the server, which sets them on create and keeps them on update.
        return named.attribute("qualifiedName", JsonPrimitive("${qualifiedNameOf(parent).orEmpty()}/domain/${camelCase(name)}"))
            .attribute("parentDomain", reference(parent))
    }

    fun <B : EntitySetters<B>> product(b: B, name: String, domain: Entity, assets: IndexSearchRequest): B =
        product(b, name, domain, DataProductSelection.toDsl(assets))

    /** A product whose selection is already as Atlan stores it ([DataProductSelection.toDsl]). */
    fun <B : EntitySetters<B>> product(b: B, name: String, domain: Entity, assetsDsl: String): B {
        require(name.isNotBlank()) { "A data product needs a name" }
        requireType(domain, "DataDomain", "domain")
        DataProductSelection.queryOf(assetsDsl)
        return b.attribute("name", JsonPrimitive(name))
            .attribute("qualifiedName", JsonPrimitive("${qualifiedNameOf(domain).orEmpty()}/product/${camelCase(name)}"))
            .attribute(DataProductSelection.ATTRIBUTE, JsonPrimitive(assetsDsl))
            .attribute("dataDomain", reference(domain))
    }

    private fun requireType(entity: Entity, typeName: String, what: String) =
        require(entity.typeName == typeName) { "The $what must be a $typeName, not a ${entity.typeName}" }

    private fun qualifiedNameOf(entity: Entity): String? =
        (entity.attributes["qualifiedName"] as? JsonPrimitive)?.takeIf { it.isString }?.content

    /** pyatlan's `to_camel_case`: words split on anything but letters and digits, the first lower-cased, the rest capitalised. */
    private fun camelCase(name: String): String {
        val words = name.split(Regex("[^A-Za-z0-9]+")).filter { it.isNotEmpty() }
        return words.mapIndexed { i, w -> if (i == 0) w.lowercase() else w.lowercase().replaceFirstChar(Char::uppercaseChar) }.joinToString("")
    }
}
