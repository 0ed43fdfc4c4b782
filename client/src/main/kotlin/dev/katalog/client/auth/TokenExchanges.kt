package dev.katalog.client.auth

import dev.katalog.client.atlan.AtlanCalls
import dev.katalog.client.atlan.AtlanException
import dev.katalog.model.atlan.api.DirectoryPage
import io.ktor.http.ContentType
import io.ktor.http.HttpMethod
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.intOrNull
import kotlinx.serialization.json.longOrNull

/** The token exchanges behind [Credentials] other than a plain API token, sent unauthenticated or with an explicit token. */
internal class TokenExchanges(private val calls: () -> AtlanCalls) {

    /** The token source for [credentials], exchanging through these calls when it needs to. */
    fun sourceFor(credentials: Credentials): dev.katalog.client.http.TokenSource = when (credentials) {
        is Credentials.ApiToken -> StaticTokenSource(credentials)
        is Credentials.OAuthClient -> OAuthTokenSource(credentials, ::millis) { oauthToken(it) }
        is Credentials.ApiTokenGuid -> TokenGuidSource(credentials, ::millis, ::clientCredentialsGrant, ::resolveApiTokenClient)
    }

    private fun millis(): Long = System.nanoTime() / 1_000_000

    /** An OAuth client's access token and its lifetime in seconds. */
    private suspend fun oauthToken(credentials: Credentials.OAuthClient): Pair<String, Long> {
        val body = JsonObject(mapOf("clientId" to JsonPrimitive(credentials.clientId), "clientSecret" to JsonPrimitive(credentials.clientSecret)))
        val json = calls().let { it.decode(JsonObject.serializer(), it.call(HttpMethod.Post, "/api/service/oauth-clients/token", body = body.toString(), authenticated = false)) }
        val token = (json["accessToken"] as? JsonPrimitive)?.takeIf { it.isString }?.content
            ?: throw AtlanException.Authentication("The token exchange answered without an accessToken", 200, null, null, "Check the OAuth client id and secret")
        val lifetime = (json["expiresIn"] as? JsonPrimitive)?.longOrNull ?: (json["expiresIn"] as? JsonPrimitive)?.intOrNull?.toLong() ?: 600
        return token to lifetime
    }

    /** A client-credentials grant at Atlan's identity provider: the token and its lifetime in seconds. */
    private suspend fun clientCredentialsGrant(clientId: String, clientSecret: String): Pair<String, Long> {
        fun enc(v: String) = java.net.URLEncoder.encode(v, Charsets.UTF_8)
        val form = "grant_type=client_credentials&client_id=${enc(clientId)}&client_secret=${enc(clientSecret)}&scope=openid"
        val answer = calls().let {
            it.decode(JsonObject.serializer(), it.call(
                HttpMethod.Post, "/auth/realms/default/protocol/openid-connect/token", body = form, authenticated = false,
                contentType = ContentType.Application.FormUrlEncoded,
            ))
        }
        val token = (answer["access_token"] as? JsonPrimitive)?.content
            ?: throw AtlanException.Authentication("The identity provider answered without an access_token", 200, null, null, "Check the escalation client's CLIENT_ID and CLIENT_SECRET")
        return token to ((answer["expires_in"] as? JsonPrimitive)?.longOrNull ?: 300)
    }

    /** The client id and secret behind the API token [guid], read with an escalation token. */
    private suspend fun resolveApiTokenClient(guid: String, escalation: String): Pair<String, String> {
        val calls = calls()
        val secret = calls.decode(JsonObject.serializer(), calls.call(
            HttpMethod.Get, "/auth/admin/realms/default/clients/${AtlanCalls.pathSegment(guid)}/client-secret", explicitToken = escalation,
        ))["value"].let { (it as? JsonPrimitive)?.content }
            ?: throw AtlanException.NotFound("No client secret for API token $guid", null, null, "Check the API token GUID")
        val filter = JsonObject(mapOf("id" to JsonPrimitive(guid))).toString()
        val page = calls.decode(DirectoryPage.serializer(), calls.call(HttpMethod.Get, "/api/service/apikeys", listOf("filter" to filter), explicitToken = escalation))
        val record = page.records.orEmpty().firstOrNull() ?: throw AtlanException.NotFound("No API token has GUID $guid", null, null, "Check the API token GUID")
        val clientId = (record.extras["clientId"] as? JsonPrimitive)?.content ?: (record.attributes?.get("clientId") as? JsonPrimitive)?.content
            ?: throw AtlanException.Api("The API token $guid has no clientId", 200, null, null, "The server's apikeys answer lacks clientId")
        return clientId to secret
    }
}
