package dev.katalog.client.atlan

import dev.katalog.client.http.HttpTransport
import dev.katalog.model.atlan.api.BulkEntityRequest
import dev.katalog.model.atlan.api.MutationResponse
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.search.IndexSearchRequest
import dev.katalog.model.atlan.api.IndexSearchResponse
import dev.katalog.model.json.KatalogJson
import dev.katalog.model.json.ModelDecodeException
import io.ktor.http.ContentType
import io.ktor.http.HttpMethod
import kotlinx.serialization.KSerializer

/**
 * [AtlanCalls] over an [HttpTransport] that speaks Atlan (see [atlanDialect]); [nameCheck] gives the check of names
 * (late, as it reads type definitions through these very calls).
 */
internal class TransportCalls(
    private val transport: HttpTransport,
    private val nameCheck: () -> NameCheck,
    /** What is done to assets before they are saved (role names made GUIDs). */
    private val prepare: suspend (List<Asset>) -> List<Asset> = { it },
) : AtlanCalls {
    override val names: NameCheck get() = nameCheck()

    override suspend fun call(
        method: HttpMethod, path: String, query: List<Pair<String, String>>, body: String?, authenticated: Boolean, contentType: ContentType, explicitToken: String?,
    ): String = transport.call(method, path, query, body, authenticated, contentType = contentType, explicitToken = explicitToken)

    override fun <T> decode(serializer: KSerializer<T>, body: String): T = try {
        KatalogJson.decode(serializer, body)
    } catch (e: ModelDecodeException) {
        throw AtlanException.Api(
            "The server's answer could not be read: ${e.message}", null, null, null,
            "The server may be of another version than this SDK expects, or a proxy changed the answer", e,
        )
    }

    override suspend fun save(assets: List<Asset>, options: SaveOptions): MutationResult {
        if (assets.isEmpty()) return MutationResult(MutationResponse())
        val body = KatalogJson.encode(BulkEntityRequest.serializer(), BulkEntityRequest(prepare(names.resolveSaved(assets, options))))
        return MutationResult(decode(MutationResponse.serializer(), call(HttpMethod.Post, AtlanCalls.BULK, options.queryFlags(), body)))
    }

    override suspend fun searchPage(request: IndexSearchRequest): IndexSearchResponse {
        val body = KatalogJson.encode(IndexSearchRequest.serializer(), names.resolveSearch(request))
        return decode(IndexSearchResponse.serializer(), call(HttpMethod.Post, "/api/meta/search/indexsearch", body = body))
    }
}
