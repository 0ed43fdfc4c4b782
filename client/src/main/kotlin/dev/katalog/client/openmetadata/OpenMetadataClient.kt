package dev.katalog.client.openmetadata

import dev.katalog.client.core.Environment
import dev.katalog.client.core.JavaBridge
import dev.katalog.client.core.RetryPolicy
import dev.katalog.client.core.UsageException
import dev.katalog.client.http.HttpConnection
import dev.katalog.client.openmetadata.calls.OpenMetadataCalls
import dev.katalog.client.openmetadata.calls.TransportCalls
import dev.katalog.client.openmetadata.calls.openMetadataDialect
import dev.katalog.client.openmetadata.entities.EntitiesApi
import dev.katalog.client.openmetadata.export.ServiceExportApi
import dev.katalog.client.openmetadata.access.RoleAssignmentsApi
import dev.katalog.client.openmetadata.customproperties.CustomPropertiesApi
import dev.katalog.client.openmetadata.domains.DomainsApi
import dev.katalog.client.openmetadata.lineage.LineageApi
import dev.katalog.client.openmetadata.quality.DataQualityApi
import dev.katalog.client.openmetadata.search.SearchApi
import dev.katalog.client.openmetadata.system.SystemApi
import dev.katalog.client.openmetadata.tables.TableDataApi
import dev.katalog.client.openmetadata.tree.OpenMetadataTreePlanner
import dev.katalog.client.openmetadata.tree.TreesApi
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.Job
import kotlinx.coroutines.SupervisorJob
import java.nio.file.Path

/**
 * A client of one OpenMetadata server (1.4 API, or the local catalog's), one sub-API per domain: [entities],
 * [search], [lineage], [tables], [dataQuality], [domains], [roles], [customProperties], [trees], [export] and [system]. Every operation suspends; failures are `OpenMetadataException`s,
 * and absence is an exception too except in the `…OrNull` calls. Before the first call the server's major.minor
 * version is checked against [SUPPORTED_VERSION] (opt out with `checkServerVersion(false)`). Each client has its
 * own connection pool and rate limit; close it to release them. Java callers use [java].
 *
 * ```
 * OpenMetadataClient("http://localhost:8585", jwt).use { om ->
 *     val orders = om.entities.getByName<Table>(Fqn.build("warehouse", "sales", "eu.west", "orders"), fields = listOf("tags"))
 * }
 * ```
 */
public class OpenMetadataClient internal constructor(public val options: OpenMetadataClientOptions) : AutoCloseable {
    private val connection = HttpConnection(options.connection, ::openMetadataDialect, options.jwt)
    private val calls: OpenMetadataCalls = TransportCalls(connection.transport, options.baseUrl, options.checkServerVersion)

    /** Runs the Java twins' coroutines; closing the client cancels what is still running. */
    internal val scope = CoroutineScope(SupervisorJob() + Dispatchers.Default)

    /** The server's version, and whether this SDK speaks it. */
    public val system: SystemApi = SystemApi(calls)

    /** Reading, listing, creating, patching and deleting entities, with versions. */
    public val entities: EntitiesApi = EntitiesApi(calls)

    /** Searching the server's indexes. */
    public val search: SearchApi = SearchApi(calls)

    /** Lineage edges between entities. */
    public val lineage: LineageApi = LineageApi(calls)

    /** What the server keeps beside a table: sample data, profiler config, profiles and usage. */
    public val tables: TableDataApi = TableDataApi(calls)

    /** Data quality: test definitions, a table's executable suite, test cases and their results. */
    public val dataQuality: DataQualityApi = DataQualityApi(calls)

    /** Domains and data products: sub-domains, a domain's products, a product's assets. */
    public val domains: DomainsApi = DomainsApi(calls, entities)

    /** Custom properties: property types, an entity type's properties, an entity's values set, removed and read. */
    public val customProperties: CustomPropertiesApi = CustomPropertiesApi(calls, entities)

    /** A user's roles, and who holds a role. */
    public val roles: RoleAssignmentsApi = RoleAssignmentsApi(entities)

    /** Asset trees as code: plan and apply `catalog { … }`. */
    public val trees: TreesApi = TreesApi(OpenMetadataTreePlanner(entities, lineage))

    /** An existing database service and glossaries as a `catalog { … }` definition, the way back from [trees]. */
    public val export: ServiceExportApi = ServiceExportApi(entities, lineage)

    /** A client of the server at [baseUrl] (e.g. `http://localhost:8585`) authenticating with the JWT [jwt]. */
    public constructor(baseUrl: String, jwt: String) : this(builder().baseUrl(baseUrl).jwt(jwt).options())

    /** The same sub-APIs with CompletableFutures and Streams, for Java. */
    public fun java(): OpenMetadataClientFutures = OpenMetadataClientFutures(this, JavaBridge(scope))

    override fun close() {
        scope.coroutineContext[Job]?.cancel()
        connection.close()
    }

    override fun toString(): String = "OpenMetadataClient(${options.baseUrl})"

    public companion object {
        /** The OpenMetadata API major.minor this SDK is generated from and checks servers against. */
        public const val SUPPORTED_VERSION: String = OpenMetadataCalls.SUPPORTED_VERSION

        /** Retries 429s and server failures, not 403s: OpenMetadata's permissions do not lag as Atlan's do. */
        @JvmField
        public val DEFAULT_RETRY_POLICY: RetryPolicy = RetryPolicy.DEFAULT.toBuilder().retryStatuses(setOf(429, 500, 502, 503, 504)).build()

        @JvmStatic
        public fun builder(): OpenMetadataClientBuilder = OpenMetadataClientBuilder()

        /**
         * A client configured from [env]: `OPENMETADATA_BASE_URL` (e.g. `http://localhost:8585`), and
         * `OPENMETADATA_JWT_TOKEN` or `OPENMETADATA_JWT_TOKEN_FILE`; proxies from `HTTPS_PROXY`/`HTTP_PROXY`/`NO_PROXY`.
         */
        @JvmStatic
        @JvmOverloads
        public fun fromEnv(env: Map<String, String> = System.getenv()): OpenMetadataClient {
            val vars = Environment(env)
            val baseUrl = vars.required("OPENMETADATA_BASE_URL", "Set it to the server, e.g. http://localhost:8585")
            val builder = builder().baseUrl(baseUrl)
            val token = vars.optional("OPENMETADATA_JWT_TOKEN")
            val file = vars.optional("OPENMETADATA_JWT_TOKEN_FILE")
            when {
                token != null -> builder.jwt(token)
                file != null -> builder.jwtFile(Path.of(file))
                else -> throw UsageException("Neither OPENMETADATA_JWT_TOKEN nor OPENMETADATA_JWT_TOKEN_FILE is set", "Set one of them to the bot's JWT or a file holding it")
            }
            vars.applyProxy(builder, baseUrl)
            return builder.build()
        }
    }
}
