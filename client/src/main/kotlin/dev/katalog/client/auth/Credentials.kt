package dev.katalog.client.auth

import dev.katalog.client.core.UsageException

/**
 * How a client proves who it is: an API token, or OAuth client credentials exchanged for short-lived
 * tokens. `toString()` never shows a secret.
 */
public sealed class Credentials {
    /** A long-lived API token, sent as `Authorization: Bearer <token>`. */
    public class ApiToken(internal val token: String) : Credentials() {
        init {
            UsageException.check(token.isNotBlank(), { "The API token is blank" }, "Set ATLAN_API_KEY or pass a token")
        }

        override fun toString(): String = "ApiToken(****)"
    }

    /** OAuth client credentials, exchanged at `/api/service/oauth-clients/token` and refreshed on expiry or on a 401. */
    public class OAuthClient(public val clientId: String, internal val clientSecret: String) : Credentials() {
        init {
            UsageException.check(clientId.isNotBlank() && clientSecret.isNotBlank(), { "The OAuth client id or secret is blank" }, "Set both the OAuth client id and its secret")
        }

        override fun toString(): String = "OAuthClient(clientId=$clientId, clientSecret=****)"
    }

    /**
     * The API token with [guid], resolved through an escalation client ([clientId], [clientSecret]; the
     * `CLIENT_ID` / `CLIENT_SECRET` of Atlan's runtime) into the token's own short-lived access tokens.
     */
    public class ApiTokenGuid(public val guid: String, public val clientId: String, internal val clientSecret: String) : Credentials() {
        init {
            UsageException.check(guid.isNotBlank(), { "The API token GUID is blank" }, "Pass the GUID of the API token to act as")
            UsageException.check(clientId.isNotBlank() && clientSecret.isNotBlank(), { "The escalation client id or secret is blank" }, "Set CLIENT_ID and CLIENT_SECRET of the escalation client")
        }

        override fun toString(): String = "ApiTokenGuid(guid=$guid, clientId=$clientId, clientSecret=****)"
    }
}
