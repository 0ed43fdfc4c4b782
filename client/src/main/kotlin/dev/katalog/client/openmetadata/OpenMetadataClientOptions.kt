package dev.katalog.client.openmetadata

import dev.katalog.client.core.ConnectionSettings
import dev.katalog.client.core.ProxySettings
import dev.katalog.client.openmetadata.calls.JwtSource

/**
 * Everything an [OpenMetadataClient] is configured with, frozen once built: how it reaches the server
 * ([connection]) and whether it checks the server's version. Build with [OpenMetadataClient.builder], or read
 * the environment with [OpenMetadataClient.fromEnv]. The JWT never shows in `toString()`.
 */
public class OpenMetadataClientOptions internal constructor(
    public val connection: ConnectionSettings,
    /** Whether the first call checks the server's major.minor version. */
    public val checkServerVersion: Boolean,
    internal val jwt: JwtSource,
) {
    /** The server root, e.g. `http://localhost:8585`; calls go to `{baseUrl}/api/v1`. */
    public val baseUrl: String get() = connection.baseUrl

    /** The proxy calls go through, or null for direct calls; its password never shows in a log or message. */
    public val proxy: ProxySettings? get() = connection.proxy

    override fun toString(): String =
        "OpenMetadataClientOptions(baseUrl=$baseUrl, checkServerVersion=$checkServerVersion, maxConcurrentRequests=${connection.maxConcurrentRequests}, proxy=$proxy)"
}
