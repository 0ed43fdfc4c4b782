package dev.katalog.client.openmetadata.domains

import dev.katalog.client.core.UsageException
import dev.katalog.client.openmetadata.calls.OpenMetadataCalls
import dev.katalog.client.openmetadata.calls.OpenMetadataCalls.Companion.pathSegment
import dev.katalog.client.openmetadata.calls.OpenMetadataException
import dev.katalog.client.openmetadata.entities.EntitiesApi
import dev.katalog.model.json.KatalogJson
import dev.katalog.model.openmetadata.Fqn
import dev.katalog.model.openmetadata.entity.domains.DataProduct
import dev.katalog.model.openmetadata.kinds.EntityKinds
import dev.katalog.model.openmetadata.type.EntityReference
import dev.katalog.model.openmetadata.type.api.BulkAssets
import dev.katalog.model.openmetadata.type.api.BulkOperationResult
import io.ktor.http.HttpMethod
import kotlinx.coroutines.flow.Flow

/**
 * Domains and data products (`om.domains`), OpenMetadata 1.4's `/domains` and `/dataProducts`. They are created, read
 * and listed as any entity through `om.entities` ([EntityKinds.DOMAIN], [EntityKinds.DATA_PRODUCT]: `CreateDomain` with
 * its `domainType`, experts and `parent` for a sub-domain; `CreateDataProduct` with its `domain`); an entity is put in a
 * domain with `om.entities.setDomain`. Here is what is particular to them: a domain's sub-domains and data products,
 * and a data product's assets. Java uses [DomainsApiFutures].
 */
public class DomainsApi internal constructor(private val calls: OpenMetadataCalls, private val entities: EntitiesApi) {

    /** The sub-domains of the domain named [domainFqn] (`fields=children`); [OpenMetadataException.NotFound] when there is no such domain. */
    public suspend fun subDomains(domainFqn: String): List<EntityReference> =
        entities.getByName(EntityKinds.DOMAIN, domainFqn, listOf("children")).children.orEmpty()

    /** The data products of the domain named [domainFqn] (`GET /dataProducts?domain=`), paged lazily. */
    public fun dataProducts(domainFqn: String): Flow<DataProduct> {
        Fqn.split(domainFqn)
        return entities.list(EntityKinds.DATA_PRODUCT, mapOf("domain" to domainFqn))
    }

    /** The assets of the data product named [dataProductFqn] (`fields=assets`). */
    public suspend fun assets(dataProductFqn: String): List<EntityReference> =
        entities.getByName(EntityKinds.DATA_PRODUCT, dataProductFqn, listOf("assets")).assets.orEmpty()

    /**
     * Adds [assets] (references to data assets, e.g. `om.entities.referenceTo(table)`) to the data product named
     * [dataProductFqn] (`PUT /dataProducts/{fqn}/assets/add`, 1.4's DataProductResource): those it holds already stay
     * as they are. The server checks that each exists first and changes nothing when one does not
     * ([OpenMetadataException.NotFound]). A reference without a UUID id or of a kind that is not a data asset is a
     * [UsageException] before anything is sent.
     */
    public suspend fun addAssets(dataProductFqn: String, assets: List<EntityReference>): BulkOperationResult =
        bulk(dataProductFqn, assets, "add")

    /** Removes [assets] from the data product named [dataProductFqn] (`…/assets/remove`); those it does not hold are no change. */
    public suspend fun removeAssets(dataProductFqn: String, assets: List<EntityReference>): BulkOperationResult =
        bulk(dataProductFqn, assets, "remove")

    override fun toString(): String = "DomainsApi"

    private suspend fun bulk(dataProductFqn: String, assets: List<EntityReference>, action: String): BulkOperationResult {
        Fqn.split(dataProductFqn)
        UsageException.check(assets.isNotEmpty(), { "No assets to $action" }, "Pass at least one reference, e.g. om.entities.referenceTo(table)")
        for (asset in assets) {
            UsageException.check(runCatching { java.util.UUID.fromString(asset.id) }.isSuccess, { "Asset reference id \"${asset.id.take(60)}\" is not an entity id" }, "Take references from om.entities.referenceTo(entity) or getEntityReference")
            UsageException.check(
                asset.type !in NOT_ASSETS,
                { "A ${asset.type} is not a data asset: a data product holds tables, dashboards, pipelines and the like" },
                "Put domains under domains with CreateDomain(parent = …), and data products in a domain with CreateDataProduct(domain = …)",
            )
        }
        // The server looks each asset up by id and type (EntityUtil.populateEntityReferences): only those two are sent.
        val body = BulkAssets(assets = assets.distinctBy { it.id }.map { EntityReference(id = it.id, type = it.type) })
        val answer = calls.call(HttpMethod.Put, "${EntityKinds.DATA_PRODUCT.path}/${pathSegment(dataProductFqn)}/assets/$action", body = KatalogJson.encode(BulkAssets.serializer(), body))
        return calls.decode(BulkOperationResult.serializer(), answer)
    }

    private companion object {
        val NOT_ASSETS = setOf(
            EntityKinds.DOMAIN.type, EntityKinds.DATA_PRODUCT.type, EntityKinds.USER.type, EntityKinds.TEAM.type,
            EntityKinds.GLOSSARY.type, EntityKinds.GLOSSARY_TERM.type, EntityKinds.CLASSIFICATION.type, EntityKinds.TAG.type,
        )
    }
}
