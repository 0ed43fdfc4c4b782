package dev.katalog.client

import dev.katalog.client.atlan.AtlanException
import dev.katalog.client.access.AccessApi
import dev.katalog.client.datamesh.DataMeshApi
import dev.katalog.client.assets.AssetsApi
import dev.katalog.client.audit.AuditApi
import dev.katalog.client.atlan.TransportCalls
import dev.katalog.client.atlan.atlanDialect
import dev.katalog.client.auth.TokenExchanges
import dev.katalog.client.cache.ConnectionCache
import dev.katalog.client.core.Environment
import dev.katalog.client.custommetadata.CustomMetadataApi
import dev.katalog.client.directory.DirectoryApi
import dev.katalog.client.glossary.GlossaryApi
import dev.katalog.client.http.HttpConnection
import dev.katalog.client.lineage.LineageApi
import dev.katalog.client.search.SearchApi
import dev.katalog.client.tags.TagsApi
import dev.katalog.client.tokens.TokensApi
import dev.katalog.client.tree.TreePlanner
import dev.katalog.client.tree.TreesApi
import dev.katalog.client.names.AtlanTagCache
import dev.katalog.client.names.CatalogNames
import dev.katalog.client.names.CustomMetadataCache
import dev.katalog.client.names.KnownNames
import dev.katalog.client.typedefs.TypeDefsApi
import dev.katalog.model.atlan.typedef.TypeCategory
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.Job
import kotlinx.coroutines.SupervisorJob

/**
 * A client of one Atlan tenant (or of the local catalog), one sub-API per domain: [assets], [search], [tags],
 * [customMetadata], [typeDefs], [directory], [glossary], [tokens], [audit] and [trees]. Every operation suspends and returns typed results;
 * failures are `AtlanException`s, never nulls. Each client has its own connection pool, rate limit and caches;
 * close it to release them. Java callers use [java].
 *
 * ```
 * AtlanClient("https://acme.atlan.com", apiKey).use { client ->
 *     client.search.stream(Table) { where(Table.ROW_COUNT gt 1_000_000) }.collect { println(it.qualifiedName) }
 * }
 * ```
 */
public class AtlanClient internal constructor(public val options: AtlanClientOptions) : AutoCloseable {
    private val exchanges: TokenExchanges = TokenExchanges { calls }
    private val connection = HttpConnection(options.connection, ::atlanDialect, exchanges.sourceFor(options.credentials))
    private val calls: TransportCalls = TransportCalls(connection.transport, { names }) { directory.roleIds.translate(it) }

    /** Runs the Java twins' coroutines; closing the client cancels what is still running. */
    internal val scope = CoroutineScope(SupervisorJob() + Dispatchers.Default)

    /** Atlan tag and custom metadata names, shared by every sub-API (read through [tags] and [customMetadata]). */
    private val tagCache = AtlanTagCache { typeDefs.list(TypeCategory.CLASSIFICATION).classificationDefs.orEmpty() }
    private val customMetadataCache = CustomMetadataCache { typeDefs.list(TypeCategory.BUSINESS_METADATA, TypeCategory.ENUM) }

    /** Type definitions: Atlan tags, custom metadata sets, and the rest. */
    public val typeDefs: TypeDefsApi = TypeDefsApi(calls, tagCache, customMetadataCache)

    /** The names saves and searches are checked against, and translated with, before they are sent. */
    private val names = CatalogNames(KnownNames { typeDefs.list(TypeCategory.ENTITY) }, tagCache, customMetadataCache)

    /** Saving, reading, deleting and restoring assets, one by one or in batches. */
    public val assets: AssetsApi = AssetsApi(calls)

    /** Searching the index: pages, lazy streams, counts and aggregations. */
    public val search: SearchApi = SearchApi(calls, options.searchWindowThreshold)

    /** Atlan tags on assets, by their human names. */
    public val tags: TagsApi = TagsApi(assets, tagCache)

    /** Custom metadata on assets, by the human names of sets and attributes. */
    public val customMetadata: CustomMetadataApi = CustomMetadataApi(calls, assets, customMetadataCache)

    /** Users, groups and roles. */
    public val directory: DirectoryApi = DirectoryApi(calls)

    /** Glossaries, terms and categories by name; terms on assets. */
    public val glossary: GlossaryApi = GlossaryApi(calls, assets, search)

    /** Personas and purposes, with their policies. */
    public val access: AccessApi = AccessApi(assets, search, tags, directory)

    /** Data mesh: domains, subdomains and data products by name, and the assets a product selects. */
    public val dataMesh: DataMeshApi = DataMeshApi(calls, search)

    /** API tokens: create (the secret shown once), list, update, delete. */
    public val tokens: TokensApi = TokensApi(calls)

    /** The audit trail: who changed which asset, and when. */
    public val audit: AuditApi = AuditApi(calls)

    /** Lineage: what is upstream and downstream of an asset. */
    public val lineage: LineageApi = LineageApi(calls)

    /** Asset trees as code: plan and apply `catalog { … }`. */
    public val trees: TreesApi = TreesApi(TreePlanner(calls, assets, search, ConnectionCache { search.stream(it) }, directory.names, directory.roleIds, customMetadataCache))

    /** An existing estate as code: a connection and glossaries written as a `*.catalog.kts` definition. */
    public val export: dev.katalog.client.export.ExportApi = dev.katalog.client.export.ExportApi(calls, search, customMetadataCache)

    /** A client with [baseUrl] and an API token [apiKey], other options at their defaults. */
    public constructor(baseUrl: String, apiKey: String) : this(builder().baseUrl(baseUrl).apiToken(apiKey).options())

    /** The same sub-APIs with CompletableFutures, Streams and Iterables, for Java. */
    public fun java(): AtlanClientFutures = AtlanClientFutures(this, dev.katalog.client.core.JavaBridge(scope))

    override fun close() {
        scope.coroutineContext[Job]?.cancel()
        connection.close()
    }

    override fun toString(): String = "AtlanClient(${options.baseUrl})"

    public companion object {
        @JvmStatic
        public fun builder(): AtlanClientBuilder = AtlanClientBuilder()

        /**
         * A client configured from the environment: `ATLAN_BASE_URL`, and `ATLAN_API_KEY` or
         * `ATLAN_OAUTH_CLIENT_ID` + `ATLAN_OAUTH_CLIENT_SECRET`; proxies from `HTTPS_PROXY`/`HTTP_PROXY`/`NO_PROXY`.
         */
        @JvmStatic
        @JvmOverloads
        public fun fromEnv(env: Map<String, String> = System.getenv()): AtlanClient {
            val vars = Environment(env)
            val baseUrl = vars.required("ATLAN_BASE_URL", "Set it to your tenant, e.g. https://acme.atlan.com")
            val builder = builder().baseUrl(baseUrl)
            val apiKey = vars.optional("ATLAN_API_KEY")
            val clientId = vars.optional("ATLAN_OAUTH_CLIENT_ID")
            val clientSecret = vars.optional("ATLAN_OAUTH_CLIENT_SECRET")
            when {
                apiKey != null -> builder.apiToken(apiKey)
                clientId != null && clientSecret != null -> builder.oauthClient(clientId, clientSecret)
                else -> throw dev.katalog.client.core.UsageException("No credentials in the environment", "Set ATLAN_API_KEY, or ATLAN_OAUTH_CLIENT_ID and ATLAN_OAUTH_CLIENT_SECRET")
            }
            vars.applyProxy(builder, baseUrl)
            return builder.build()
        }

        /**
         * A client for the API token with [guid], the escalation client read from `CLIENT_ID` and
         * `CLIENT_SECRET` and the tenant from `ATLAN_BASE_URL`.
         */
        @JvmStatic
        @JvmOverloads
        public fun fromTokenGuid(guid: String, env: Map<String, String> = System.getenv()): AtlanClient {
            val vars = Environment(env)
            return builder()
                .baseUrl(vars.required("ATLAN_BASE_URL", "Set it to your tenant, e.g. https://acme.atlan.com"))
                .apiTokenGuid(
                    guid,
                    vars.required("CLIENT_ID", "Set it to the escalation client's id"),
                    vars.required("CLIENT_SECRET", "Set it to the escalation client's secret"),
                ).build()
        }
    }
}
