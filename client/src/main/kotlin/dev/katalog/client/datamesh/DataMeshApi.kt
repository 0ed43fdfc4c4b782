package dev.katalog.client.datamesh

import dev.katalog.client.atlan.AtlanCalls
import dev.katalog.client.atlan.AtlanException
import dev.katalog.client.core.UsageException
import dev.katalog.client.search.SearchApi
import dev.katalog.dsl.search.FluentSearch
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.DataDomain
import dev.katalog.model.atlan.asset.DataProduct
import dev.katalog.model.atlan.asset.DataProductSelection
import dev.katalog.model.atlan.search.IndexSearchRequest
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.emitAll
import kotlinx.coroutines.flow.flow
import kotlinx.serialization.json.JsonPrimitive

/**
 * Data mesh (`client.dataMesh`): domains, subdomains and data products by name, and the assets a product's stored
 * selection finds. Domains and products are created like any asset (`DataDomain.creator(name)`,
 * `DataProduct.creator(name, domain, search { … })`) and saved with `client.assets.save`; Atlan names them.
 * Java uses [DataMeshApiFutures].
 */
public class DataMeshApi internal constructor(private val calls: AtlanCalls, private val search: SearchApi) {
    /** The active top-level domain named [name]; [AtlanException.NotFound] when there is none. */
    public suspend fun findDomain(name: String): DataDomain =
        domains(name).firstOrNull { it.attributes[PARENT] == null }
            ?: throw AtlanException.NotFound("No active top-level domain is named \"$name\"", null, null, "Check the name (it is case-sensitive); a subdomain is found with findSubdomain(name, parent)")

    /** The active subdomain named [name] of [parent]; [AtlanException.NotFound] when there is none. */
    public suspend fun findSubdomain(name: String, parent: DataDomain): DataDomain {
        val parentName = qualifiedNameOf(parent, "parent domain")
        return domains(name).firstOrNull { (it.attributes[PARENT] as? JsonPrimitive)?.content == parentName }
            ?: throw AtlanException.NotFound("The domain $parentName has no active subdomain named \"$name\"", null, null, "Check the name (it is case-sensitive) and the parent domain")
    }

    /** The active data product named [name] of [domain]; [AtlanException.NotFound] when there is none. */
    public suspend fun findProduct(name: String, domain: DataDomain): DataProduct {
        UsageException.check(name.isNotBlank(), { "A data product name cannot be blank" }, "Pass the product's name as Atlan shows it")
        val domainName = qualifiedNameOf(domain, "domain")
        val request = FluentSearch.select(DataProduct).where(Asset.NAME eq name).include(PARENT, ASSETS_DSL).toRequest()
        return calls.searchPage(request).entities.orEmpty().map { DataProduct.fromJson(it.json) }
            .firstOrNull { (it.attributes[PARENT] as? JsonPrimitive)?.content == domainName }
            ?: throw AtlanException.NotFound("The domain $domainName has no active data product named \"$name\"", null, null, "Check the name (it is case-sensitive) and the domain")
    }

    /**
     * The search a product's stored asset selection (`dataProductAssetsDSL`) runs, as a request this SDK sends; read
     * from the catalog when [product] does not carry it.
     */
    public suspend fun selectionOf(product: DataProduct): IndexSearchRequest {
        val stored = (product.attributes[ASSETS_DSL] as? JsonPrimitive)?.content ?: reread(product)
        val query = try {
            DataProductSelection.queryOf(stored)
        } catch (e: IllegalArgumentException) {
            throw UsageException(
                "The asset selection of the data product ${product.qualifiedName} is not a search: ${e.message}",
                "Give the product a selection made from a search: DataProduct.creator(name, domain, search { where(…) })",
            )
        }
        return FluentSearch.select().where(query).toRequest()
    }

    /** Every active asset the stored selection of [product] finds (atlan-python `DataProduct.get_assets`), paged lazily. */
    public fun assetsOf(product: DataProduct): Flow<Asset> = flow { emitAll(search.stream(selectionOf(product))) }

    /** The pages of [assetsOf], for the Java stream (one hand-off per page). */
    internal fun assetPagesOf(product: DataProduct): Flow<List<Asset>> = flow { emitAll(search.pages(selectionOf(product))) }

    override fun toString(): String = "DataMeshApi"

    private suspend fun domains(name: String): List<DataDomain> {
        UsageException.check(name.isNotBlank(), { "A domain name cannot be blank" }, "Pass the domain's name as Atlan shows it")
        val request = FluentSearch.select(DataDomain).where(Asset.NAME eq name).include(PARENT, SUPER).toRequest()
        return calls.searchPage(request).entities.orEmpty().map { DataDomain.fromJson(it.json) }
    }

    private suspend fun reread(product: DataProduct): String {
        val guid = product.guid?.takeUnless { it.startsWith("-") }
        val qualifiedName = product.qualifiedName
        UsageException.check(guid != null || qualifiedName != null, { "The data product has neither a GUID nor a qualifiedName" }, "Pass a saved product, e.g. client.dataMesh.findProduct(name, domain)")
        val where = if (guid != null) Asset.GUID eq guid else Asset.QUALIFIED_NAME eq qualifiedName!!
        val found = calls.searchPage(FluentSearch.select(DataProduct).where(where).include(ASSETS_DSL).toRequest()).entities.orEmpty().firstOrNull()
            ?: throw AtlanException.NotFound("No active data product ${guid ?: qualifiedName}", null, null, "Save the product first, or find it with client.dataMesh.findProduct(name, domain)")
        return (found.attributes[ASSETS_DSL] as? JsonPrimitive)?.content
            ?: throw UsageException("The data product ${found.qualifiedName} has no asset selection", "Set one with DataProduct.creator(name, domain, search { where(…) })")
    }

    private fun qualifiedNameOf(domain: DataDomain, what: String): String {
        val qualifiedName = domain.qualifiedName
        UsageException.check(!qualifiedName.isNullOrBlank(), { "The $what has no qualifiedName" }, "Pass a saved domain, e.g. client.dataMesh.findDomain(name)")
        return qualifiedName!!
    }

    private companion object {
        const val PARENT = "parentDomainQualifiedName"
        const val SUPER = "superDomainQualifiedName"
        const val ASSETS_DSL = DataProductSelection.ATTRIBUTE
    }
}
