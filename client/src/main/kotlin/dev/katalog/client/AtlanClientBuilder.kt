package dev.katalog.client

import dev.katalog.client.auth.Credentials
import dev.katalog.client.core.BaseUrl
import dev.katalog.client.core.ConnectionBuilder
import dev.katalog.client.core.RetryPolicy
import dev.katalog.client.core.UsageException
import java.time.Duration

/**
 * Builds an [AtlanClient]: the base URL and credentials are required, the rest has defaults (a read timeout of
 * 15 minutes, as Atlan's large searches can take minutes).
 */
public class AtlanClientBuilder internal constructor() : ConnectionBuilder<AtlanClientBuilder>(RetryPolicy.DEFAULT, Duration.ofSeconds(900)) {
    private var credentials: Credentials? = null
    private var searchWindowThreshold = 99_700

    override fun self(): AtlanClientBuilder = this

    /** A trailing `/api/meta` or `/api` is dropped: calls add their own paths. */
    override fun normaliseBaseUrl(value: String): String = BaseUrl.atlanRoot(value)
    override val remoteName: String = "an Atlan tenant"
    override val baseUrlHint: String = "Set it with baseUrl(\"https://acme.atlan.com\") or ATLAN_BASE_URL"

    /** Authenticate with an API token. */
    public fun apiToken(value: String): AtlanClientBuilder = apply { credentials = Credentials.ApiToken(value) }

    /** Authenticate as the API token with [guid], resolved through an escalation client (Atlan's `CLIENT_ID` / `CLIENT_SECRET`). */
    public fun apiTokenGuid(guid: String, clientId: String, clientSecret: String): AtlanClientBuilder =
        apply { credentials = Credentials.ApiTokenGuid(guid, clientId, clientSecret) }

    /** Authenticate with OAuth client credentials. */
    public fun oauthClient(clientId: String, clientSecret: String): AtlanClientBuilder = apply { credentials = Credentials.OAuthClient(clientId, clientSecret) }

    /** Past this many results a search pages by creation time (99,700 by default, below the index's 100,000 window). */
    public fun searchWindowThreshold(value: Int): AtlanClientBuilder = apply {
        UsageException.check(value in 1..99_999, { "searchWindowThreshold must be between 1 and 99,999, was $value" }, "The index answers at most 100,000 results by offset; keep below that")
        searchWindowThreshold = value
    }

    internal fun options(): AtlanClientOptions {
        val connection = connectionSettings()
        val creds = credentials ?: throw UsageException("No credentials", "Set an API token (ATLAN_API_KEY) or OAuth client credentials")
        return AtlanClientOptions(connection, creds, searchWindowThreshold)
    }

    public fun build(): AtlanClient = AtlanClient(options())
}
