package dev.katalog.test

import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import java.net.ConnectException
import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpConnectTimeoutException
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.net.http.HttpTimeoutException
import java.time.Duration

/**
 * Checks, before the catalog is started on it, that an external OpenSearch answers as OpenSearch does: its root
 * (`GET /`) is a JSON document with a `version.number`. Anything else fails at once with the cause and the fix,
 * instead of the catalog waiting out its start deadline.
 */
internal object OpenSearchProbe {
    fun check(source: OpenSearchSource, within: Duration) {
        val url = source.url ?: return
        val fix = "Fix: start OpenSearch at that address, correct ${source.origin}, or unset it to use an embedded node."
        val uri = runCatching { URI.create(url.trimEnd('/') + "/") }.getOrElse {
            throw fail("$url (from ${source.origin}) is not a URL: ${it.message}.", "Fix: give an address such as http://localhost:9200.")
        }
        val http = HttpClient.newBuilder().connectTimeout(within).followRedirects(HttpClient.Redirect.NEVER).build()
        val request = HttpRequest.newBuilder(uri).timeout(within).header("Accept", "application/json").GET().build()
        val response = try {
            http.send(request, HttpResponse.BodyHandlers.ofString())
        } catch (e: HttpConnectTimeoutException) {
            throw fail("OpenSearch at $url (from ${source.origin}) did not accept a connection within ${within.toSeconds()} s.", fix, e)
        } catch (e: HttpTimeoutException) {
            throw fail("$url (from ${source.origin}) accepted the connection but sent no HTTP answer within ${within.toSeconds()} s: it is not OpenSearch's HTTP port.", fix, e)
        } catch (e: ConnectException) {
            throw fail("OpenSearch at $url (from ${source.origin}) cannot be reached: the connection was refused.", fix, e)
        } catch (e: java.io.IOException) {
            throw fail("OpenSearch at $url (from ${source.origin}) cannot be reached: ${e.javaClass.simpleName} ${e.message.orEmpty()}".trimEnd() + ".", fix, e)
        }
        val wrongService = "Fix: point ${source.origin} at OpenSearch's HTTP address (port 9200 by default), or unset it to use an embedded node."
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            throw fail(
                "$url (from ${source.origin}) answered HTTP ${response.statusCode()}: it asks for credentials, which the local catalog does not send.",
                "Fix: use an OpenSearch with its security plugin disabled (DISABLE_SECURITY_PLUGIN=true), or unset it to use an embedded node.",
            )
        }
        val root = runCatching { Json.parseToJsonElement(response.body()) as? JsonObject }.getOrNull()
        val version = ((root?.get("version") as? JsonObject)?.get("number") as? JsonPrimitive)?.content
        if (response.statusCode() != 200 || version == null) {
            val type = response.headers().firstValue("Content-Type").orElse("no content type")
            throw fail("$url (from ${source.origin}) answered HTTP ${response.statusCode()} ($type), which is not OpenSearch's root document.", wrongService)
        }
    }

    private fun fail(cause: String, fix: String, error: Throwable? = null) = TestCatalogException(StartFailure.message(cause, fix), error)
}
