package dev.katalog.client.http

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.ktor.client.engine.okhttp.OkHttpConfig
import okhttp3.ConnectionSpec

/** The direct engine sets up TLS only for a catalog it reaches over https. */
class PooledEngineSpec : FunSpec({
    fun specsFor(baseUrl: String) = EngineFactory.create(baseUrl, 4, null, null).use { engine ->
        (engine.config as OkHttpConfig).preconfigured!!.connectionSpecs
    }

    test("a client of an http:// catalog speaks cleartext only, so OkHttp never builds a TLS socket factory") {
        specsFor("http://127.0.0.1:8080") shouldBe listOf(ConnectionSpec.CLEARTEXT)
        specsFor("HTTP://localhost") shouldBe listOf(ConnectionSpec.CLEARTEXT)
    }

    test("a client of an https:// catalog keeps OkHttp's TLS connection specs") {
        specsFor("https://tenant.atlan.com") shouldBe listOf(ConnectionSpec.MODERN_TLS, ConnectionSpec.CLEARTEXT)
    }
})
