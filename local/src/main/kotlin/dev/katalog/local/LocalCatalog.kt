package dev.katalog.local

import dev.katalog.local.audit.AuditSearch
import dev.katalog.local.audit.AuditTrail
import dev.katalog.local.directory.ApiKey
import dev.katalog.local.directory.ApiTokens
import dev.katalog.local.directory.Directory
import dev.katalog.local.http.ApiGuard
import dev.katalog.local.http.CallRecorder
import dev.katalog.local.http.CatalogRoutes
import dev.katalog.local.http.Chaos
import dev.katalog.local.http.DirectoryRoutes
import dev.katalog.local.http.TokenAuthority
import dev.katalog.local.http.TrafficCounter
import dev.katalog.local.openmetadata.ComputedFields
import dev.katalog.local.openmetadata.DataQualityService
import dev.katalog.local.openmetadata.EntityIndex
import dev.katalog.local.openmetadata.EntityService
import dev.katalog.local.lineage.LineageGraphAnswer
import dev.katalog.local.lineage.LineageGraphCache
import dev.katalog.local.lineage.LineageList
import dev.katalog.local.openmetadata.LineageService
import dev.katalog.local.openmetadata.OpenMetadataRoutes
import dev.katalog.local.openmetadata.TableDataService
import dev.katalog.local.openmetadata.UsageService
import dev.katalog.local.openmetadata.OpenMetadataSearch
import dev.katalog.local.opensearch.EmbeddedOpenSearch
import dev.katalog.local.opensearch.OpenSearchClient
import dev.katalog.local.search.IndexSearch
import dev.katalog.local.store.AssetDeleter
import dev.katalog.local.store.AssetIndex
import dev.katalog.local.store.AssetReader
import dev.katalog.local.store.AssetWriter
import dev.katalog.local.store.PartialUpdater
import dev.katalog.local.store.CatalogStore
import dev.katalog.local.store.CustomMetadataWriter
import dev.katalog.local.store.RandomNames
import dev.katalog.local.store.TypeRegistry
import dev.katalog.local.typedef.TypeDefService
import io.ktor.server.engine.EmbeddedServer
import io.ktor.server.engine.connector
import io.ktor.server.engine.embeddedServer
import io.ktor.server.netty.Netty
import io.ktor.server.netty.NettyApplicationEngine
import kotlinx.coroutines.runBlocking
import org.slf4j.LoggerFactory
import java.nio.file.Files
import java.nio.file.Path
import java.time.Duration

/**
 * An Atlan-compatible catalog server on OpenSearch, also serving OpenMetadata's API under `/api/v1`, started and
 * stopped in-process.
 *
 * `LocalCatalog.builder().dataDir(dir).build().start().use { catalog -> client(catalog.baseUrl, catalog.apiToken) }`
 */
public class LocalCatalog private constructor(private val settings: Builder) : AutoCloseable {
    private val log = LoggerFactory.getLogger(LocalCatalog::class.java)
    private var server: EmbeddedServer<NettyApplicationEngine, NettyApplicationEngine.Configuration>? = null
    private var openSearch: EmbeddedOpenSearch? = null
    private var temporaryDir: Path? = null

    /** The token every API call must present as `Authorization: Bearer <token>`. */
    public val apiToken: String = settings.apiToken ?: RandomNames.token()

    /** The port the server listens on, once started. */
    public var port: Int = 0
        private set

    /** The server's base URL, such as `http://127.0.0.1:21000`, once started. */
    public val baseUrl: String get() = "http://${settings.host}:$port"

    /** The OpenSearch this catalog uses, once started: a second catalog can share the node (with its own [Builder.indexPrefix]). */
    public var openSearchUrl: String = ""
        private set

    private val counter = TrafficCounter()

    /** The API calls this catalog has received and is serving. */
    public val traffic: CallTraffic = CallTraffic(counter)

    private val recordingOrNull: RequestRecording? =
        if (settings.recording) RequestRecording(settings.recordingFile, settings.recordingCapacity) else null

    /**
     * The requests this catalog has received, for a test to assert what a client sent; only when it was built
     * with [Builder.record], else an [IllegalStateException] that says so.
     */
    public val recording: RequestRecording
        get() = recordingOrNull ?: throw IllegalStateException("This catalog does not record requests: build it with LocalCatalog.builder().record() or .record(path)")

    /** Every request kept by the [recording], oldest first. */
    public fun recordedRequests(): List<RecordedRequest> = recording.all()

    /** The directory holding the catalog's data. */
    public lateinit var dataDir: Path
        private set

    /** Starts the search backend and the HTTP server; returns when requests are accepted, else throws [LocalCatalogException]. */
    @Synchronized
    public fun start(): LocalCatalog {
        check(server == null) { "This catalog is already started" }
        try {
            launch()
        } catch (e: Exception) {
            // A half-started catalog would leave the embedded node and its ports behind.
            stop()
            throw if (e is LocalCatalogException) e else LocalCatalogException("The local catalog did not start: ${e.message}", e)
        }
        return this
    }

    private fun launch() {
        val started = System.nanoTime()
        fun elapsed() = (System.nanoTime() - started) / 1_000_000
        // Before anything slow: a recording that cannot be written fails the start at once.
        recordingOrNull?.open()
        dataDir = settings.dataDir ?: Files.createTempDirectory("katalog-local").also { temporaryDir = it }
        Files.createDirectories(dataDir)
        val searchUrl = settings.openSearchUrl ?: EmbeddedOpenSearch(dataDir.resolve("opensearch")).also { openSearch = it }.start().url
        openSearchUrl = searchUrl
        log.info("OpenSearch at {} after {} ms", searchUrl, elapsed())
        val client = OpenSearchClient(searchUrl)
        val types = TypeRegistry(BundledTypeDefs.load(settings.typeDefsFile))
        val store = CatalogStore(types, AssetIndex(client, "${settings.indexPrefix}assets", shared = settings.openSearchUrl != null), client, settings.indexPrefix)
        val typeDefs = TypeDefService(store)
        val openMetadataIndex = EntityIndex(client, settings.indexPrefix)
        val audit = AuditTrail(client, settings.indexPrefix, shared = settings.openSearchUrl != null)
        runBlocking {
            awaitCluster(client, settings.startTimeout)
            audit.ensure()
            val rebuilding = store.index.ensure(store.mapping)
            openMetadataIndex.ensure()
            typeDefs.load()
            // Documents are made again only once created custom metadata is known, so its values are indexed too.
            if (rebuilding) store.index.restore(store.document())
        }
        log.info("Indexes ready after {} ms", elapsed())
        val reader = AssetReader(store)
        val apiTokens = ApiTokens(settings.apiKeys)
        val tokens = TokenAuthority(apiToken, settings.oauthClients + settings.apiKeys.associate { it.clientId to it.clientSecret }, apiTokenUsers = apiTokens::userOf)
        val recorder = recordingOrNull?.let { recording ->
            CallRecorder { call, arrived, body, status -> recording.add(RequestCapture.capture(call, arrived, body, status)) }
        }
        val guard = ApiGuard(tokens, Chaos.parse(settings.chaos), settings.maxBodyBytes, counter, recorder)
        val writer = AssetWriter(store, audit)
        val lineageEdges = LineageGraphCache(store.index)
        val routes = CatalogRoutes(
            writer = writer,
            customMetadata = CustomMetadataWriter(store, audit),
            reader = reader,
            deleter = AssetDeleter(store, audit),
            search = IndexSearch(store, reader),
            typeDefs = typeDefs,
            directory = DirectoryRoutes(Directory(), apiTokens, guard),
            audit = AuditSearch(audit, store.index),
            apiKeys = settings.apiKeys.toList(),
            tokens = tokens,
            guard = guard,
            partial = PartialUpdater(store, writer),
            lineage = LineageList(store, lineageEdges),
            lineageGraph = LineageGraphAnswer(store, lineageEdges),
        )
        val openMetadata = OpenMetadataRoutes(
            entities = EntityService(openMetadataIndex),
            lineage = LineageService(openMetadataIndex),
            search = OpenMetadataSearch(openMetadataIndex),
            computed = ComputedFields(openMetadataIndex),
            tableData = TableDataService(openMetadataIndex),
            usage = UsageService(openMetadataIndex),
            dataQuality = DataQualityService(openMetadataIndex),
            guard = guard,
        )
        // The catalog stops its server itself (stop(), or LocalCatalogMain's hook); a second hook from Ktor would race it.
        if (System.getProperty(KTOR_SHUTDOWN_HOOK) == null) System.setProperty(KTOR_SHUTDOWN_HOOK, "false")
        val engine = embeddedServer(Netty, configure = {
            connector { host = settings.host; port = settings.port }
            // Bulk deletes carry every GUID in the query string.
            maxInitialLineLength = 1024 * 1024
            maxHeaderSize = 64 * 1024
            shutdownGracePeriod = 200
            shutdownTimeout = 2_000
        }) {
            openMetadata.install(this)
            routes.install(this)
        }
        engine.start(wait = false)
        server = engine
        port = runBlocking { engine.engine.resolvedConnectors().first().port }
        log.info("Local catalog serving {} after {} ms", baseUrl, elapsed())
    }

    /** Stops the HTTP server and the embedded search node; a temporary data directory is removed. */
    @Synchronized
    public fun stop() {
        server?.stop(200, 2_000)
        server = null
        openSearch?.close()
        openSearch = null
        recordingOrNull?.close()
        temporaryDir?.let { dir -> dir.toFile().deleteRecursively() }
        temporaryDir = null
    }

    override fun close(): Unit = stop()

    /** Options of a [LocalCatalog]; every one has a default. */
    public class Builder internal constructor() {
        internal var host: String = "127.0.0.1"
        internal var port: Int = 0
        internal var apiToken: String? = null
        internal var dataDir: Path? = null
        internal var openSearchUrl: String? = null
        internal var indexPrefix: String = "katalog_"
        internal var chaos: String? = null
        internal var maxBodyBytes: Long = 64L * 1024 * 1024
        internal var typeDefsFile: Path? = null
        internal val oauthClients = LinkedHashMap<String, String>()
        internal var startTimeout: Duration = Duration.ofSeconds(120)
        internal val apiKeys = ArrayList<ApiKey>()
        internal var recording = false
        internal var recordingFile: Path? = null
        internal var recordingCapacity = RequestRecording.DEFAULT_CAPACITY

        /** The address to listen on (default 127.0.0.1). */
        public fun host(host: String): Builder = apply { this.host = host }

        /** The port to listen on; 0 (the default) picks a free one. */
        public fun port(port: Int): Builder = apply { this.port = port }

        /** The API token to accept (default: a random one, see [LocalCatalog.apiToken]). */
        public fun apiToken(token: String): Builder = apply { this.apiToken = token }

        /** Where data is kept across restarts (default: a temporary directory removed on stop). */
        public fun dataDir(dir: Path): Builder = apply { this.dataDir = dir }

        /**
         * An external OpenSearch to use instead of the embedded node. Other catalogs may share its indexes, so each
         * write is refreshed before it is answered (the embedded node refreshes only when a search needs it).
         */
        public fun openSearchUrl(url: String): Builder = apply { this.openSearchUrl = url }

        /** The prefix of the index names in OpenSearch (default `katalog_`). */
        public fun indexPrefix(prefix: String): Builder = apply { this.indexPrefix = prefix.lowercase() }

        /** Fault injection, e.g. `429=0.05,503=0.05,reset=0.01,latency=20ms,seed=7`. */
        public fun chaos(spec: String): Builder = apply { Chaos.parse(spec); this.chaos = spec }

        /** The largest request body accepted; larger ones get 413 (default 64 MiB). */
        public fun maxBodyBytes(bytes: Long): Builder = apply { this.maxBodyBytes = bytes }

        /** Type definitions to serve instead of the built-in typedefs.json. */
        public fun typeDefs(file: Path): Builder = apply { this.typeDefsFile = file }

        /** OAuth client credentials that may exchange for a token at `/api/service/oauth-clients/token`. */
        public fun oauthClient(clientId: String, clientSecret: String): Builder = apply { oauthClients[clientId] = clientSecret }

        /**
         * An API token known by [guid] for the token-GUID start-up: an OAuth client (see [oauthClient]) reads its
         * client credentials, which then exchange for an access token.
         */
        public fun apiKey(guid: String, clientId: String, clientSecret: String): Builder = apply { apiKeys += ApiKey(guid, clientId, clientSecret) }

        /**
         * Record every API request received (method, path, query, body, time, answer status), for
         * [LocalCatalog.recording]; the Authorization header is never recorded, secret values are masked.
         */
        public fun record(): Builder = apply { recording = true; recordingFile = null }

        /**
         * Like [record], also writing each request as one JSON line to [file] (emptied at start). A file that
         * cannot be written fails [start] with a [RecordingFileException] naming it.
         */
        public fun record(file: Path): Builder = apply { recording = true; recordingFile = file }

        /** How many recorded requests stay in memory, the most recent (default 10,000; the file keeps all). */
        public fun recordingCapacity(requests: Int): Builder = apply {
            require(requests >= 1) { "recordingCapacity must be at least 1, was $requests" }
            recordingCapacity = requests
        }

        /** How long to wait for OpenSearch to answer at start (default 120 s). */
        public fun startTimeout(timeout: Duration): Builder = apply { this.startTimeout = timeout }

        /** A catalog with these options, not yet started. */
        public fun build(): LocalCatalog = LocalCatalog(this)
    }

    public companion object {
        private const val KTOR_SHUTDOWN_HOOK = "io.ktor.server.engine.ShutdownHook"

        /** Options for a new catalog. */
        @JvmStatic
        public fun builder(): Builder = Builder()
    }
}
