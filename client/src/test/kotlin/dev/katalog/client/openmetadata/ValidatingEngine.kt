package dev.katalog.client.openmetadata

import io.ktor.client.HttpClient
import io.ktor.client.engine.HttpClientEngine
import io.ktor.client.engine.okhttp.OkHttp
import io.ktor.client.engine.mock.MockEngine
import io.ktor.client.engine.mock.respond
import io.ktor.client.request.request
import io.ktor.client.request.setBody
import io.ktor.client.statement.readRawBytes
import io.ktor.http.HttpHeaders
import io.ktor.http.headers
import io.ktor.http.takeFrom

/**
 * A real HTTP engine with a checkpoint: every request passes [OutgoingRequestValidator] (failing the test at the
 * first invalid body) and then goes over the network, its answer returned unchanged.
 */
object ValidatingEngine {
    private val network = HttpClient(OkHttp) { expectSuccess = false }

    // Ktor sets these from the body itself and refuses them as plain headers.
    private val derived = setOf(HttpHeaders.ContentType, HttpHeaders.ContentLength, HttpHeaders.TransferEncoding)

    fun create(): HttpClientEngine = MockEngine { sent ->
        OutgoingRequestValidator.check(sent)
        val answer = network.request {
            method = sent.method
            url.takeFrom(sent.url)
            sent.headers.forEach { name, values -> if (derived.none { it.equals(name, ignoreCase = true) }) values.forEach { headers.append(name, it) } }
            setBody(sent.body)
        }
        respond(answer.readRawBytes(), answer.status, headers {
            answer.headers.forEach { name, values -> if (!name.equals(HttpHeaders.TransferEncoding, ignoreCase = true)) values.forEach { append(name, it) } }
        })
    }
}
