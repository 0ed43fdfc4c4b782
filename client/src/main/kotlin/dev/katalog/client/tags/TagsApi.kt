package dev.katalog.client.tags

import dev.katalog.client.assets.AssetsApi
import dev.katalog.client.atlan.AtlanException
import dev.katalog.client.atlan.MutationResult
import dev.katalog.client.atlan.SaveOptions
import dev.katalog.client.core.UsageException
import dev.katalog.client.names.AtlanTagCache
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.AssetType
import dev.katalog.model.atlan.asset.TagPropagation
import java.util.concurrent.ThreadLocalRandom

/**
 * Atlan tags on assets by their display names (`client.tags`). Names are translated to Atlan's hashed names
 * through the client's tag cache (also reachable here: [idFor], [nameFor], [names]); changes touch only the
 * tags named, as Atlan's own SDK sends them (pyatlan 9.10.3, operation vectors `tags-add`, `tags-update`,
 * `tags-remove`). Java uses [TagsApiFutures].
 */
public class TagsApi internal constructor(private val assets: AssetsApi, private val tags: AtlanTagCache) {

    /** Adds [tags] to the asset of [type] with [qualifiedName], spreading as [propagation] says; its other tags stay. */
    public suspend fun <T : Asset> add(type: AssetType<T>, qualifiedName: String, tags: List<String>, propagation: TagPropagation = TagPropagation.NONE): MutationResult =
        add(listOf(assets.get(type, qualifiedName)), tags, propagation)

    /** Adds [tags] to each of [assets] (read or searched before: type, qualifiedName and name are used) in one call. */
    public suspend fun add(assets: List<Asset>, tags: List<String>, propagation: TagPropagation = TagPropagation.NONE): MutationResult {
        UsageException.check(tags.isNotEmpty(), { "No Atlan tag to add" }, "Name at least one tag")
        UsageException.check(assets.isNotEmpty(), { "No asset to tag" }, "Pass at least one asset")
        return this.assets.save(assets.map { asset -> tags.fold(updateOf(asset)) { b, tag -> b.addAtlanTag(tag, propagation) }.build() }, APPEND_TAGS)
    }

    /** Changes how [tags], already on the asset, spread (the same call as [add]: Atlan adds or updates). */
    public suspend fun <T : Asset> update(type: AssetType<T>, qualifiedName: String, tags: List<String>, propagation: TagPropagation): MutationResult =
        add(type, qualifiedName, tags, propagation)

    /** Removes [tag] from the asset; [AtlanException.NotFound] when the asset does not carry it itself. */
    public suspend fun <T : Asset> remove(type: AssetType<T>, qualifiedName: String, tag: String): MutationResult = remove(type, qualifiedName, listOf(tag))

    /**
     * Removes [tags] from the asset, leaving its others (`removeClassifications` with `appendTags=true`);
     * [AtlanException.NotFound] for a tag it does not carry itself (a propagated tag is removed where it comes from).
     */
    public suspend fun <T : Asset> remove(type: AssetType<T>, qualifiedName: String, tags: List<String>): MutationResult {
        UsageException.check(tags.isNotEmpty(), { "No Atlan tag to remove" }, "Name at least one tag")
        val existing = assets.get(type, qualifiedName)
        val own = tagsOf(existing).filter { it.direct }
        for (tag in tags) {
            val id = this.tags.idFor(tag)
            if (own.none { it.id == id }) throw AtlanException.NotFound(
                "${type.typeName} $qualifiedName has no Atlan tag \"$tag\" of its own", null, null,
                "It has: ${own.map { it.name }}; a propagated tag is removed from the asset it comes from",
            )
        }
        return assets.save(tags.fold(updateOf(existing)) { b, tag -> b.removeAtlanTag(tag) }.build(), APPEND_TAGS)
    }

    /** Makes [tags] the asset's only tags of its own (an empty list removes them all), each spreading as [propagation] says. */
    public suspend fun <T : Asset> replace(type: AssetType<T>, qualifiedName: String, tags: List<String>, propagation: TagPropagation = TagPropagation.NONE): MutationResult {
        val existing = assets.get(type, qualifiedName)
        return assets.save(updateOf(existing).atlanTags(tags, propagation).build(), REPLACE_TAGS)
    }

    /** The tags [asset] carries (as read from the catalog), with display names, how each spreads and where it comes from. */
    public suspend fun tagsOf(asset: Asset): List<AssetTag> = asset.atlanTags.orEmpty().map { tag ->
        val direct = tag.entityGuid == null || tag.entityGuid == asset.guid
        AssetTag(
            name = tags.displayOrNull(tag.typeName) ?: tag.typeName,
            id = tag.typeName,
            direct = direct,
            sourceGuid = if (direct) null else tag.entityGuid,
            propagation = TagPropagation.builder()
                .propagate(tag.propagate ?: false)
                .removePropagationsOnEntityDelete(tag.removePropagationsOnEntityDelete ?: true)
                .restrictPropagationThroughLineage(tag.restrictPropagationThroughLineage ?: false)
                .restrictPropagationThroughHierarchy(tag.restrictPropagationThroughHierarchy ?: false)
                .build(),
        )
    }

    /** The display names of [asset]'s tags. */
    public suspend fun namesOf(asset: Asset): List<String> = tagsOf(asset).map { it.name }

    /** The hashed name of the tag [name] (display name; a hashed name is returned as it is). */
    public suspend fun idFor(name: String): String = tags.idFor(name)

    /** The display name of the tag whose hashed name is [id]. */
    public suspend fun nameFor(id: String): String = tags.nameFor(id)

    /** The display names of every tag the tenant has. */
    public suspend fun names(): List<String> = tags.names()

    /** Reads the tag definitions again now (they are also read on a miss and after this client changes one). */
    public suspend fun refresh(): Unit = tags.refresh()

    override fun toString(): String = "TagsApi"

    /** The asset's type, qualifiedName and name under a placeholder GUID: the server matches it by qualifiedName. */
    private fun updateOf(existing: Asset) = Asset.trimToRequired(existing).guid("-" + ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE))

    private companion object {
        val APPEND_TAGS: SaveOptions = SaveOptions.builder().appendAtlanTags(true).build()
        val REPLACE_TAGS: SaveOptions = SaveOptions.builder().replaceAtlanTags(true).build()
    }
}
