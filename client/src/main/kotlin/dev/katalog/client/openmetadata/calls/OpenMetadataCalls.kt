package dev.katalog.client.openmetadata.calls

import dev.katalog.model.openmetadata.api.OpenMetadataServerVersion
import io.ktor.http.ContentType
import io.ktor.http.HttpMethod
import kotlinx.serialization.KSerializer
import kotlinx.serialization.json.JsonElement

/**
 * What every sub-API of the OpenMetadata client needs from the wire, and nothing more: calls under `/api/v1`
 * (after the server's version was checked once), decoding answers, and the version itself. Sub-APIs depend on
 * this, never on the client that wires them.
 */
internal interface OpenMetadataCalls {
    /**
     * Sends [method] `/api/v1`[path] and returns the body of its 2xx answer; an [OpenMetadataException] otherwise.
     * The first call checks the server's version (unless the client opted out).
     */
    suspend fun call(
        method: HttpMethod,
        path: String,
        query: List<Pair<String, String>> = emptyList(),
        body: String? = null,
        contentType: ContentType = ContentType.Application.Json,
    ): String

    /** [body] read as [serializer]'s type; [OpenMetadataException.Api] when it cannot be. */
    fun <T> decode(serializer: KSerializer<T>, body: String): T

    /** [element] read as [serializer]'s type; [OpenMetadataException.Api] when it cannot be. */
    fun <T> decode(serializer: KSerializer<T>, element: JsonElement): T

    /** The failure for an answer whose shape is not what OpenMetadata sends ([problem] says how). */
    fun unreadable(problem: String, cause: Throwable? = null): OpenMetadataException

    /** The server's version (`GET /system/version`), never held back by the version check. */
    suspend fun serverVersion(): OpenMetadataServerVersion

    /** Checks the server's major.minor against [SUPPORTED_VERSION]; [OpenMetadataException.IncompatibleServer] otherwise. */
    suspend fun checkCompatibility(): OpenMetadataServerVersion

    companion object {
        /** The OpenMetadata API major.minor this SDK is generated from and checks servers against. */
        const val SUPPORTED_VERSION: String = "1.4"

        /** [segment] encoded as one URL path segment (an FQN's slashes and spaces included). */
        fun pathSegment(segment: String): String = java.net.URLEncoder.encode(segment, Charsets.UTF_8).replace("+", "%20")

        /** The `fields` parameter asking for [fields], or none. */
        fun fieldsQuery(fields: List<String>): List<Pair<String, String>> =
            if (fields.isEmpty()) emptyList() else listOf("fields" to fields.joinToString(","))
    }
}
