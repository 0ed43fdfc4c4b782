package dev.katalog.local

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.ints.shouldBeGreaterThan
import io.kotest.matchers.shouldBe
import io.kotest.matchers.shouldNotBe
import io.kotest.matchers.string.shouldContain

class AuthSpec : FunSpec({
    val api = TestCatalog.api()

    test("B77 calls without the right bearer token are 401 with Atlan's error body") {
        for (client in listOf(api.withToken("wrong"), api.withToken(null))) {
            val answer = client.get("/api/meta/types/typedefs?type=ENUM")
            answer.status shouldBe 401
            answer.obj.str("errorCode") shouldBe "ATLAN-401-00-001"
            answer.obj.str("errorMessage") shouldNotBe null
        }
        api.withToken(TestCatalog.TOKEN + "x").search("""{"dsl":{}}""").status shouldBe 401
    }

    test("OAuth client credentials exchange for a working token") {
        val anonymous = api.withToken(null)
        val exchange = anonymous.post("/api/service/oauth-clients/token", """{"clientId":"${TestCatalog.CLIENT_ID}","clientSecret":"${TestCatalog.CLIENT_SECRET}"}""")
        exchange.status shouldBe 200
        exchange.obj.str("expiresIn")!!.toInt() shouldBeGreaterThan 0
        val token = exchange.obj.str("accessToken")!!
        api.withToken(token).get("/api/service/roles").status shouldBe 200
        anonymous.post("/api/service/oauth-clients/token", """{"clientId":"${TestCatalog.CLIENT_ID}","clientSecret":"nope"}""").status shouldBe 401
    }

    test("B76 an oversized body is refused with 413") {
        val filler = "x".repeat((TestCatalog.MAX_BODY + 1024).toInt())
        val answer = api.post("/api/meta/entity/bulk", """{"entities":[],"pad":"$filler"}""")
        answer.status shouldBe 413
        answer.obj.str("errorMessage")!! shouldContain "${TestCatalog.MAX_BODY}"
    }

    test("B78 unknown endpoints are 404 in Atlan's format") {
        val answer = api.get("/api/meta/nothing/here")
        answer.status shouldBe 404
        answer.obj.str("errorCode") shouldNotBe null
    }

    test("a catalog whose OpenSearch never answers fails to start with a typed error") {
        val port = java.net.ServerSocket(0).use { it.localPort }
        val error = io.kotest.assertions.throwables.shouldThrow<LocalCatalogException> {
            LocalCatalog.builder().openSearchUrl("http://127.0.0.1:$port").startTimeout(java.time.Duration.ofSeconds(1)).build().start()
        }
        error.message!! shouldContain "did not become ready"
    }

    test("token-GUID start-up: escalate, read the API token's client, exchange it for a working token") {
        val anonymous = api.withToken(null)
        fun grant(id: String, secret: String) = anonymous.send(
            "POST", "/auth/realms/default/protocol/openid-connect/token",
            "grant_type=client_credentials&client_id=${Api.enc(id)}&client_secret=${Api.enc(secret)}&scope=openid",
        )
        val escalation = grant(TestCatalog.CLIENT_ID, TestCatalog.CLIENT_SECRET)
        escalation.status shouldBe 200
        val argo = api.withToken(escalation.obj.str("access_token"))
        val secret = argo.get("/auth/admin/realms/default/clients/${TestCatalog.TOKEN_GUID}/client-secret").obj.str("value")!!
        val clientId = argo.get("/api/service/apikeys?filter=${Api.enc("""{"id":"${TestCatalog.TOKEN_GUID}"}""")}").obj["records"].list().single().str("clientId")!!
        clientId shouldBe TestCatalog.TOKEN_CLIENT_ID
        val token = grant(clientId, secret)
        token.status shouldBe 200
        api.withToken(token.obj.str("access_token")).get("/api/service/roles").status shouldBe 200
        grant(clientId, "wrong").status shouldBe 401
        argo.get("/auth/admin/realms/default/clients/unknown/client-secret").status shouldBe 404
        anonymous.get("/auth/admin/realms/default/clients/${TestCatalog.TOKEN_GUID}/client-secret").status shouldBe 401
    }
})
