package dev.katalog.client

import dev.katalog.client.auth.Credentials
import dev.katalog.client.auth.OAuthTokenSource
import dev.katalog.client.auth.StaticTokenSource
import dev.katalog.client.auth.TokenGuidSource
import dev.katalog.client.auth.TokenSource
import dev.katalog.client.cache.AtlanTagCache
import dev.katalog.client.cache.CustomMetadataCache
import dev.katalog.client.http.EngineFactory
import dev.katalog.client.http.atlanTransport
import dev.katalog.client.search.SearchPager
import dev.katalog.dsl.search.FluentSearch
import dev.katalog.model.atlan.api.BulkEntityRequest
import dev.katalog.model.atlan.api.DirectoryPage
import dev.katalog.model.atlan.api.EntityResponse
import dev.katalog.model.atlan.api.MutationResponse
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.AssetType
import dev.katalog.model.atlan.asset.EntityStatus
import dev.katalog.model.atlan.search.AggregationResult
import dev.katalog.model.atlan.search.IndexSearchRequest
import dev.katalog.model.atlan.api.IndexSearchResponse
import dev.katalog.model.atlan.typedef.TypeCategory
import dev.katalog.model.atlan.typedef.TypeDefResponse
import dev.katalog.model.json.KatalogJson
import dev.katalog.model.json.ModelDecodeException
import io.ktor.client.engine.HttpClientEngine
import io.ktor.http.HttpMethod
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.map
import kotlinx.serialization.KSerializer
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.intOrNull
import kotlinx.serialization.json.longOrNull
import java.time.Duration

/**
 * A client of one Atlan tenant (or of the local catalog): every operation suspends and returns typed
 * results; failures are [AtlanException]s, never nulls. Each client has its own connection pool, rate
 * limit and caches; close it to release them. Java callers use [java].
 *
 * ```
 * AtlanClient("https://acme.atlan.com", apiKey).use { client ->
 *     client.search(Table) { where(Table.ROW_COUNT gt 1_000_000) }.collect { println(it.qualifiedName) }
 * }
 * ```
 */
public class AtlanClient private constructor(public val options: AtlanClientOptions, engine: HttpClientEngine?) : AutoCloseable {
    private val ownedEngine: HttpClientEngine? = if (engine == null) EngineFactory.create(options.maxConcurrentRequests, options.proxy, options.trustStore) else null
    private val tokens: TokenSource = when (val c = options.credentials) {
        is Credentials.ApiToken -> StaticTokenSource(c)
        is Credentials.OAuthClient -> OAuthTokenSource(c, { System.nanoTime() / 1_000_000 }) { exchangeToken(it) }
        is Credentials.ApiTokenGuid -> TokenGuidSource(c, { System.nanoTime() / 1_000_000 }, ::clientCredentialsGrant, ::resolveApiTokenClient)
    }
    internal val transport = atlanTransport(options, engine ?: ownedEngine!!, tokens)
    /** Runs the Java twins' coroutines; closing the client cancels what is still running. */
    internal val scope = kotlinx.coroutines.CoroutineScope(kotlinx.coroutines.SupervisorJob() + kotlinx.coroutines.Dispatchers.Default)
    private val pager = SearchPager(options.searchWindowThreshold) { searchPage(it) }

    /** Builds a client with [baseUrl] and an API token [apiKey], other options at their defaults. */
    public constructor(baseUrl: String, apiKey: String) : this(builder().baseUrl(baseUrl).apiToken(apiKey).options(), null)

    /** The same operations as CompletableFutures, Streams and Iterables, for Java. */
    public fun java(): AtlanClientFutures = AtlanClientFutures(this)

    // ---- save, read, delete ----

    /** Creates or updates [assets] (matched on type and qualifiedName). */
    public suspend fun save(assets: List<Asset>, saveOptions: SaveOptions = SaveOptions.DEFAULT): MutationResult {
        if (assets.isEmpty()) return MutationResult(MutationResponse())
        val body = KatalogJson.encode(BulkEntityRequest.serializer(), BulkEntityRequest(assets))
        return MutationResult(decode(MutationResponse.serializer(), transport.call(HttpMethod.Post, BULK, saveOptions.queryFlags(), body)))
    }

    /** Creates or updates one asset. */
    public suspend fun save(asset: Asset, saveOptions: SaveOptions = SaveOptions.DEFAULT): MutationResult = save(listOf(asset), saveOptions)

    /** The asset with [guid]; [AtlanException.NotFound] when there is none (see [getOrNull]). */
    public suspend fun get(guid: String): Asset {
        require(guid.isNotBlank()) { "A GUID cannot be blank" }
        val body = transport.call(HttpMethod.Get, "/api/meta/entity/guid/${encodePath(guid)}", READ_FLAGS)
        return decode(EntityResponse.serializer(), body).entity
    }

    /** The asset with [guid], or null when there is none. Other failures still throw. */
    public suspend fun getOrNull(guid: String): Asset? = try {
        get(guid)
    } catch (e: AtlanException.NotFound) {
        null
    }

    /** The asset of [type] with [qualifiedName]; [AtlanException.NotFound] when there is none (see [getOrNull]). */
    public suspend fun <T : Asset> get(type: AssetType<T>, qualifiedName: String): T {
        require(qualifiedName.isNotBlank()) { "A qualifiedName cannot be blank" }
        val body = transport.call(
            HttpMethod.Get, "/api/meta/entity/uniqueAttribute/type/${encodePath(type.typeName)}",
            READ_FLAGS + ("attr:qualifiedName" to qualifiedName),
        )
        val entity = decode(EntityResponse.serializer(), body).entity
        return type.fromJson(entity.json)
    }

    /** The asset of [type] with [qualifiedName], or null when there is none. Other failures still throw. */
    public suspend fun <T : Asset> getOrNull(type: AssetType<T>, qualifiedName: String): T? = try {
        get(type, qualifiedName)
    } catch (e: AtlanException.NotFound) {
        null
    }

    /** Deletes the assets with [guids]: SOFT archives them (restorable), HARD and PURGE remove them. */
    public suspend fun delete(guids: List<String>, type: DeleteType = DeleteType.SOFT): MutationResult {
        require(guids.isNotEmpty()) { "Name at least one GUID to delete" }
        val query = guids.map { "guid" to it } + ("deleteType" to type.name)
        return MutationResult(decode(MutationResponse.serializer(), transport.call(HttpMethod.Delete, BULK, query)))
    }

    /** Restores the archived asset of [type] with [qualifiedName]; returns false when it is not archived. */
    public suspend fun <T : Asset> restore(type: AssetType<T>, qualifiedName: String): Boolean {
        val existing = search(FluentSearch.select(type).archived().where(Asset.QUALIFIED_NAME eq qualifiedName).pageSize(1).toRequest())
            .entities.orEmpty().firstOrNull() ?: return false
        val restored = Asset.trimToRequired(existing).status(EntityStatus.ACTIVE).build()
        save(restored)
        return true
    }

    // ---- Atlan tags and custom metadata, by their human names ----

    private val tagCache = AtlanTagCache { typeDefs(it) }
    private val customMetadataCache = CustomMetadataCache { typeDefs(it) }
    private val annotations = AssetAnnotations(this, tagCache, customMetadataCache)
    internal val directoryCache = dev.katalog.client.cache.DirectoryCache { kind, limit, offset -> directory(kind, limit, offset) }
    internal val connectionCache = dev.katalog.client.cache.ConnectionCache { stream(it) }

    /** Adds the Atlan tags named [tags] (human names) to the asset of [type] with [qualifiedName], keeping its other tags. */
    public suspend fun <T : Asset> addAtlanTags(type: AssetType<T>, qualifiedName: String, tags: List<String>, propagate: Boolean = false): MutationResult =
        annotations.addTags(type, qualifiedName, tags, propagate)

    /** Removes the Atlan tag named [tag] from the asset; [AtlanException.NotFound] when it does not have it. */
    public suspend fun <T : Asset> removeAtlanTag(type: AssetType<T>, qualifiedName: String, tag: String): MutationResult =
        annotations.removeTag(type, qualifiedName, tag)

    /** The human names of [asset]'s Atlan tags. */
    public suspend fun atlanTagNames(asset: Asset): List<String> = annotations.tagNames(asset)

    /** Sets attributes (by human name) of the custom metadata set [set] on the asset; other sets are left alone. */
    public suspend fun <T : Asset> setCustomMetadata(type: AssetType<T>, qualifiedName: String, set: String, values: Map<String, Any?>): MutationResult =
        annotations.setCustomMetadata(type, qualifiedName, set, values)

    /** [asset]'s values of the custom metadata set [set], by human attribute name. */
    public suspend fun customMetadata(asset: Asset, set: String): Map<String, kotlinx.serialization.json.JsonElement> =
        annotations.customMetadataOf(asset, set)

    // ---- search ----

    /** One page of [request], as the server answers it. */
    public suspend fun search(request: IndexSearchRequest): IndexSearchResponse = searchPage(request)

    /** Every result of [request], paged lazily (see [AtlanClientOptions.searchWindowThreshold]); cancelling the collector stops the calls. */
    public fun stream(request: IndexSearchRequest): Flow<Asset> = pager.assets(request)

    /** Every asset of [type] that [block] selects, typed, paged lazily. */
    public fun <T : Asset> stream(type: AssetType<T>, block: FluentSearch.() -> Unit): Flow<T> =
        pager.assets(FluentSearch.select(type).apply(block).toRequest()).map { type.fromJson(it.json) }

    /** How many assets [request] matches. */
    public suspend fun count(request: IndexSearchRequest): Long {
        val counting = request.copy(dsl = request.dsl.copy(from = 0, size = 0, aggregations = emptyMap()), attributes = null, relationAttributes = null)
        return searchPage(counting).approximateCount ?: 0
    }

    /** The aggregations of [request] (its page of results is not fetched). */
    public suspend fun aggregate(request: IndexSearchRequest): Map<String, AggregationResult> =
        searchPage(request.copy(dsl = request.dsl.copy(from = 0, size = 0))).aggregations.orEmpty()

    private suspend fun searchPage(request: IndexSearchRequest): IndexSearchResponse {
        val body = KatalogJson.encode(IndexSearchRequest.serializer(), request)
        return decode(IndexSearchResponse.serializer(), transport.call(HttpMethod.Post, "/api/meta/search/indexsearch", body = body))
    }

    // ---- asset trees ----

    private val planner = dev.katalog.client.tree.TreePlanner(this)

    /** What applying [tree] would change (with [prune], also what it would delete). Sends nothing but searches. */
    public suspend fun plan(tree: dev.katalog.dsl.tree.CatalogTree, prune: Boolean = false): dev.katalog.client.tree.TreePlan = planner.plan(tree, prune)

    /**
     * Makes the catalog match [tree]: creates and updates level by level (parents first, each level in
     * concurrent batches), and with [prune] archives what the tree no longer has. Applying twice changes nothing.
     */
    public suspend fun apply(
        tree: dev.katalog.dsl.tree.CatalogTree,
        prune: Boolean = false,
        options: dev.katalog.client.batch.BatchOptions = dev.katalog.client.batch.BatchOptions.DEFAULT,
    ): dev.katalog.client.tree.ApplyResult = planner.apply(planner.plan(tree, prune), options)

    /**
     * Carries out [plan] as it was made (the connections it bound, the changes it listed), so what was
     * shown is what is done; a plan is meant to be applied once, soon after it was made.
     */
    public suspend fun apply(
        plan: dev.katalog.client.tree.TreePlan,
        options: dev.katalog.client.batch.BatchOptions = dev.katalog.client.batch.BatchOptions.DEFAULT,
    ): dev.katalog.client.tree.ApplyResult = planner.apply(plan, options)

    // ---- type definitions and directory ----

    /** The type definitions of the given [categories] (all when empty). */
    public suspend fun typeDefs(vararg categories: TypeCategory): TypeDefResponse =
        decode(TypeDefResponse.serializer(), transport.call(HttpMethod.Get, "/api/meta/types/typedefs", categories.map { "type" to it.name }))

    /** Creates type definitions (Atlan tags, custom metadata sets); answers them with their hashed names. */
    public suspend fun createTypeDefs(typeDefs: TypeDefResponse): TypeDefResponse {
        val body = KatalogJson.encode(TypeDefResponse.serializer(), typeDefs)
        return decode(TypeDefResponse.serializer(), transport.call(HttpMethod.Post, "/api/meta/types/typedefs", body = body))
    }

    /** One page of the directory's users, groups or roles. */
    public suspend fun directory(kind: DirectoryKind, limit: Int = 100, offset: Int = 0, filter: String? = null): DirectoryPage {
        val query = listOf("limit" to limit.toString(), "offset" to offset.toString()) + listOfNotNull(filter?.let { "filter" to it })
        return decode(DirectoryPage.serializer(), transport.call(HttpMethod.Get, kind.path, query))
    }

    override fun close() {
        scope.coroutineContext[kotlinx.coroutines.Job]?.cancel()
        transport.close()
        ownedEngine?.close()
    }

    override fun toString(): String = "AtlanClient(${options.baseUrl})"

    private suspend fun exchangeToken(credentials: Credentials.OAuthClient): Pair<String, Long> {
        val body = JsonObject(mapOf("clientId" to JsonPrimitive(credentials.clientId), "clientSecret" to JsonPrimitive(credentials.clientSecret)))
        val answer = transport.call(HttpMethod.Post, "/api/service/oauth-clients/token", body = body.toString(), authenticated = false)
        val json = decode(JsonObject.serializer(), answer)
        val token = (json["accessToken"] as? JsonPrimitive)?.takeIf { it.isString }?.content
            ?: throw AtlanException.Authentication("The token exchange answered without an accessToken", 200, null, null, "Check the OAuth client id and secret")
        val lifetime = (json["expiresIn"] as? JsonPrimitive)?.longOrNull ?: (json["expiresIn"] as? JsonPrimitive)?.intOrNull?.toLong() ?: 600
        return token to lifetime
    }

    /** A client-credentials grant at Atlan's identity provider: the token and its lifetime in seconds. */
    private suspend fun clientCredentialsGrant(clientId: String, clientSecret: String): Pair<String, Long> {
        fun enc(v: String) = java.net.URLEncoder.encode(v, Charsets.UTF_8)
        val form = "grant_type=client_credentials&client_id=${enc(clientId)}&client_secret=${enc(clientSecret)}&scope=openid"
        val answer = decode(JsonObject.serializer(), transport.call(
            HttpMethod.Post, "/auth/realms/default/protocol/openid-connect/token", body = form, authenticated = false,
            contentType = io.ktor.http.ContentType.Application.FormUrlEncoded,
        ))
        val token = (answer["access_token"] as? JsonPrimitive)?.content
            ?: throw AtlanException.Authentication("The identity provider answered without an access_token", 200, null, null, "Check the escalation client's CLIENT_ID and CLIENT_SECRET")
        return token to ((answer["expires_in"] as? JsonPrimitive)?.longOrNull ?: 300)
    }

    /** The client id and secret behind the API token [guid], read with an escalation token. */
    private suspend fun resolveApiTokenClient(guid: String, escalation: String): Pair<String, String> {
        val secret = decode(JsonObject.serializer(), transport.call(
            HttpMethod.Get, "/auth/admin/realms/default/clients/${encodePath(guid)}/client-secret", explicitToken = escalation,
        ))["value"].let { (it as? JsonPrimitive)?.content }
            ?: throw AtlanException.NotFound("No client secret for API token $guid", null, null, "Check the API token GUID")
        val filter = JsonObject(mapOf("id" to JsonPrimitive(guid))).toString()
        val page = decode(DirectoryPage.serializer(), transport.call(HttpMethod.Get, "/api/service/apikeys", listOf("filter" to filter), explicitToken = escalation))
        val record = page.records.orEmpty().firstOrNull() ?: throw AtlanException.NotFound("No API token has GUID $guid", null, null, "Check the API token GUID")
        val clientId = (record.extras["clientId"] as? JsonPrimitive)?.content ?: (record.attributes?.get("clientId") as? JsonPrimitive)?.content
            ?: throw AtlanException.Api("The API token $guid has no clientId", 200, null, null, "The server's apikeys answer lacks clientId")
        return clientId to secret
    }

    private fun <T> decode(serializer: KSerializer<T>, body: String): T = try {
        KatalogJson.decode(serializer, body)
    } catch (e: ModelDecodeException) {
        throw AtlanException.Api(
            "The server's answer could not be read: ${e.message}", null, null, null,
            "The server may be of another version than this SDK expects, or a proxy changed the answer", e,
        )
    }

    /** Builds an [AtlanClient]: base URL and credentials are required, the rest has defaults. */
    public class Builder internal constructor() {
        private var baseUrl: String? = null
        private var credentials: Credentials? = null
        private var retryPolicy = RetryPolicy.DEFAULT
        private var connectTimeout = Duration.ofSeconds(30)
        private var readTimeout = Duration.ofSeconds(900)
        private var maxConcurrentRequests = 16
        private var searchWindowThreshold = 99_700
        private var proxy: ProxySettings? = null
        private var proxyFromEnvironment = true
        private var trustStore: java.security.KeyStore? = null
        private var engine: HttpClientEngine? = null

        /** The tenant, e.g. `https://acme.atlan.com` (a trailing `/api/meta` or `/api` is dropped: calls add their own paths). */
        public fun baseUrl(value: String): Builder = apply { baseUrl = BaseUrl.atlanRoot(value) }
        /** Authenticate with an API token. */
        public fun apiToken(value: String): Builder = apply { credentials = Credentials.ApiToken(value) }
        /** Authenticate as the API token with [guid], resolved through an escalation client (Atlan's `CLIENT_ID` / `CLIENT_SECRET`). */
        public fun apiTokenGuid(guid: String, clientId: String, clientSecret: String): Builder =
            apply { credentials = Credentials.ApiTokenGuid(guid, clientId, clientSecret) }
        /** Authenticate with OAuth client credentials. */
        public fun oauthClient(clientId: String, clientSecret: String): Builder = apply { credentials = Credentials.OAuthClient(clientId, clientSecret) }
        public fun retryPolicy(value: RetryPolicy): Builder = apply { retryPolicy = value }
        public fun connectTimeout(value: Duration): Builder = apply { connectTimeout = positive(value, "connectTimeout") }
        public fun readTimeout(value: Duration): Builder = apply { readTimeout = positive(value, "readTimeout") }
        public fun maxConcurrentRequests(value: Int): Builder = apply {
            require(value >= 1) { "maxConcurrentRequests must be at least 1, was $value" }
            maxConcurrentRequests = value
        }
        /** Past this many results a search pages by creation time (99,700 by default, below the index's 100,000 window). */
        public fun searchWindowThreshold(value: Int): Builder = apply {
            require(value in 1..99_999) { "searchWindowThreshold must be between 1 and 99,999, was $value" }
            searchWindowThreshold = value
        }
        /** Use this proxy; by default the proxy comes from HTTPS_PROXY / HTTP_PROXY / NO_PROXY. */
        public fun proxy(value: ProxySettings?): Builder = apply { proxy = value; proxyFromEnvironment = false }
        /**
         * Trust the certificates of [keyStore] (a private CA, or a self-signed catalog) instead of the JDK's
         * defaults. TLS verification is always on: without this, only publicly trusted certificates pass.
         */
        public fun trustStore(keyStore: java.security.KeyStore): Builder = apply { trustStore = keyStore }
        /** Use this Ktor engine (tests use MockEngine); the client does not close an engine it was given. */
        public fun engine(value: HttpClientEngine): Builder = apply { engine = value }

        internal fun options(): AtlanClientOptions {
            val url = baseUrl ?: throw IllegalArgumentException("Set the base URL (ATLAN_BASE_URL), e.g. https://acme.atlan.com")
            BaseUrl.schemeProblem(url, "an Atlan tenant")?.let { throw IllegalArgumentException("${it.problem}. ${it.fix}") }
            val creds = credentials ?: throw IllegalArgumentException("Set credentials: an API token (ATLAN_API_KEY) or OAuth client credentials")
            val chosenProxy = if (proxyFromEnvironment) ProxySettings.fromEnvironment(url) else proxy
            return AtlanClientOptions(url, creds, retryPolicy, connectTimeout, readTimeout, maxConcurrentRequests, searchWindowThreshold, chosenProxy, trustStore, engine)
        }

        public fun build(): AtlanClient = options().let { AtlanClient(it, it.engine) }

        private fun positive(value: Duration, name: String): Duration {
            require(!value.isNegative && !value.isZero) { "$name must be positive, was $value" }
            return value
        }
    }

    public companion object {
        private const val BULK = "/api/meta/entity/bulk"
        private val READ_FLAGS = listOf("minExtInfo" to "false", "ignoreRelationships" to "false")

        @JvmStatic
        public fun builder(): Builder = Builder()

        /**
         * A client configured from the environment: `ATLAN_BASE_URL`, and `ATLAN_API_KEY` or
         * `ATLAN_OAUTH_CLIENT_ID` + `ATLAN_OAUTH_CLIENT_SECRET`; proxies from `HTTPS_PROXY`/`HTTP_PROXY`/`NO_PROXY`.
         */
        @JvmStatic
        @JvmOverloads
        public fun fromEnv(env: Map<String, String> = System.getenv()): AtlanClient {
            val builder = builder().baseUrl(env["ATLAN_BASE_URL"] ?: throw IllegalArgumentException("ATLAN_BASE_URL is not set: set it to your tenant, e.g. https://acme.atlan.com"))
            val apiKey = env["ATLAN_API_KEY"]
            val clientId = env["ATLAN_OAUTH_CLIENT_ID"]
            val clientSecret = env["ATLAN_OAUTH_CLIENT_SECRET"]
            when {
                !apiKey.isNullOrBlank() -> builder.apiToken(apiKey)
                !clientId.isNullOrBlank() && !clientSecret.isNullOrBlank() -> builder.oauthClient(clientId, clientSecret)
                else -> throw IllegalArgumentException("Set ATLAN_API_KEY, or ATLAN_OAUTH_CLIENT_ID and ATLAN_OAUTH_CLIENT_SECRET")
            }
            if (env !== System.getenv()) builder.proxy(ProxySettings.fromEnvironment(env.getValue("ATLAN_BASE_URL"), env))
            return builder.build()
        }

        /**
         * A client for the API token with [guid], the escalation client read from `CLIENT_ID` and
         * `CLIENT_SECRET` and the tenant from `ATLAN_BASE_URL`.
         */
        @JvmStatic
        @JvmOverloads
        public fun fromTokenGuid(guid: String, env: Map<String, String> = System.getenv()): AtlanClient = builder()
            .baseUrl(env["ATLAN_BASE_URL"] ?: throw IllegalArgumentException("ATLAN_BASE_URL is not set"))
            .apiTokenGuid(
                guid,
                env["CLIENT_ID"] ?: throw IllegalArgumentException("CLIENT_ID (the escalation client) is not set"),
                env["CLIENT_SECRET"] ?: throw IllegalArgumentException("CLIENT_SECRET (the escalation client) is not set"),
            ).build()

        private fun encodePath(segment: String): String = java.net.URLEncoder.encode(segment, Charsets.UTF_8).replace("+", "%20")
    }
}

/** The directory lists of `/api/service`. */
public enum class DirectoryKind(internal val path: String) {
    USERS("/api/service/users"), GROUPS("/api/service/v2/groups"), ROLES("/api/service/roles")
}
