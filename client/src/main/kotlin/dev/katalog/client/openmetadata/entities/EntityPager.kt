package dev.katalog.client.openmetadata.entities

import dev.katalog.client.openmetadata.calls.OpenMetadataCalls
import dev.katalog.client.openmetadata.calls.OpenMetadataException
import dev.katalog.model.openmetadata.kinds.EntityKind
import dev.katalog.model.openmetadata.OpenMetadataEntity
import dev.katalog.model.openmetadata.type.Paging
import io.ktor.http.HttpMethod
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.flow
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonObject
import java.util.Base64

/**
 * Pages through a kind's list endpoint by its `after` cursors, one call per page as the collector asks for more.
 *
 * OpenMetadata 1.4's cursor is the name of a page's last entity and the next page starts after that name
 * (open-metadata/OpenMetadata 1.4.x, openmetadata-service/…/jdbi3/EntityRepository.java `listAfter`, and
 * `RestUtil.encodeCursor`), so a list across parents would skip the entities that share the name at a page boundary.
 * When the cursor is such a name, the next page starts after the page's previous distinct name instead, and the
 * entities already emitted are recognised by id; a page of one name only is asked for again, twice as large.
 */
internal class EntityPager(private val calls: OpenMetadataCalls) {
    fun <E : OpenMetadataEntity> entities(kind: EntityKind<E>, query: List<Pair<String, String>>, pageSize: Int): Flow<E> = flow {
        var after: String? = null
        var limit = pageSize
        var boundaryName: String? = null
        var boundaryIds = HashSet<String>()
        while (true) {
            val pageQuery = query + ("limit" to limit.toString()) + listOfNotNull(after?.let { "after" to it })
            val page = calls.decode(JsonObject.serializer(), calls.call(HttpMethod.Get, kind.path, pageQuery))
            val data = (page["data"] as? JsonArray ?: throw calls.unreadable("a list answer without data")).map { calls.decode(kind.serializer, it) }
            for (entity in data) {
                if (entity.name == boundaryName && entity.id in boundaryIds) continue
                emit(entity)
            }
            val next = (page["paging"] as? JsonObject)?.let { calls.decode(Paging.serializer(), it) }?.after
            if (next == null || data.isEmpty()) return@flow
            val last = data.last().name
            if (decodedName(next) != last) {
                // Not a name cursor (a newer server's): follow it as given.
                if (next == after) throw repeated(kind, next)
                after = next
                boundaryName = null
                continue
            }
            val lastIds = data.filter { it.name == last }.map { it.id }
            boundaryIds = if (last == boundaryName) (boundaryIds + lastIds).toHashSet() else lastIds.toHashSet()
            boundaryName = last
            val previous = data.lastOrNull { it.name != last }?.name
            if (previous == null) {
                if (limit >= MAX_LIMIT) throw repeated(kind, next)
                limit = minOf(limit * 2, MAX_LIMIT)
            } else {
                after = encodedName(previous)
                limit = pageSize
            }
        }
    }

    private fun repeated(kind: EntityKind<*>, cursor: String) = OpenMetadataException.Api(
        "The server answered the same after cursor twice ($cursor)", 200, null, "The server's paging is broken: report it, with the kind ${kind.type}",
    )

    private companion object {
        // OpenMetadata 1.4 accepts limits up to 1,000,000.
        const val MAX_LIMIT = 1_000_000

        fun encodedName(name: String): String = Base64.getUrlEncoder().encodeToString(name.toByteArray(Charsets.UTF_8))

        fun decodedName(cursor: String): String? = try {
            Base64.getUrlDecoder().decode(cursor).toString(Charsets.UTF_8)
        } catch (e: IllegalArgumentException) {
            null
        }
    }
}
