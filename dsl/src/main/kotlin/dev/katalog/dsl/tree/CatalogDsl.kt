package dev.katalog.dsl.tree

import dev.katalog.model.atlan.asset.Connector
import dev.katalog.model.openmetadata.entity.services.DashboardServiceType
import dev.katalog.model.openmetadata.entity.services.MessagingServiceType
import dev.katalog.model.openmetadata.entity.services.MlModelServiceType
import dev.katalog.model.openmetadata.entity.services.PipelineServiceType
import dev.katalog.model.openmetadata.entity.services.SearchServiceType
import dev.katalog.model.openmetadata.entity.services.StorageServiceType

/** Keeps nested tree scopes from reaching the receivers of outer ones (no `term` inside a `table`). */
@DslMarker
public annotation class CatalogDslMarker

/**
 * A tree of assets, declared:
 * ```
 * catalog {
 *   connection("analytics", Connector.SNOWFLAKE) {
 *     adminUsers("admin")
 *     database("SALES") { schema("PUBLIC") { table("ORDERS") { rowCount(42); column("ID", dataType = "NUMBER") } } }
 *   }
 *   glossary("Metrics") { term("Revenue") }
 * }
 * ```
 * Each scope has the typed setters of its asset type (`TableScope` those of `Table`), so a misspelt attribute
 * or a value of the wrong type does not compile.
 */
public fun catalog(block: CatalogScope.() -> Unit): CatalogTree = CatalogTree(CatalogScope().apply(block).roots)

/**
 * A schema declared on its own, for a database to add with `schema(node)`: what a file holding one schema of a long
 * definition ends with (`bin/katalog export` writes one per schema, which the root file includes).
 */
public fun schemaDefinition(name: String, block: SchemaScope.() -> Unit = {}): AssetNode = SchemaScope(name).apply(block).node()

/** The top of a tree: connections, glossaries and data domains, and for OpenMetadata dashboard and pipeline services. */
@CatalogDslMarker
public class CatalogScope internal constructor() {
    internal val roots = ArrayList<AssetNode>()

    /** A connection named [name] for [connector]. */
    public fun connection(name: String, connector: Connector, block: ConnectionScope.() -> Unit = {}) {
        roots += ConnectionScope(name, connector).apply(block).node()
    }

    /** A glossary named [name]. */
    public fun glossary(name: String, block: GlossaryScope.() -> Unit = {}) {
        roots += GlossaryScope(name).apply(block).node()
    }

    /** A dashboard service named [name] of [type], with its dashboards, charts and data models: OpenMetadata trees only. */
    public fun dashboardService(name: String, type: DashboardServiceType, block: DashboardServiceScope.() -> Unit = {}) {
        roots += DashboardServiceScope(name, type).apply(block).node()
    }

    /** A pipeline service named [name] of [type], with its pipelines: OpenMetadata trees only. */
    public fun pipelineService(name: String, type: PipelineServiceType, block: PipelineServiceScope.() -> Unit = {}) {
        roots += PipelineServiceScope(name, type).apply(block).node()
    }

    /** A messaging service named [name] of [type], with its topics: OpenMetadata trees only. */
    public fun messagingService(name: String, type: MessagingServiceType, block: MessagingServiceScope.() -> Unit = {}) {
        roots += MessagingServiceScope(name, type).apply(block).node()
    }

    /** A storage service named [name] of [type], with its containers (nested): OpenMetadata trees only. */
    public fun storageService(name: String, type: StorageServiceType, block: StorageServiceScope.() -> Unit = {}) {
        roots += StorageServiceScope(name, type).apply(block).node()
    }

    /** An ML model service named [name] of [type], with its models: OpenMetadata trees only. */
    public fun mlModelService(name: String, type: MlModelServiceType, block: MlModelServiceScope.() -> Unit = {}) {
        roots += MlModelServiceScope(name, type).apply(block).node()
    }

    /** A search service named [name] of [type], with its search indexes: OpenMetadata trees only. */
    public fun searchService(name: String, type: SearchServiceType, block: SearchServiceScope.() -> Unit = {}) {
        roots += SearchServiceScope(name, type).apply(block).node()
    }

    /** A top-level data domain named [name], with its subdomains and data products. */
    public fun domain(name: String, block: DomainScope.() -> Unit = {}) {
        roots += DomainScope(name).apply(block).node()
    }
}
