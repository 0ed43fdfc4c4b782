package dev.katalog.client.auth

/**
 * How a client proves who it is: an API token, or OAuth client credentials exchanged for short-lived
 * tokens. `toString()` never shows a secret.
 */
public sealed class Credentials {
    /** A long-lived API token, sent as `Authorization: Bearer <token>`. */
    public class ApiToken(internal val token: String) : Credentials() {
        init {
            require(token.isNotBlank()) { "The API token is blank: set ATLAN_API_KEY or pass a token" }
        }

        override fun toString(): String = "ApiToken(****)"
    }

    /** OAuth client credentials, exchanged at `/api/service/oauth-clients/token` and refreshed on expiry or on a 401. */
    public class OAuthClient(public val clientId: String, internal val clientSecret: String) : Credentials() {
        init {
            require(clientId.isNotBlank() && clientSecret.isNotBlank()) { "OAuth client id and secret must both be set" }
        }

        override fun toString(): String = "OAuthClient(clientId=$clientId, clientSecret=****)"
    }
}
