package dev.katalog.local.openmetadata

import dev.katalog.local.json.str
import kotlinx.serialization.json.JsonObject
import java.security.MessageDigest

/**
 * The name of a query created without one: OpenMetadata 1.4's QueryRepository.prepare names it (and sets its
 * `checksum`) with the MD5 of its text, in hex (EntityUtil.hash). Only queries may leave their name out.
 */
internal object QueryChecksum {
    fun nameOf(kind: EntityKind, request: JsonObject): String {
        if (kind !== EntityKinds.QUERY) throw OpenMetadataErrors.badRequest("A ${kind.type} needs a name")
        val text = request.str("query") ?: throw OpenMetadataErrors.badRequest("A query needs its query text")
        return MessageDigest.getInstance("MD5").digest(text.toByteArray()).joinToString("") { "%02x".format(it) }
    }
}
