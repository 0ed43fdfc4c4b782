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

/** Pages through a kind's list endpoint by its `after` cursors, one call per page as the collector asks for more. */
internal class EntityPager(private val calls: OpenMetadataCalls) {
    fun <E : OpenMetadataEntity> entities(kind: EntityKind<E>, query: List<Pair<String, String>>, pageSize: Int): Flow<E> = flow {
        var after: String? = null
        do {
            val pageQuery = query + ("limit" to pageSize.toString()) + listOfNotNull(after?.let { "after" to it })
            val page = calls.decode(JsonObject.serializer(), calls.call(HttpMethod.Get, kind.path, pageQuery))
            val data = page["data"] as? JsonArray ?: throw calls.unreadable("a list answer without data")
            for (item in data) emit(calls.decode(kind.serializer, item))
            val next = (page["paging"] as? JsonObject)?.let { calls.decode(Paging.serializer(), it) }?.after
            // A cursor answered twice would page forever.
            if (next != null && next == after) throw OpenMetadataException.Api(
                "The server answered the same after cursor twice ($next)", 200, null, "The server's paging is broken: report it, with the kind ${kind.type}",
            )
            after = next
        } while (after != null && data.isNotEmpty())
    }
}
