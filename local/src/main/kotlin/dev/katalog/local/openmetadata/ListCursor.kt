package dev.katalog.local.openmetadata

import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonArray
import java.util.Base64

/** An opaque list cursor: the sort values (FQN, id) of the entity a page starts after or ends before. */
internal object ListCursor {
    fun encode(sort: JsonArray): String = Base64.getUrlEncoder().withoutPadding().encodeToString(sort.toString().toByteArray())

    fun decode(cursor: String): JsonArray {
        val decoded = runCatching {
            Json.parseToJsonElement(Base64.getUrlDecoder().decode(cursor).toString(Charsets.UTF_8)) as JsonArray
        }.getOrNull()
        if (decoded == null || decoded.size != 2) {
            throw OpenMetadataErrors.badRequest("Invalid paging cursor: pass back paging.after or paging.before from an earlier answer unchanged")
        }
        return decoded
    }
}
