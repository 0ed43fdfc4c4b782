package dev.katalog.client

import dev.katalog.client.auth.Credentials
import dev.katalog.client.core.ConnectionSettings
import dev.katalog.client.core.ProxySettings

/**
 * Everything an [AtlanClient] is configured with, frozen once built: how it reaches the tenant ([connection]),
 * who it is ([credentials]) and how searches page. Build with [AtlanClient.builder], or read the environment
 * with [AtlanClient.fromEnv].
 */
public class AtlanClientOptions internal constructor(
    public val connection: ConnectionSettings,
    public val credentials: Credentials,
    /** Past this many results a search pages by creation time instead of by offset. */
    public val searchWindowThreshold: Int,
) {
    /** The tenant, e.g. `https://acme.atlan.com`, without a trailing slash. */
    public val baseUrl: String get() = connection.baseUrl

    /** The proxy calls go through, or null for direct calls. */
    public val proxy: ProxySettings? get() = connection.proxy

    override fun toString(): String =
        "AtlanClientOptions(baseUrl=$baseUrl, credentials=$credentials, maxConcurrentRequests=${connection.maxConcurrentRequests}, proxy=$proxy)"
}
