package dev.katalog.dsl.tree

import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.AssetType
import dev.katalog.model.atlan.asset.AtlasGlossary
import dev.katalog.model.atlan.asset.AtlasGlossaryCategory
import dev.katalog.model.atlan.asset.AtlasGlossaryTerm
import dev.katalog.model.atlan.asset.Column
import dev.katalog.model.atlan.asset.ColumnProcess
import dev.katalog.model.atlan.asset.Connection
import dev.katalog.model.atlan.asset.DataDomain
import dev.katalog.model.atlan.asset.DataProduct
import dev.katalog.model.atlan.asset.Database
import dev.katalog.model.atlan.asset.MaterialisedView
import dev.katalog.model.atlan.asset.Process
import dev.katalog.model.atlan.asset.Schema
import dev.katalog.model.atlan.asset.Table
import dev.katalog.model.atlan.asset.View

/** The kinds of asset a tree can hold, the type each becomes, and where each may sit. */
public enum class NodeKind(
    /**
     * The Atlan type the node compiles to, whose setters its scope has. Kinds only OpenMetadata trees hold (dashboard,
     * pipeline, messaging, storage, ML model and search services and what they contain, stored procedures) take
     * [Asset]'s common setters (description, displayName…).
     */
    public val type: AssetType<*>,
    /** The word used in paths and messages. */
    public val label: String,
) {
    CONNECTION(Connection, "connection"),
    DATABASE(Database, "database"),
    SCHEMA(Schema, "schema"),
    TABLE(Table, "table"),
    VIEW(View, "view"),
    MATERIALISED_VIEW(MaterialisedView, "materialised view"),
    COLUMN(Column, "column"),
    GLOSSARY(AtlasGlossary, "glossary"),
    CATEGORY(AtlasGlossaryCategory, "category"),
    TERM(AtlasGlossaryTerm, "term"),
    PROCESS(Process, "process"),
    COLUMN_PROCESS(ColumnProcess, "column process"),
    DASHBOARD_SERVICE(Asset, "dashboard service"),
    DASHBOARD(Asset, "dashboard"),
    CHART(Asset, "chart"),
    DATA_MODEL(Asset, "data model"),
    PIPELINE_SERVICE(Asset, "pipeline service"),
    PIPELINE(Asset, "pipeline"),
    TASK(Asset, "task"),
    MESSAGING_SERVICE(Asset, "messaging service"),
    TOPIC(Asset, "topic"),
    STORAGE_SERVICE(Asset, "storage service"),
    CONTAINER(Asset, "container"),
    ML_MODEL_SERVICE(Asset, "ML model service"),
    ML_MODEL(Asset, "ML model"),
    SEARCH_SERVICE(Asset, "search service"),
    SEARCH_INDEX(Asset, "search index"),
    SEARCH_FIELD(Asset, "search index field"),
    STORED_PROCEDURE(Asset, "stored procedure"),
    DOMAIN(DataDomain, "domain"),
    PRODUCT(DataProduct, "product"),

    /**
     * An asset of a type no other kind declares, by its type name ([AssetNode.typeName]): types the model does not
     * know (a newer tenant's, a custom entity type) or has no tree kind for. Its attributes are set by name.
     */
    OTHER(Asset, "asset"),
    ;

    /** The kinds a node of this kind may contain. */
    public val children: Set<NodeKind> get() = when (this) {
        CONNECTION -> setOf(DATABASE, PROCESS, OTHER)
        DATABASE -> setOf(SCHEMA, OTHER)
        SCHEMA -> setOf(TABLE, VIEW, MATERIALISED_VIEW, STORED_PROCEDURE, OTHER)
        TABLE, VIEW, MATERIALISED_VIEW -> setOf(COLUMN)
        COLUMN, TERM, COLUMN_PROCESS -> emptySet()
        GLOSSARY, CATEGORY -> setOf(CATEGORY, TERM)
        PROCESS -> setOf(COLUMN_PROCESS)
        DASHBOARD_SERVICE -> setOf(DASHBOARD, CHART, DATA_MODEL)
        DASHBOARD -> setOf(CHART)
        DATA_MODEL -> setOf(COLUMN)
        PIPELINE_SERVICE -> setOf(PIPELINE)
        PIPELINE -> setOf(TASK)
        CHART, TASK -> emptySet()
        MESSAGING_SERVICE -> setOf(TOPIC)
        STORAGE_SERVICE, CONTAINER -> setOf(CONTAINER)
        ML_MODEL_SERVICE -> setOf(ML_MODEL)
        SEARCH_SERVICE -> setOf(SEARCH_INDEX)
        SEARCH_INDEX -> setOf(SEARCH_FIELD)
        TOPIC, ML_MODEL, SEARCH_FIELD, STORED_PROCEDURE -> emptySet()
        DOMAIN -> setOf(DOMAIN, PRODUCT)
        PRODUCT, OTHER -> emptySet()
    }

    /** True for the kinds a tree may hold at its top: connections, glossaries, domains, and (for OpenMetadata) services of other kinds. */
    public val isRoot: Boolean get() = this == CONNECTION || this == GLOSSARY || this == DOMAIN || this in OPEN_METADATA_SERVICES

    /** True for the kinds only OpenMetadata trees hold: Atlan has no generic dashboard or pipeline type to compile them to. */
    public val isOpenMetadataOnly: Boolean get() = this in OPEN_METADATA_ONLY

    /**
     * True for the OpenMetadata kinds that take part in lineage without being processes: a pipeline [reads][AssetNode.reads]
     * tables and writes tables (each edge described by it), a dashboard or data model reads tables (edges into it).
     */
    internal val linksLineage: Boolean get() = this == PIPELINE || this == DASHBOARD || this == DATA_MODEL

    /** True for the kinds that record lineage: processes and column processes. */
    public val isProcess: Boolean get() = this == PROCESS || this == COLUMN_PROCESS

    /** True for the kinds whose names become part of qualifiedNames (and so may not contain `/`). */
    internal val nameInQualifiedName: Boolean get() = this != GLOSSARY && this != CATEGORY && this != TERM && this != DOMAIN && this != PRODUCT

    private companion object {
        val OPEN_METADATA_SERVICES = setOf(DASHBOARD_SERVICE, PIPELINE_SERVICE, MESSAGING_SERVICE, STORAGE_SERVICE, ML_MODEL_SERVICE, SEARCH_SERVICE)
        val OPEN_METADATA_ONLY = OPEN_METADATA_SERVICES + setOf(
            DASHBOARD, CHART, DATA_MODEL, PIPELINE, TASK, TOPIC, CONTAINER, ML_MODEL, SEARCH_INDEX, SEARCH_FIELD, STORED_PROCEDURE,
        )
    }
}
