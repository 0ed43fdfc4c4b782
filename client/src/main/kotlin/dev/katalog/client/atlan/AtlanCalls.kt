package dev.katalog.client.atlan

import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.search.IndexSearchRequest
import dev.katalog.model.atlan.api.IndexSearchResponse
import io.ktor.http.ContentType
import io.ktor.http.HttpMethod
import kotlinx.serialization.KSerializer

/**
 * What every sub-API of the Atlan client needs from the wire, and nothing more: calls (with Atlan's
 * headers, retries and typed errors), decoding answers, and the two calls many sub-APIs share (a bulk save,
 * one page of a search). Sub-APIs depend on this, never on the client that wires them.
 */
internal interface AtlanCalls {
    /** Sends [method] [path] and returns the body of its 2xx answer; an [AtlanException] otherwise. */
    suspend fun call(
        method: HttpMethod,
        path: String,
        query: List<Pair<String, String>> = emptyList(),
        body: String? = null,
        authenticated: Boolean = true,
        contentType: ContentType = ContentType.Application.Json,
        explicitToken: String? = null,
    ): String

    /** The check of type and attribute names given as strings, made before saves and searches are sent. */
    val names: NameCheck

    /** [body] read as [serializer]'s type; [AtlanException.Api] when it cannot be. */
    fun <T> decode(serializer: KSerializer<T>, body: String): T

    /** Creates or updates [assets] with [options] in one bulk call, once their names pass [names]. */
    suspend fun save(assets: List<Asset>, options: SaveOptions): MutationResult

    /** One page of [request], as the server answers it, once its names pass [names]. */
    suspend fun searchPage(request: IndexSearchRequest): IndexSearchResponse

    companion object {
        /** Atlan's bulk entity endpoint: saves (POST) and deletes (DELETE). */
        const val BULK = "/api/meta/entity/bulk"

        /** [segment] encoded for a URL path. */
        fun pathSegment(segment: String): String = java.net.URLEncoder.encode(segment, Charsets.UTF_8).replace("+", "%20")
    }
}
