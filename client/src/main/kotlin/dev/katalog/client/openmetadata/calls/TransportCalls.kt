package dev.katalog.client.openmetadata.calls

import dev.katalog.client.http.HttpTransport
import dev.katalog.client.openmetadata.calls.OpenMetadataCalls.Companion.SUPPORTED_VERSION
import dev.katalog.model.json.KatalogJson
import dev.katalog.model.json.ModelDecodeException
import dev.katalog.model.openmetadata.api.OpenMetadataServerVersion
import io.ktor.http.ContentType
import io.ktor.http.HttpMethod
import kotlinx.coroutines.sync.Mutex
import kotlinx.coroutines.sync.withLock
import kotlinx.serialization.KSerializer
import kotlinx.serialization.json.JsonElement

/**
 * [OpenMetadataCalls] over an [HttpTransport] that speaks OpenMetadata (see [openMetadataDialect]). Unless
 * [checkServerVersion] is false, the first call waits for one check of the server's version; calls after it do not.
 */
internal class TransportCalls(private val transport: HttpTransport, private val baseUrl: String, checkServerVersion: Boolean) : OpenMetadataCalls {
    private val compatibility = Mutex()
    @Volatile private var compatible = !checkServerVersion

    override suspend fun call(method: HttpMethod, path: String, query: List<Pair<String, String>>, body: String?, contentType: ContentType): String {
        ensureCompatible()
        return transport.call(method, API + path, query, body, contentType = contentType)
    }

    override suspend fun serverVersion(): OpenMetadataServerVersion =
        decode(OpenMetadataServerVersion.serializer(), transport.call(HttpMethod.Get, "$API/system/version"))

    override suspend fun checkCompatibility(): OpenMetadataServerVersion {
        val version = serverVersion()
        val reported = version.version ?: throw OpenMetadataException.Api(
            "The server's /system/version answer has no version", 200, null, "Is $baseUrl an OpenMetadata server? Or build the client with checkServerVersion(false)",
        )
        val majorMinor = Regex("""^(\d+)\.(\d+)""").find(reported)?.value
        if (majorMinor != SUPPORTED_VERSION) throw OpenMetadataException.IncompatibleServer(
            reported, SUPPORTED_VERSION,
            "Use a Katalog release built for OpenMetadata ${majorMinor ?: reported}, or accept the risk with OpenMetadataClient.builder().checkServerVersion(false)",
        )
        compatible = true
        return version
    }

    override fun <T> decode(serializer: KSerializer<T>, body: String): T = try {
        KatalogJson.decode(serializer, body)
    } catch (e: ModelDecodeException) {
        throw unreadable(e.message ?: "unreadable JSON", e)
    }

    override fun <T> decode(serializer: KSerializer<T>, element: JsonElement): T = try {
        KatalogJson.decode(serializer, element)
    } catch (e: ModelDecodeException) {
        throw unreadable(e.message ?: "unreadable JSON", e)
    }

    override fun unreadable(problem: String, cause: Throwable?): OpenMetadataException = OpenMetadataException.Api(
        "The server's answer could not be read: $problem", null, null,
        "The server may speak another OpenMetadata version than $SUPPORTED_VERSION, or a proxy changed the answer", cause,
    )

    private suspend fun ensureCompatible() {
        if (compatible) return
        compatibility.withLock { if (!compatible) checkCompatibility() }
    }

    private companion object {
        const val API = "/api/v1"
    }
}
