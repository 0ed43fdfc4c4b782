package dev.katalog.dsl.tree

import dev.katalog.model.atlan.asset.Catalog
import dev.katalog.model.atlan.asset.Connector
import dev.katalog.model.atlan.asset.DataProductSelection
import dev.katalog.model.atlan.asset.EntityBuilder
import dev.katalog.model.atlan.asset.TagPropagation
import dev.katalog.model.openmetadata.entity.data.StoredProcedureCode
import dev.katalog.model.openmetadata.entity.services.DashboardServiceType
import dev.katalog.model.openmetadata.entity.services.MessagingServiceType
import dev.katalog.model.openmetadata.entity.services.MlModelServiceType
import dev.katalog.model.openmetadata.entity.services.PipelineServiceType
import dev.katalog.model.openmetadata.entity.services.SearchServiceType
import dev.katalog.model.openmetadata.entity.services.StorageServiceType
import dev.katalog.model.openmetadata.type.DataModelType
import dev.katalog.model.openmetadata.type.SearchIndexDataType
import dev.katalog.model.atlan.search.IndexSearchRequest
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonPrimitive

/**
 * One asset of a tree, immutable: its [kind], [name], the [attributes] it sets (as JSON, by Atlan
 * attribute name) and its [children]. Kotlin builds nodes with `catalog { … }`; Java with the static
 * factories and the `with…` methods, each returning a new node; typed attributes come from the type's builder:
 * `AssetNode.table("ORDERS").with(Table.builder().rowCount(5L).ownerUsers(List.of("alice")))`.
 */
public class AssetNode internal constructor(
    public val kind: NodeKind,
    public val name: String,
    public val attributes: Map<String, JsonElement>,
    public val children: List<AssetNode>,
    /** A connection's connector. */
    public val connector: Connector? = null,
    /** A column's position (1-based), or null to number columns in order. */
    public val order: Int? = null,
    /** The Atlan tags the asset has of its own, when the tree manages them (null: left as they are). */
    public val tags: TreeTags? = null,
    /** What a process reads (its inputs), or a pipeline, dashboard or data model; empty for other nodes. */
    public val inputs: List<LineageEnd> = emptyList(),
    /** What a process or pipeline writes (its outputs); empty for other nodes. */
    public val outputs: List<LineageEnd> = emptyList(),
    /** The glossary terms assigned to the asset, exactly these, when the tree manages them (null: left as they are). */
    public val terms: List<TreeTerm>? = null,
    /**
     * The custom metadata sets the tree gives the asset, by display names: set → attribute → value. Each set named is
     * exactly as given (its other attributes cleared); sets not named are left as they are.
     */
    public val customMetadata: Map<String, Map<String, JsonElement>> = emptyMap(),
    /** The asset's README as HTML, when the tree manages it (null: left as it is). */
    public val readme: String? = null,
    /** The Atlan type name of an [NodeKind.OTHER] node ([asset]); null for the other kinds, whose kind says it. */
    public val typeName: String? = null,
    /** True when the tree removes the asset's README ([withoutReadme]); [readme] is then null. */
    public val removesReadme: Boolean = false,
) {
    /** This node with [child] added after its other children. */
    public fun withChild(child: AssetNode): AssetNode = copy(children = children + child)

    /**
     * This node with the attributes set on [attributes], a builder of the node's own type (`Table.builder()` for a
     * table), so each value goes through its typed setter: `node.with(Table.builder().rowCount(5L))`. What the tree
     * decides itself (names, qualifiedNames, parents) is refused when the tree is validated.
     */
    public fun with(attributes: EntityBuilder<*, *>): AssetNode {
        val built = attributes.build()
        require(built.typeName == kind.type.typeName) {
            "A ${kind.label} takes the attributes of a ${kind.type.typeName}, not of a ${built.typeName}: use ${kind.type.typeName}.builder()"
        }
        return copy(attributes = this.attributes + built.attributes)
    }

    /**
     * This node with the attribute [attribute] set by name to [value] (a String, Number, Boolean, Enum, List of those,
     * or JSON), for attributes the model lacks; prefer [with] and the typed setters.
     */
    public fun withAttribute(attribute: String, value: Any?): AssetNode = copy(attributes = attributes + (attribute to byNameValue(value)))

    /** This node with its description set. */
    public fun withDescription(description: String): AssetNode = withAttribute("description", description)

    /** This node with these owners (user names). */
    public fun withOwnerUsers(vararg users: String): AssetNode = withAttribute("ownerUsers", users.toList())

    /** This connection with these admins (user names). */
    public fun withAdminUsers(vararg users: String): AssetNode = withAttribute("adminUsers", users.toList())

    /** This node with exactly these Atlan tags of its own (display names), each spreading as [propagation] says. */
    public fun withTags(propagation: TagPropagation, vararg names: String): AssetNode = copy(tags = TreeTags(names.toList(), propagation))

    /** This node with exactly these Atlan tags of its own (display names), not propagated. */
    public fun withTags(vararg names: String): AssetNode = withTags(TagPropagation.NONE, *names)

    /** This node with exactly these glossary terms assigned (`new TreeTerm("Business", "Revenue")`); none removes every term. */
    public fun withTerms(vararg terms: TreeTerm): AssetNode = copy(terms = terms.toList())

    /**
     * This node with the custom metadata set [set] (display name) exactly as [values] gives it, by attribute display
     * names: Strings, Numbers, Booleans, Instants, LocalDates or lists of those. The set's other attributes are cleared.
     */
    public fun withCustomMetadata(set: String, values: Map<String, Any?>): AssetNode =
        copy(customMetadata = customMetadata + (set to values.mapValues { (_, value) -> customMetadataValueOf(value) }))

    /** This node with its README, as HTML. */
    public fun withReadme(html: String): AssetNode = copy(readme = html, removesReadme = false)

    /** This node with its README removed (archived, as deleting it in Atlan does), if it has one. */
    public fun withoutReadme(): AssetNode = copy(readme = null, removesReadme = true)

    /** This process reading also the assets of the tree at [paths] (`connection/database/schema/table[/column]`). */
    public fun reads(vararg paths: String): AssetNode = copy(inputs = inputs + paths.map { LineageEnd.InTree(it) })

    /** This process reading also [nodes], nodes of the tree. */
    public fun reads(vararg nodes: AssetNode): AssetNode = copy(inputs = inputs + nodes.map { LineageEnd.OfNode(it) })

    /** This process reading also [assets], which the catalog already has: `Table.refByQualifiedName("…")`. */
    public fun reads(vararg assets: Catalog): AssetNode = copy(inputs = inputs + assets.map { LineageEnd.InCatalog(it) })

    /** This process writing also the assets of the tree at [paths]. */
    public fun writes(vararg paths: String): AssetNode = copy(outputs = outputs + paths.map { LineageEnd.InTree(it) })

    /** This process writing also [nodes], nodes of the tree. */
    public fun writes(vararg nodes: AssetNode): AssetNode = copy(outputs = outputs + nodes.map { LineageEnd.OfNode(it) })

    /** This process writing also [assets], which the catalog already has. */
    public fun writes(vararg assets: Catalog): AssetNode = copy(outputs = outputs + assets.map { LineageEnd.InCatalog(it) })

    internal fun copy(
        attributes: Map<String, JsonElement> = this.attributes,
        children: List<AssetNode> = this.children,
        connector: Connector? = this.connector,
        order: Int? = this.order,
        tags: TreeTags? = this.tags,
        inputs: List<LineageEnd> = this.inputs,
        outputs: List<LineageEnd> = this.outputs,
        terms: List<TreeTerm>? = this.terms,
        customMetadata: Map<String, Map<String, JsonElement>> = this.customMetadata,
        readme: String? = this.readme,
        typeName: String? = this.typeName,
        removesReadme: Boolean = this.removesReadme,
    ) = AssetNode(kind, name, attributes, children, connector, order, tags, inputs, outputs, terms, customMetadata, readme, typeName, removesReadme)

    override fun toString(): String = if (typeName == null) "${kind.label} \"$name\"" else "$typeName \"$name\""

    public companion object {
        /** A connection named [name] for [connector]; it needs at least one admin. */
        @JvmStatic public fun connection(name: String, connector: Connector): AssetNode = AssetNode(NodeKind.CONNECTION, name, emptyMap(), emptyList(), connector)
        @JvmStatic public fun database(name: String): AssetNode = node(NodeKind.DATABASE, name)
        @JvmStatic public fun schema(name: String): AssetNode = node(NodeKind.SCHEMA, name)
        @JvmStatic public fun table(name: String): AssetNode = node(NodeKind.TABLE, name)
        @JvmStatic public fun view(name: String): AssetNode = node(NodeKind.VIEW, name)
        @JvmStatic public fun materialisedView(name: String): AssetNode = node(NodeKind.MATERIALISED_VIEW, name)

        /** A column with its [dataType], numbered after the previous column unless [order] is given. */
        @JvmStatic @JvmOverloads
        public fun column(name: String, dataType: String? = null, order: Int? = null): AssetNode = AssetNode(
            NodeKind.COLUMN, name, if (dataType == null) emptyMap() else mapOf("dataType" to JsonPrimitive(dataType)), emptyList(), order = order,
        )
        @JvmStatic public fun glossary(name: String): AssetNode = node(NodeKind.GLOSSARY, name)
        @JvmStatic public fun category(name: String): AssetNode = node(NodeKind.CATEGORY, name)
        @JvmStatic public fun term(name: String): AssetNode = node(NodeKind.TERM, name)

        /**
         * A process (a job that reads and writes assets) named [name], inside a connection: its qualifiedName is
         * `<connection>/<name>`, so applying it again finds it. Give what it reads and writes with [reads] and [writes].
         */
        @JvmStatic public fun process(name: String): AssetNode = node(NodeKind.PROCESS, name)

        /** A column-level process named [name], inside a process: from the columns it [reads] to the columns it [writes]. */
        @JvmStatic public fun columnProcess(name: String): AssetNode = node(NodeKind.COLUMN_PROCESS, name)

        /** A dashboard service named [name] of [type] (OpenMetadata trees only): add dashboards, charts and data models as children. */
        @JvmStatic public fun dashboardService(name: String, type: DashboardServiceType): AssetNode =
            AssetNode(NodeKind.DASHBOARD_SERVICE, name, mapOf(SERVICE_TYPE to JsonPrimitive(type.value)), emptyList())

        /** A dashboard, inside a dashboard service: its charts as children, the tables or data models it shows with [reads]. */
        @JvmStatic public fun dashboard(name: String): AssetNode = node(NodeKind.DASHBOARD, name)

        /** A chart, inside a dashboard (which shows it) or a dashboard service. */
        @JvmStatic public fun chart(name: String): AssetNode = node(NodeKind.CHART, name)

        /** A data model of [type], inside a dashboard service: columns as children, the tables it is built from with [reads]. */
        @JvmStatic public fun dataModel(name: String, type: DataModelType): AssetNode =
            AssetNode(NodeKind.DATA_MODEL, name, mapOf(DATA_MODEL_TYPE to JsonPrimitive(type.value)), emptyList())

        /** A pipeline service named [name] of [type] (OpenMetadata trees only): add pipelines as children. */
        @JvmStatic public fun pipelineService(name: String, type: PipelineServiceType): AssetNode =
            AssetNode(NodeKind.PIPELINE_SERVICE, name, mapOf(SERVICE_TYPE to JsonPrimitive(type.value)), emptyList())

        /** A pipeline, inside a pipeline service: tasks as children, the tables it moves with [reads] and [writes]. */
        @JvmStatic public fun pipeline(name: String): AssetNode = node(NodeKind.PIPELINE, name)

        /** A task, inside a pipeline; `withAttribute("downstreamTasks", List.of("load"))` orders tasks. */
        @JvmStatic public fun task(name: String): AssetNode = node(NodeKind.TASK, name)

        /** A messaging service named [name] of [type] (OpenMetadata trees only): add topics as children. */
        @JvmStatic public fun messagingService(name: String, type: MessagingServiceType): AssetNode =
            AssetNode(NodeKind.MESSAGING_SERVICE, name, mapOf(SERVICE_TYPE to JsonPrimitive(type.value)), emptyList())

        /** A topic of [partitions] partitions, inside a messaging service. */
        @JvmStatic public fun topic(name: String, partitions: Int): AssetNode =
            AssetNode(NodeKind.TOPIC, name, mapOf(PARTITIONS to JsonPrimitive(partitions)), emptyList())

        /** A storage service named [name] of [type] (OpenMetadata trees only): add containers as children. */
        @JvmStatic public fun storageService(name: String, type: StorageServiceType): AssetNode =
            AssetNode(NodeKind.STORAGE_SERVICE, name, mapOf(SERVICE_TYPE to JsonPrimitive(type.value)), emptyList())

        /** A container, inside a storage service or another container (which it is named under). */
        @JvmStatic public fun container(name: String): AssetNode = node(NodeKind.CONTAINER, name)

        /** An ML model service named [name] of [type] (OpenMetadata trees only): add models as children. */
        @JvmStatic public fun mlModelService(name: String, type: MlModelServiceType): AssetNode =
            AssetNode(NodeKind.ML_MODEL_SERVICE, name, mapOf(SERVICE_TYPE to JsonPrimitive(type.value)), emptyList())

        /** An ML model trained with [algorithm], inside an ML model service. */
        @JvmStatic public fun mlModel(name: String, algorithm: String): AssetNode =
            AssetNode(NodeKind.ML_MODEL, name, mapOf(ALGORITHM to JsonPrimitive(algorithm)), emptyList())

        /** A search service named [name] of [type] (OpenMetadata trees only): add search indexes as children. */
        @JvmStatic public fun searchService(name: String, type: SearchServiceType): AssetNode =
            AssetNode(NodeKind.SEARCH_SERVICE, name, mapOf(SERVICE_TYPE to JsonPrimitive(type.value)), emptyList())

        /** A search index, inside a search service: its fields ([searchField]) as children, at least one. */
        @JvmStatic public fun searchIndex(name: String): AssetNode = node(NodeKind.SEARCH_INDEX, name)

        /** A field of [dataType], inside a search index. */
        @JvmStatic public fun searchField(name: String, dataType: SearchIndexDataType): AssetNode =
            AssetNode(NodeKind.SEARCH_FIELD, name, mapOf(DATA_TYPE to JsonPrimitive(dataType.value)), emptyList())

        /** A stored procedure of [code] in [language], inside a schema (OpenMetadata trees only). */
        @JvmStatic @JvmOverloads
        public fun storedProcedure(name: String, code: String, language: StoredProcedureCode.Language = StoredProcedureCode.Language.SQL): AssetNode =
            AssetNode(NodeKind.STORED_PROCEDURE, name, mapOf(STORED_PROCEDURE_CODE to storedProcedureCode(code, language)), emptyList())

        /** A data domain named [name]: at the top of a tree, or inside a domain as its subdomain. */
        @JvmStatic public fun domain(name: String): AssetNode = node(NodeKind.DOMAIN, name)

        /** A data product named [name], inside a domain, whose assets are those [assets] finds. */
        @JvmStatic public fun product(name: String, assets: IndexSearchRequest): AssetNode = AssetNode(
            NodeKind.PRODUCT, name, mapOf(DataProductSelection.ATTRIBUTE to JsonPrimitive(DataProductSelection.toDsl(assets))), emptyList(),
        )

        /**
         * An asset of the Atlan type [typeName] that no other factory declares (a type the model does not know, such as
         * a custom entity type): inside a connection, database or schema, its qualifiedName `<parent>/<name>`, its
         * attributes set by name with [withAttribute]. The escape hatch: prefer the typed factories where there is one.
         */
        @JvmStatic public fun asset(typeName: String, name: String): AssetNode =
            AssetNode(NodeKind.OTHER, name, emptyMap(), emptyList(), typeName = typeName)

        private fun node(kind: NodeKind, name: String) = AssetNode(kind, name, emptyMap(), emptyList())

        /** A custom metadata value as the JSON the attribute stores (dates as epoch milliseconds, as Atlan keeps them). */
        internal fun customMetadataValueOf(value: Any?): JsonElement = when (value) {
            is java.time.Instant -> JsonPrimitive(value.toEpochMilli())
            is java.time.LocalDate -> JsonPrimitive(value.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli())
            is Iterable<*> -> JsonArray(value.map(::customMetadataValueOf))
            else -> byNameValue(value)
        }

        /** A value set by name as JSON; see [ByNameAttributes] for where such attributes are checked. */
        internal fun byNameValue(value: Any?): JsonElement = toJson(value)

        private fun toJson(value: Any?): JsonElement = when (value) {
            null -> JsonNull
            is JsonElement -> value
            is String -> JsonPrimitive(value)
            is Number -> JsonPrimitive(value)
            is Boolean -> JsonPrimitive(value)
            is Enum<*> -> JsonPrimitive(value.name)
            is Iterable<*> -> JsonArray(value.map(::toJson))
            is Array<*> -> JsonArray(value.map(::toJson))
            else -> throw IllegalArgumentException(
                "Cannot set an attribute to a ${value::class.simpleName}: use a String, Number, Boolean, a list of those, or a JsonElement",
            )
        }
    }
}
