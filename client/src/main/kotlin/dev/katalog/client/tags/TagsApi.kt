package dev.katalog.client.tags

import dev.katalog.client.assets.AssetsApi
import dev.katalog.client.atlan.AtlanException
import dev.katalog.client.atlan.MutationResult
import dev.katalog.client.atlan.SaveOptions
import dev.katalog.client.core.UsageException
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.AssetType
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import java.util.concurrent.ThreadLocalRandom

/**
 * Atlan tags on assets by their human names (`client.tags`): translated to Atlan's hashed names through a
 * cache of the tag definitions, then saved with the flags that touch only the tags named. Java uses [TagsApiFutures].
 */
public class TagsApi internal constructor(private val assets: AssetsApi, private val tags: AtlanTagCache) {

    /**
     * Adds the tags named [tags] (human names) to the asset of [type] with [qualifiedName], keeping its other tags,
     * as Atlan's own SDK does (pyatlan 9.10.3 `add_atlan_tags`, operation vector `tags-add`): an update by
     * qualifiedName under a placeholder GUID, the tags in `addOrUpdateClassifications`, saved with `appendTags=true`.
     */
    public suspend fun <T : Asset> add(type: AssetType<T>, qualifiedName: String, tags: List<String>, propagate: Boolean = false): MutationResult {
        UsageException.check(tags.isNotEmpty(), { "No Atlan tag to add" }, "Name at least one tag")
        val existing = assets.get(type, qualifiedName)
        val tagJson = tags.map { tagJson(this.tags.idOf(it), propagate) }
        return assets.save(updateOf(existing).field("addOrUpdateClassifications", JsonArray(tagJson)).build(), APPEND_TAGS)
    }

    /**
     * Removes the tag named [tag] from the asset as pyatlan's `remove_atlan_tag` does (vector `tags-remove`):
     * `removeClassifications` with `appendTags=true`; [AtlanException.NotFound] when the asset does not have it.
     */
    public suspend fun <T : Asset> remove(type: AssetType<T>, qualifiedName: String, tag: String): MutationResult {
        val existing = assets.get(type, qualifiedName)
        val id = tags.idOf(tag)
        // Only tags attached to the asset itself can be removed from it; propagated ones come from elsewhere.
        val own = existing.atlanTags.orEmpty().filter { it.entityGuid == null || it.entityGuid == existing.guid }
        if (own.none { it.typeName == id }) throw AtlanException.NotFound(
            "${type.typeName} $qualifiedName has no Atlan tag \"$tag\" of its own", null, null,
            "It has: ${own.map { tags.nameOf(it.typeName) }}; a propagated tag is removed from the asset it comes from",
        )
        return assets.save(updateOf(existing).field("removeClassifications", JsonArray(listOf(tagJson(id, false)))).build(), APPEND_TAGS)
    }

    /** The human names of [asset]'s Atlan tags. */
    public suspend fun namesOf(asset: Asset): List<String> = asset.atlanTags.orEmpty().map { tags.nameOf(it.typeName) }

    override fun toString(): String = "TagsApi"

    /** The asset's type, qualifiedName and name under a placeholder GUID: the server matches it by qualifiedName. */
    private fun updateOf(existing: Asset) = Asset.trimToRequired(existing).guid("-" + ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE))

    /** A tag as Atlan's SDK writes one, every propagation option spelled out (Atlan's defaults). */
    private fun tagJson(id: String, propagate: Boolean) = JsonObject(
        mapOf(
            "typeName" to JsonPrimitive(id),
            "propagate" to JsonPrimitive(propagate),
            "removePropagationsOnEntityDelete" to JsonPrimitive(true),
            "restrictPropagationThroughLineage" to JsonPrimitive(false),
            "restrictPropagationThroughHierarchy" to JsonPrimitive(false),
        ),
    )

    private companion object {
        val APPEND_TAGS: SaveOptions = SaveOptions.builder().appendAtlanTags(true).build()
    }
}
