package dev.katalog.client.tree

import dev.katalog.client.atlan.AtlanCalls
import dev.katalog.client.search.SearchApi
import dev.katalog.dsl.search.FluentSearch
import dev.katalog.dsl.tree.CompiledAsset
import dev.katalog.dsl.tree.NodeKind
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.DataDomain
import dev.katalog.model.atlan.asset.DataProduct
import kotlinx.coroutines.flow.toList
import kotlinx.serialization.json.JsonPrimitive

/**
 * The domains and data products a tree's nodes already are. Atlan names them itself (`default/domain/<id>/super`…),
 * so they are matched as Atlan keeps them unique: a top-level domain by name among the domains without a parent, a
 * subdomain or product by name among its parent domain's (atlanhq/atlas-metastore, `DataDomainPreProcessor.domainExists`,
 * `DataProductPreProcessor.productExists`).
 */
internal class DataMeshMatches(private val calls: AtlanCalls, private val search: SearchApi) {
    /** Existing domains and products by tree path, read with the attributes [compared] names. */
    suspend fun existing(items: List<CompiledAsset>, compared: (Asset) -> Set<String>): Map<String, Asset> {
        val out = HashMap<String, Asset>()
        for (item in items.filter { it.node.kind == NodeKind.DOMAIN || it.node.kind == NodeKind.PRODUCT }.sortedBy { it.depth }) {
            // The compiler puts top-level domains at depth 0; a node whose parent is new has nothing to match yet.
            val parent = if (item.depth == 0) null else (out[item.path.substringBeforeLast('/')]?.qualifiedName ?: continue)
            val type = if (item.node.kind == NodeKind.DOMAIN) DataDomain else DataProduct
            val request = FluentSearch.select(type).where(Asset.NAME eq item.node.name).include(*(compared(item.asset) + PARENT).toTypedArray()).toRequest()
            calls.searchPage(request).entities.orEmpty()
                .firstOrNull { (it.attributes[PARENT] as? JsonPrimitive)?.content == parent }
                ?.let { out[item.path] = it }
        }
        return out
    }

    /** With prune: the domains and products under the tree's existing top-level domains that the tree does not have. */
    suspend fun pruned(items: List<CompiledAsset>, existing: Map<String, Asset>): List<Asset> {
        val kept = existing.values.mapNotNull { it.guid }.toSet()
        val out = ArrayList<Asset>()
        for (root in items.filter { it.node.kind == NodeKind.DOMAIN && it.depth == 0 }) {
            val found = existing[root.path]?.qualifiedName ?: continue
            search.stream(
                FluentSearch.select().assetTypes(DataDomain, DataProduct).where(DataDomain.SUPER_DOMAIN_QUALIFIED_NAME eq found)
                    .include(Asset.QUALIFIED_NAME).toRequest(),
            ).toList().filterTo(out) { it.guid !in kept }
        }
        return out
    }

    private companion object {
        const val PARENT = "parentDomainQualifiedName"
    }
}
