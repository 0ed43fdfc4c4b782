package dev.katalog.client.openmetadata.search

import dev.katalog.client.openmetadata.calls.OpenMetadataCalls
import dev.katalog.client.openmetadata.entities.of
import dev.katalog.model.openmetadata.kinds.EntityKind
import dev.katalog.model.openmetadata.kinds.EntityKinds
import dev.katalog.model.openmetadata.OpenMetadataEntity
import io.ktor.http.HttpMethod
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.longOrNull

/**
 * Searching OpenMetadata's indexes (`om.search`) through `/search/query`: one page of typed hits, the total and
 * the raw answer. Java uses [SearchApiFutures].
 *
 * ```
 * om.search.page(EntityKinds.TABLE) { text("orders"); where(OpenMetadataFields.SERVICE eq "warehouse") }.hits
 * ```
 */
public class SearchApi internal constructor(private val calls: OpenMetadataCalls) {

    /** One page of the search of [kind]'s index that [block] describes (by default, its first 10 entities). */
    public suspend fun <E : OpenMetadataEntity> page(kind: EntityKind<E>, block: OpenMetadataSearch.() -> Unit = {}): SearchResult<E> {
        val search = OpenMetadataSearch(kind).apply(block)
        val answer = calls.decode(JsonObject.serializer(), calls.call(HttpMethod.Get, "/search/query", search.parameters()))
        val hits = (answer["hits"] as? JsonObject) ?: throw calls.unreadable("a search answer without hits")
        val total = when (val t = hits["total"]) {
            is JsonObject -> (t["value"] as? JsonPrimitive)?.longOrNull
            is JsonPrimitive -> t.longOrNull
            else -> null
        }
        val entities = (hits["hits"] as? JsonArray).orEmpty().map { hit ->
            val source = (hit as? JsonObject)?.get("_source") ?: throw calls.unreadable("a search hit without _source")
            calls.decode(kind.serializer, source)
        }
        return SearchResult(entities, total, answer)
    }

    /** One page of the search of the index of type [E]: `om.search.page<Table> { text("orders") }`. */
    @JvmName("pageOfType")
    public suspend inline fun <reified E : OpenMetadataEntity> page(noinline block: OpenMetadataSearch.() -> Unit = {}): SearchResult<E> =
        page(EntityKinds.of(E::class), block)

    override fun toString(): String = "SearchApi"
}
