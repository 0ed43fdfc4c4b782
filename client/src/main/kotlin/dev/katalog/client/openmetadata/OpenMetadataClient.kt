package dev.katalog.client.openmetadata

import dev.katalog.client.core.ProxySettings
import dev.katalog.client.core.RetryPolicy
import dev.katalog.client.http.EngineFactory
import dev.katalog.client.http.HttpTransport
import dev.katalog.client.http.Redactor
import dev.katalog.client.http.TransportDialect
import dev.katalog.client.http.TransportSettings
import dev.katalog.dsl.tree.CatalogTree
import dev.katalog.model.json.KatalogJson
import dev.katalog.model.json.ModelDecodeException
import dev.katalog.model.openmetadata.CreateRequest
import dev.katalog.model.openmetadata.EntityKind
import dev.katalog.model.openmetadata.EntityKinds
import dev.katalog.model.openmetadata.Fqn
import dev.katalog.model.openmetadata.OpenMetadataEntity
import dev.katalog.model.openmetadata.api.OpenMetadataServerVersion
import dev.katalog.model.openmetadata.api.lineage.AddLineage
import dev.katalog.model.openmetadata.type.EntitiesEdge
import dev.katalog.model.openmetadata.type.EntityHistory
import dev.katalog.model.openmetadata.type.EntityLineage
import dev.katalog.model.openmetadata.type.EntityReference
import dev.katalog.model.openmetadata.type.Paging
import io.ktor.client.engine.HttpClientEngine
import io.ktor.http.ContentType
import io.ktor.http.HttpMethod
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.Job
import kotlinx.coroutines.SupervisorJob
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.flow
import kotlinx.coroutines.sync.Mutex
import kotlinx.coroutines.sync.withLock
import kotlinx.serialization.KSerializer
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.longOrNull
import java.nio.file.Path
import java.security.KeyStore
import java.time.Duration

/**
 * A client of one OpenMetadata server (1.4 API, or the local catalog's): typed entities, create requests,
 * paging, JSON Patch, search, lineage and versions. Every operation suspends; failures are
 * [OpenMetadataException]s, and absence is an exception too except in the `…OrNull` calls. Before the first
 * call the server's major.minor version is checked against [SUPPORTED_VERSION] (opt out with
 * [Builder.checkServerVersion]). Java callers use [java].
 *
 * ```
 * OpenMetadataClient("http://localhost:8585", jwt).use { om ->
 *     val orders = om.getByName<Table>(Fqn.build("warehouse", "sales", "eu.west", "orders"), fields = listOf("tags"))
 * }
 * ```
 */
public class OpenMetadataClient private constructor(
    /** The server root, e.g. `http://localhost:8585`; calls go to `{baseUrl}/api/v1`. */
    public val baseUrl: String,
    private val jwt: JwtSource,
    retryPolicy: RetryPolicy,
    connectTimeout: Duration,
    readTimeout: Duration,
    maxConcurrentRequests: Int,
    private val checkServerVersion: Boolean,
    /** The proxy calls go through, or null for direct calls; its password never shows in a log or message. */
    public val proxy: ProxySettings?,
    trustStore: KeyStore?,
    engine: HttpClientEngine?,
) : AutoCloseable {
    private val ownedEngine: HttpClientEngine? = if (engine == null) EngineFactory.create(maxConcurrentRequests, proxy, trustStore) else null
    private val redactor = Redactor { jwt.secrets() + EngineFactory.proxySecrets(proxy) }
    private val transport = HttpTransport(
        TransportSettings(baseUrl, retryPolicy, connectTimeout, readTimeout, maxConcurrentRequests),
        Dialect(OpenMetadataErrorTranslator(redactor)), engine ?: ownedEngine!!, jwt, redactor,
    )
    /** Runs the Java twins' coroutines; closing the client cancels what is still running. */
    internal val scope = CoroutineScope(SupervisorJob() + Dispatchers.Default)
    private val compatibility = Mutex()
    @Volatile private var compatible = !checkServerVersion

    /** A client of the server at [baseUrl] (e.g. `http://localhost:8585`) authenticating with the JWT [jwt]. */
    public constructor(baseUrl: String, jwt: String) : this(builder().baseUrl(baseUrl).jwt(jwt))

    private constructor(b: Builder) : this(
        b.url(), b.jwtSource(), b.retryPolicy, b.connectTimeout, b.readTimeout, b.maxConcurrentRequests, b.checkServerVersion, b.chosenProxy(), b.trustStore, b.engine,
    )

    /** The same operations as CompletableFutures and Streams, for Java. */
    public fun java(): OpenMetadataClientFutures = OpenMetadataClientFutures(this)

    // ---- server ----

    /** The server's version (`GET /system/version`); this call itself is never blocked by the compatibility check. */
    public suspend fun version(): OpenMetadataServerVersion =
        decode(OpenMetadataServerVersion.serializer(), transport.call(HttpMethod.Get, "$API/system/version"))

    /**
     * Checks that the server's major.minor is [SUPPORTED_VERSION]; throws [OpenMetadataException.IncompatibleServer]
     * otherwise. Runs once by itself before the first call unless the client was built with `checkServerVersion(false)`.
     */
    public suspend fun checkCompatibility(): OpenMetadataServerVersion {
        val version = version()
        val reported = version.version ?: throw OpenMetadataException.Api(
            "The server's /system/version answer has no version", 200, null, "Is $baseUrl an OpenMetadata server? Or build the client with checkServerVersion(false)",
        )
        val majorMinor = Regex("""^(\d+)\.(\d+)""").find(reported)?.value
        if (majorMinor != SUPPORTED_VERSION) throw OpenMetadataException.IncompatibleServer(
            reported, SUPPORTED_VERSION,
            "Use a Katalog release built for OpenMetadata ${majorMinor ?: reported}, or accept the risk with OpenMetadataClient.builder().checkServerVersion(false)",
        )
        compatible = true
        return version
    }

    // ---- read ----

    /** The [kind] entity named [fqn] (see [Fqn]) with the extra [fields]; [OpenMetadataException.NotFound] when there is none. */
    public suspend fun <E : OpenMetadataEntity> getByName(kind: EntityKind<E>, fqn: String, fields: List<String> = emptyList()): E {
        Fqn.split(fqn) // a malformed FQN fails here, with the fix, instead of as a server 404
        return decode(kind.serializer, call(HttpMethod.Get, "${kind.path}/name/${encodePath(fqn)}", fieldsQuery(fields)))
    }

    /** The [kind] entity named [fqn], or null when there is none; other failures still throw. */
    public suspend fun <E : OpenMetadataEntity> getByNameOrNull(kind: EntityKind<E>, fqn: String, fields: List<String> = emptyList()): E? =
        orNull { getByName(kind, fqn, fields) }

    /** The entity of type [E] named [fqn]; [OpenMetadataException.NotFound] when there is none. */
    public suspend inline fun <reified E : OpenMetadataEntity> getByName(fqn: String, fields: List<String> = emptyList()): E =
        getByName(EntityKinds.of(E::class), fqn, fields)

    /** The entity of type [E] named [fqn], or null when there is none. */
    public suspend inline fun <reified E : OpenMetadataEntity> getByNameOrNull(fqn: String, fields: List<String> = emptyList()): E? =
        getByNameOrNull(EntityKinds.of(E::class), fqn, fields)

    /** The [kind] entity with [id]; [OpenMetadataException.NotFound] when there is none. */
    public suspend fun <E : OpenMetadataEntity> getById(kind: EntityKind<E>, id: String, fields: List<String> = emptyList()): E =
        decode(kind.serializer, call(HttpMethod.Get, "${kind.path}/${encodePath(checkId(id))}", fieldsQuery(fields)))

    /** The [kind] entity with [id], or null when there is none. */
    public suspend fun <E : OpenMetadataEntity> getByIdOrNull(kind: EntityKind<E>, id: String, fields: List<String> = emptyList()): E? =
        orNull { getById(kind, id, fields) }

    /** The entity of type [E] with [id]; [OpenMetadataException.NotFound] when there is none. */
    public suspend inline fun <reified E : OpenMetadataEntity> getById(id: String, fields: List<String> = emptyList()): E =
        getById(EntityKinds.of(E::class), id, fields)

    /** The entity of type [E] with [id], or null when there is none. */
    public suspend inline fun <reified E : OpenMetadataEntity> getByIdOrNull(id: String, fields: List<String> = emptyList()): E? =
        getByIdOrNull(EntityKinds.of(E::class), id, fields)

    /**
     * Every [kind] entity matching [filters] (e.g. `mapOf("databaseSchema" to fqn)`), with the extra [fields],
     * fetched [pageSize] at a time following the `after` cursor, lazily: stop collecting to stop the calls.
     */
    public fun <E : OpenMetadataEntity> list(
        kind: EntityKind<E>,
        filters: Map<String, String> = emptyMap(),
        fields: List<String> = emptyList(),
        pageSize: Int = 100,
    ): Flow<E> {
        if (pageSize !in 1..1_000_000) throw OpenMetadataException.Usage("pageSize must be at least 1, was $pageSize", "Use 100 (the default) unless entities are very large")
        return flow {
            var after: String? = null
            do {
                val query = filters.toList() + fieldsQuery(fields) + ("limit" to pageSize.toString()) + listOfNotNull(after?.let { "after" to it })
                val page = decode(JsonObject.serializer(), call(HttpMethod.Get, kind.path, query))
                val data = page["data"] as? JsonArray ?: throw unreadable("a list answer without data", null)
                for (item in data) emit(decode(kind.serializer, item))
                val next = (page["paging"] as? JsonObject)?.let { decode(Paging.serializer(), it) }?.after
                if (next != null && next == after) throw OpenMetadataException.Api(
                    "The server answered the same after cursor twice ($next)", 200, null, "The server's paging is broken: report it, with the kind ${kind.type}",
                )
                after = next
            } while (after != null && data.isNotEmpty())
        }
    }

    /** Every entity of type [E] matching [filters], paged lazily. */
    public inline fun <reified E : OpenMetadataEntity> list(
        filters: Map<String, String> = emptyMap(),
        fields: List<String> = emptyList(),
        pageSize: Int = 100,
    ): Flow<E> = list(EntityKinds.of(E::class), filters, fields, pageSize)

    /** All versions of the [kind] entity with [id], newest first. */
    public suspend fun <E : OpenMetadataEntity> versions(kind: EntityKind<E>, id: String): List<E> {
        val history = decode(EntityHistory.serializer(), call(HttpMethod.Get, "${kind.path}/${encodePath(checkId(id))}/versions"))
        // The server sends each version as a JSON string holding the entity.
        return history.versions.map { version ->
            val element = (version as? JsonPrimitive)?.takeIf { it.isString }?.let { KatalogJson.json.parseToJsonElement(it.content) } ?: version
            decode(kind.serializer, element)
        }
    }

    /** Version [version] (e.g. `"0.2"`) of the [kind] entity with [id]. */
    public suspend fun <E : OpenMetadataEntity> version(kind: EntityKind<E>, id: String, version: String): E {
        if (!version.matches(Regex("""\d+\.\d+"""))) throw OpenMetadataException.Usage("\"$version\" is not an entity version", "Versions look like 0.1, 0.2, 1.0: take one from versions()")
        return decode(kind.serializer, call(HttpMethod.Get, "${kind.path}/${encodePath(checkId(id))}/versions/$version"))
    }

    // ---- write ----

    /** Creates the entity [request] describes (`POST`); [OpenMetadataException.Conflict] when it exists already. */
    public suspend fun <E : OpenMetadataEntity> create(request: CreateRequest<E>): E = send(HttpMethod.Post, request)

    /** Creates the entity [request] describes, or updates the one of that name (`PUT`). */
    public suspend fun <E : OpenMetadataEntity> createOrUpdate(request: CreateRequest<E>): E = send(HttpMethod.Put, request)

    private suspend fun <E : OpenMetadataEntity> send(method: HttpMethod, request: CreateRequest<E>): E {
        val kind = EntityKinds.of(request)
        @Suppress("UNCHECKED_CAST")
        val body = KatalogJson.encode(kind.requestSerializer as KSerializer<CreateRequest<E>>, request)
        return decode(kind.serializer, call(method, kind.path, body = body))
    }

    /** Applies [changes] to [entity] on the server (`PATCH`, RFC 6902) and answers the entity as it is now. */
    public suspend fun <E : OpenMetadataEntity> patch(entity: E, changes: JsonPatch): E {
        val kind = kindOf(entity)
        if (changes.isEmpty) return entity
        return decode(kind.serializer, call(HttpMethod.Patch, "${kind.path}/${encodePath(checkId(entity.id))}", body = changes.toString(), contentType = JSON_PATCH))
    }

    /** Applies the operations [block] builds to [entity]: `patch(table) { replace("/description", "Orders") }`. */
    public suspend fun <E : OpenMetadataEntity> patch(entity: E, block: JsonPatch.Builder.() -> Unit): E =
        patch(entity, JsonPatch.builder().apply(block).build())

    /** Changes [original] on the server into [modified] (e.g. `table.copy(description = "…")`), sending only the differences. */
    public suspend fun <E : OpenMetadataEntity> patch(original: E, modified: E): E {
        if (original.id != modified.id) throw OpenMetadataException.Usage("patch(original, modified) got two different entities (${original.id}, ${modified.id})", "Pass an entity and a copy of it")
        val kind = kindOf(original)
        return patch(original, JsonPatch.diff(KatalogJson.encodeToElement(kind.serializer, original), KatalogJson.encodeToElement(kind.serializer, modified)))
    }

    /**
     * Deletes the [kind] entity with [id]: soft (restorable) unless [hardDelete]; with [recursive], its children
     * too (a schema's tables…), without it the server refuses to delete an entity that has children.
     */
    public suspend fun <E : OpenMetadataEntity> delete(kind: EntityKind<E>, id: String, recursive: Boolean = false, hardDelete: Boolean = false) {
        call(HttpMethod.Delete, "${kind.path}/${encodePath(checkId(id))}", listOf("recursive" to recursive.toString(), "hardDelete" to hardDelete.toString()))
    }

    /** Deletes [entity]; see the other [delete]. */
    public suspend fun delete(entity: OpenMetadataEntity, recursive: Boolean = false, hardDelete: Boolean = false): Unit =
        delete(kindOf(entity), entity.id, recursive, hardDelete)

    // ---- search ----

    /** One page of a search of [kind]'s index: `search(EntityKinds.TABLE) { where(OpenMetadataFields.SERVICE eq "warehouse") }`. */
    public suspend fun <E : OpenMetadataEntity> search(kind: EntityKind<E>, block: OpenMetadataSearch.() -> Unit = {}): SearchResult<E> =
        search(kind, OpenMetadataSearch(kind).apply(block))

    /** One page of [search] over [kind]'s index. */
    public suspend fun <E : OpenMetadataEntity> search(kind: EntityKind<E>, search: OpenMetadataSearch): SearchResult<E> {
        val answer = decode(JsonObject.serializer(), call(HttpMethod.Get, "/search/query", search.parameters()))
        val hits = (answer["hits"] as? JsonObject) ?: throw unreadable("a search answer without hits", null)
        val total = when (val t = hits["total"]) {
            is JsonObject -> (t["value"] as? JsonPrimitive)?.longOrNull
            is JsonPrimitive -> t.longOrNull
            else -> null
        }
        val entities = (hits["hits"] as? JsonArray).orEmpty().map { hit ->
            val source = (hit as? JsonObject)?.get("_source") ?: throw unreadable("a search hit without _source", null)
            decode(kind.serializer, source)
        }
        return SearchResult(entities, total, answer)
    }

    /** A search builder of [kind]'s index, for Java: `om.java().search(EntityKinds.TABLE, om.searchOf(EntityKinds.TABLE).text("orders"))`. */
    public fun searchOf(kind: EntityKind<*>): OpenMetadataSearch = OpenMetadataSearch(kind)

    // ---- asset trees ----

    private val planner = OpenMetadataTreePlanner(this)

    /**
     * What applying [tree] would change on this server: each entity of the tree (see `compileForOpenMetadata`)
     * compared by fully qualified name. Sends nothing but reads.
     */
    public suspend fun plan(tree: CatalogTree): OpenMetadataTreePlan = planner.plan(tree)

    /** Makes the server match [tree]: creates or updates (PUT) level by level, parents first. Applying twice changes nothing. */
    public suspend fun apply(tree: CatalogTree): OpenMetadataApplyResult = planner.apply(planner.plan(tree))

    /** Carries out [plan] as it was made. */
    public suspend fun apply(plan: OpenMetadataTreePlan): OpenMetadataApplyResult = planner.apply(plan)

    // ---- lineage ----

    /** Adds (or updates) the lineage edge from [from] to [to] (`PUT /lineage`). */
    public suspend fun addLineage(from: OpenMetadataEntity, to: OpenMetadataEntity, description: String? = null) {
        val edge = EntitiesEdge(fromEntity = referenceTo(from), toEntity = referenceTo(to), description = description)
        call(HttpMethod.Put, "/lineage", body = KatalogJson.encode(AddLineage.serializer(), AddLineage(edge)))
    }

    /** The lineage around the [kind] entity named [fqn], [upstreamDepth] and [downstreamDepth] hops each way. */
    public suspend fun lineage(kind: EntityKind<*>, fqn: String, upstreamDepth: Int = 1, downstreamDepth: Int = 1): EntityLineage {
        Fqn.split(fqn)
        if (upstreamDepth < 0 || downstreamDepth < 0) throw OpenMetadataException.Usage("Lineage depths must be 0 or more", "Pass 0 for no hops in a direction")
        val query = listOf("upstreamDepth" to upstreamDepth.toString(), "downstreamDepth" to downstreamDepth.toString())
        return decode(EntityLineage.serializer(), call(HttpMethod.Get, "/lineage/${kind.type}/name/${encodePath(fqn)}", query))
    }

    /** A reference to [entity], as lineage edges and owners take it. */
    public fun referenceTo(entity: OpenMetadataEntity): EntityReference =
        EntityReference(id = entity.id, type = kindOf(entity).type, fullyQualifiedName = entity.fullyQualifiedName)

    // ---- plumbing ----

    override fun close() {
        scope.coroutineContext[Job]?.cancel()
        transport.close()
        ownedEngine?.close()
    }

    override fun toString(): String = "OpenMetadataClient($baseUrl)"

    private suspend fun call(
        method: HttpMethod, path: String, query: List<Pair<String, String>> = emptyList(), body: String? = null,
        contentType: ContentType = ContentType.Application.Json,
    ): String {
        ensureCompatible()
        return transport.call(method, API + path, query, body, contentType = contentType)
    }

    private suspend fun ensureCompatible() {
        if (compatible) return
        compatibility.withLock { if (!compatible) checkCompatibility() }
    }

    private suspend fun <T> orNull(block: suspend () -> T): T? = try {
        block()
    } catch (e: OpenMetadataException.NotFound) {
        null
    }

    private fun <E : OpenMetadataEntity> kindOf(entity: E): EntityKind<E> {
        @Suppress("UNCHECKED_CAST")
        return EntityKinds.of(entity::class) as EntityKind<E>
    }

    private fun <T> decode(serializer: KSerializer<T>, body: String): T = try {
        KatalogJson.decode(serializer, body)
    } catch (e: ModelDecodeException) {
        throw unreadable(e.message ?: "unreadable JSON", e)
    }

    private fun <T> decode(serializer: KSerializer<T>, element: JsonElement): T = try {
        KatalogJson.decode(serializer, element)
    } catch (e: ModelDecodeException) {
        throw unreadable(e.message ?: "unreadable JSON", e)
    }

    private fun unreadable(problem: String, cause: Throwable?) = OpenMetadataException.Api(
        "The server's answer could not be read: $problem", null, null,
        "The server may speak another OpenMetadata version than $SUPPORTED_VERSION, or a proxy changed the answer", cause,
    )

    private class Dialect(private val errors: OpenMetadataErrorTranslator) : TransportDialect {
        override val requestIdHeader = "X-Request-Id"
        override val headers = mapOf("Accept" to "application/json", "User-Agent" to "katalog-kotlin/0.1.0 (openmetadata)")
        override val builderName = "OpenMetadataClient.builder()"

        override fun connectionFailure(message: String, requestId: String, hint: String, cause: Throwable): RuntimeException =
            OpenMetadataException.ApiConnection(message, requestId, hint, cause)

        override fun answerFailure(status: Int, body: String, contentType: String?, requestId: String, retryAfter: Long?, retries: Int): RuntimeException =
            errors.translate(status, body, contentType, requestId, retryAfter, retries)
    }

    /** Builds an [OpenMetadataClient]: the base URL and a JWT (string or file) are required, the rest has defaults. */
    public class Builder internal constructor() {
        private var baseUrl: String? = null
        private var jwt: String? = null
        private var jwtFile: Path? = null
        internal var retryPolicy: RetryPolicy = DEFAULT_RETRY_POLICY
        internal var connectTimeout: Duration = Duration.ofSeconds(30)
        internal var readTimeout: Duration = Duration.ofSeconds(120)
        internal var maxConcurrentRequests: Int = 16
        internal var checkServerVersion: Boolean = true
        internal var engine: HttpClientEngine? = null
        internal var trustStore: KeyStore? = null
        private var proxy: ProxySettings? = null
        private var proxyFromEnvironment = true

        /** The server, e.g. `http://localhost:8585` (a trailing `/api` or `/api/v1` is dropped). */
        public fun baseUrl(value: String): Builder = apply { baseUrl = value.trim().trimEnd('/').removeSuffix("/api/v1").removeSuffix("/api") }
        /** Authenticate with this JWT (a bot's token). */
        public fun jwt(token: String): Builder = apply { jwt = token; jwtFile = null }
        /** Authenticate with the JWT in [file], read again after a 401 so that rotated tokens are picked up. */
        public fun jwtFile(file: Path): Builder = apply { jwtFile = file; jwt = null }
        /** Retries: by default 5, on 429 (honouring Retry-After), 500, 502, 503, 504 and connection failures. */
        public fun retryPolicy(value: RetryPolicy): Builder = apply { retryPolicy = value }
        public fun connectTimeout(value: Duration): Builder = apply { connectTimeout = positive(value, "connectTimeout") }
        /** How long a call may wait for its answer (2 minutes by default). */
        public fun readTimeout(value: Duration): Builder = apply { readTimeout = positive(value, "readTimeout") }
        public fun maxConcurrentRequests(value: Int): Builder = apply {
            if (value < 1) throw OpenMetadataException.Usage("maxConcurrentRequests must be at least 1, was $value", "Use 16 (the default) or fewer for a small server")
            maxConcurrentRequests = value
        }
        /** Whether to refuse a server whose major.minor version is not [SUPPORTED_VERSION] (true by default). */
        public fun checkServerVersion(value: Boolean): Builder = apply { checkServerVersion = value }
        /** Use this proxy, or none with null; by default the proxy comes from HTTPS_PROXY / HTTP_PROXY / NO_PROXY. */
        public fun proxy(value: ProxySettings?): Builder = apply { proxy = value; proxyFromEnvironment = false }
        /**
         * Trust the certificates of [keyStore] (a private CA, or a self-signed server) instead of the JDK's
         * defaults. TLS verification is always on: without this, only publicly trusted certificates pass.
         */
        public fun trustStore(keyStore: KeyStore): Builder = apply { trustStore = keyStore }
        /** Use this Ktor engine (tests use MockEngine); the client does not close an engine it was given. */
        public fun engine(value: HttpClientEngine): Builder = apply { engine = value }

        public fun build(): OpenMetadataClient = OpenMetadataClient(this)

        internal fun chosenProxy(): ProxySettings? = if (proxyFromEnvironment) ProxySettings.fromEnvironment(url()) else proxy

        internal fun url(): String {
            val url = baseUrl ?: throw OpenMetadataException.Usage("No base URL", "Set it with baseUrl(\"http://localhost:8585\") or OPENMETADATA_BASE_URL")
            dev.katalog.client.core.BaseUrl.schemeProblem(url, "an OpenMetadata server")?.let { throw OpenMetadataException.Usage(it.problem, it.fix) }
            return url
        }

        internal fun jwtSource(): JwtSource = jwt?.let(JwtSource::ofToken) ?: jwtFile?.let(JwtSource::ofFile)
            ?: throw OpenMetadataException.Usage("No JWT", "Pass jwt(token) or jwtFile(path), or set OPENMETADATA_JWT_TOKEN or OPENMETADATA_JWT_TOKEN_FILE")

        private fun positive(value: Duration, name: String): Duration {
            if (value.isNegative || value.isZero) throw OpenMetadataException.Usage("$name must be positive, was $value", "Use a positive Duration, e.g. Duration.ofSeconds(30)")
            return value
        }
    }

    public companion object {
        /** The OpenMetadata API major.minor this SDK is generated from and checks servers against. */
        public const val SUPPORTED_VERSION: String = "1.4"

        private const val API = "/api/v1"
        private val JSON_PATCH = ContentType("application", "json-patch+json")

        /** Retries 429s and server failures, not 403s: OpenMetadata's permissions do not lag as Atlan's do. */
        @JvmField
        public val DEFAULT_RETRY_POLICY: RetryPolicy = RetryPolicy.DEFAULT.toBuilder().retryStatuses(setOf(429, 500, 502, 503, 504)).build()

        @JvmStatic
        public fun builder(): Builder = Builder()

        /**
         * A client configured from [env]: `OPENMETADATA_BASE_URL` (e.g. `http://localhost:8585`), and
         * `OPENMETADATA_JWT_TOKEN` or `OPENMETADATA_JWT_TOKEN_FILE`; proxies from `HTTPS_PROXY`/`HTTP_PROXY`/`NO_PROXY`.
         */
        @JvmStatic
        @JvmOverloads
        public fun fromEnv(env: Map<String, String> = System.getenv()): OpenMetadataClient {
            val builder = builder().baseUrl(
                env["OPENMETADATA_BASE_URL"]?.takeIf { it.isNotBlank() }
                    ?: throw OpenMetadataException.Usage("OPENMETADATA_BASE_URL is not set", "Set it to the server, e.g. http://localhost:8585"),
            )
            val token = env["OPENMETADATA_JWT_TOKEN"]
            val file = env["OPENMETADATA_JWT_TOKEN_FILE"]
            when {
                !token.isNullOrBlank() -> builder.jwt(token)
                !file.isNullOrBlank() -> builder.jwtFile(Path.of(file))
                else -> throw OpenMetadataException.Usage("Neither OPENMETADATA_JWT_TOKEN nor OPENMETADATA_JWT_TOKEN_FILE is set", "Set one of them to the bot's JWT or a file holding it")
            }
            if (env !== System.getenv()) builder.proxy(ProxySettings.fromEnvironment(builder.url(), env))
            return builder.build()
        }

        private fun encodePath(segment: String): String = java.net.URLEncoder.encode(segment, Charsets.UTF_8).replace("+", "%20")

        private fun fieldsQuery(fields: List<String>): List<Pair<String, String>> =
            if (fields.isEmpty()) emptyList() else listOf("fields" to fields.joinToString(","))

        private fun checkId(id: String): String {
            if (runCatching { java.util.UUID.fromString(id) }.isFailure) {
                throw OpenMetadataException.Usage("\"${id.take(60)}\" is not an entity id", "Ids are UUIDs; to find an entity by its name use getByName")
            }
            return id
        }
    }
}
