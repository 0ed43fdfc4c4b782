package dev.katalog.client

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldNotContain
import io.ktor.client.engine.mock.MockEngine
import io.ktor.http.HttpHeaders
import io.ktor.http.HttpStatusCode

/** The token-by-GUID start-up: escalate, read the API token's client, exchange, and exchange again on a 401. */
class TokenGuidSpec : FunSpec({
    test("resolves an API token GUID into its access token, and renews it after a 401") {
        val grants = mutableListOf<String>()
        var apiCalls = 0
        val engine = MockEngine { request ->
            when (request.url.encodedPath) {
                "/auth/realms/default/protocol/openid-connect/token" -> {
                    val form = request.bodyText()
                    grants += form.substringAfter("client_id=").substringBefore('&')
                    if ("client_id=escalator" in form) json("""{"access_token":"argo-token","expires_in":300}""")
                    else json("""{"access_token":"api-token-${grants.size}","expires_in":300}""")
                }
                "/auth/admin/realms/default/clients/guid-1/client-secret" ->
                    if (request.headers[HttpHeaders.Authorization] == "Bearer argo-token") json("""{"type":"secret","value":"token-secret"}""")
                    else json("{}", HttpStatusCode.Forbidden)
                "/api/service/apikeys" -> json("""{"totalRecord":1,"filterRecord":1,"records":[{"id":"guid-1","clientId":"apikey-client"}]}""")
                else -> {
                    apiCalls++
                    if (request.headers[HttpHeaders.Authorization] == "Bearer api-token-2") json(atlanError("ATLAN-401", "expired"), HttpStatusCode.Unauthorized)
                    else json("""{"entity":${entityJson("g1")}}""")
                }
            }
        }
        val env = mapOf("ATLAN_BASE_URL" to "https://tenant.example", "CLIENT_ID" to "escalator", "CLIENT_SECRET" to "escalator-secret")
        AtlanClient.builder().baseUrl(env.getValue("ATLAN_BASE_URL")).apiTokenGuid("guid-1", "escalator", "escalator-secret").proxy(null).engine(engine).build().use { client ->
            client.assets.get("g1").guid shouldBe "g1"
            // Escalate once, exchange the API token's client, and exchange again after the 401.
            grants shouldBe listOf("escalator", "apikey-client", "apikey-client")
            apiCalls shouldBe 2
            client.options.toString() shouldNotContain "escalator-secret"
        }
    }
})
