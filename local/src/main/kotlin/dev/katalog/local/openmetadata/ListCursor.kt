package dev.katalog.local.openmetadata

import java.util.Base64

/**
 * A list cursor as OpenMetadata 1.4 makes it (`RestUtil.encodeCursor`): the URL-safe Base64 of the name of the entity
 * a page ends after or starts before. Pages are in name order and the next one starts after that name
 * (`EntityDAO.listAfter`: `name > :after`), so entities sharing the name at a page boundary are skipped, as there.
 */
internal object ListCursor {
    fun encode(name: String): String = Base64.getUrlEncoder().encodeToString(name.toByteArray(Charsets.UTF_8))

    fun decode(cursor: String): String = try {
        Base64.getUrlDecoder().decode(cursor).toString(Charsets.UTF_8)
    } catch (e: IllegalArgumentException) {
        throw OpenMetadataErrors.badRequest("Invalid paging cursor: pass back paging.after or paging.before from an earlier answer unchanged")
    }
}
