package dev.katalog.client.openmetadata.export

import dev.katalog.client.core.UsageException
import dev.katalog.client.export.CatalogExport
import dev.katalog.client.export.DefinitionLayout
import dev.katalog.client.export.DefinitionText
import dev.katalog.client.export.ExportOptions
import dev.katalog.client.export.ExportedPaths
import dev.katalog.client.export.KotlinLiterals
import dev.katalog.client.export.SchemaExport
import dev.katalog.client.openmetadata.entities.EntitiesApi
import dev.katalog.client.openmetadata.export.EntityLines.fqn
import dev.katalog.client.openmetadata.lineage.LineageApi
import dev.katalog.dsl.openmetadata.ServiceTypes
import dev.katalog.dsl.tree.NodeKind
import dev.katalog.model.json.KatalogJson
import dev.katalog.model.openmetadata.OpenMetadataEntity
import dev.katalog.model.openmetadata.kinds.EntityKind
import dev.katalog.model.openmetadata.kinds.EntityKinds
import dev.katalog.model.openmetadata.type.TableType
import kotlinx.coroutines.flow.collect
import kotlinx.coroutines.flow.toList
import kotlinx.serialization.KSerializer
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonObject

/**
 * One export of a database service: its databases and schemas (few, listed at once), then each schema's tables as a
 * stream of their own (`om.entities.list`, paged by `after`), each turned into its lines as it is read, so one page of
 * entities is held at a time and the estate only as the definition's text (as the Atlan export holds it); then the
 * lineage edges between the exported tables as processes, and the glossaries.
 * The file is laid out as the Atlan export's ([DefinitionLayout]); what a tree cannot hold is listed, never dropped.
 */
internal class ServiceExport(private val entities: EntitiesApi, private val lineage: LineageApi, private val options: ExportOptions) {
    private val paths = ExportedPaths()
    private val notExported = ArrayList<String>()
    private val tables = ArrayList<Pair<String, String>>()
    private var assets = 0L

    suspend fun run(serviceName: String, glossaryNames: List<String>): CatalogExport {
        UsageException.check(serviceName.isNotBlank(), { "The database service's name is blank" }, "give the service's name as OpenMetadata shows it, e.g. \"warehouse\"")
        val service = entities.getByNameOrNull(EntityKinds.DATABASE_SERVICE, TopLevelNames.fqnOf(serviceName, "database service"), SERVICE_FIELDS) ?: throw UsageException(
            "OpenMetadata has no database service named ${KotlinLiterals.string(serviceName)}",
            "check the name (om.entities.list(EntityKinds.DATABASE_SERVICE) lists the services; names are matched exactly)",
        )
        val glossaries = glossaryNames.distinct().map { OpenMetadataGlossaryExport.find(entities, it) }
        val name = options.connectionName ?: service.name
        val serviceType = service.serviceType
        val connector = serviceType?.let { ServiceTypes.connectorOf(it) }
        if (connector == null) {
            notExported += "the service type ${serviceType?.value ?: "(none)"} of service ${KotlinLiterals.string(serviceName)}: no connector maps to it, " +
                "so the connection is written with Connector.of(…); give it a connector of ${ServiceTypes.supported.joinToString { it.value }}"
        }
        val serviceJson = json(EntityKinds.DATABASE_SERVICE, service)
        listUndeclarable("Service ${KotlinLiterals.string(service.name)}", serviceJson)
        val connectionLines = EntityLines.of(serviceJson, service.name) +
            options.adminUsers.takeIf { it.isNotEmpty() }?.let { listOf("adminUsers(${KotlinLiterals.strings(it.sorted())})") }.orEmpty()
        val databases = entities.list(EntityKinds.DATABASE, mapOf("service" to service.fqn), ENTITY_FIELDS).toList().sortedWith(byName)
        val schemasOf = databases.associate { database ->
            database.id to entities.list(EntityKinds.DATABASE_SCHEMA, mapOf("database" to database.fqn), ENTITY_FIELDS).toList().sortedWith(byName)
        }
        // Whether to split is known once every schema is read (OpenMetadata's lists give no count up front); the text is held either way.
        val read = ArrayList<Triple<OpenMetadataEntity, List<String>, List<Pair<String, SchemaExport>>>>()
        for (database in databases) {
            val databaseJson = json(EntityKinds.DATABASE, database)
            listUndeclarable("Database ${KotlinLiterals.string(database.name)} (${database.fqn})", databaseJson)
            val databaseLines = EntityLines.of(databaseJson, database.name)
            val schemas = schemasOf.getValue(database.id).map { schema ->
                val schemaJson = json(EntityKinds.DATABASE_SCHEMA, schema)
                listUndeclarable("Schema ${KotlinLiterals.string(schema.name)} (${schema.fqn})", schemaJson, databaseJson)
                val content = schema(schema.fqn, schemaJson, EntityLines.of(schemaJson, schema.name), "$name/${database.name}/${schema.name}")
                assets += 1 + content.assets
                schema.name to content
            }
            assets++
            read += Triple(database, databaseLines, schemas)
        }
        val layout = DefinitionLayout(name, assets + 1 > options.filePerSchemaAbove)
        val databaseBlocks = read.map { (database, databaseLines, schemas) ->
            val schemaWriters = schemas.map { (schemaName, content) -> layout.schema(database.name, schemaName, content) }
            "database(${KotlinLiterals.string(database.name)})" to fun DefinitionText.() {
                databaseLines.forEach { line(it) }
                schemaWriters.forEach { it() }
            }
        }
        val processes = LineageProcesses.read(lineage, tables, paths, notExported)
        assets += 1 + processes.size
        val glossaryTexts = glossaries.map { it.read(entities, notExported) }
        assets += glossaryTexts.sumOf { it.assets }
        val connectorText = connector?.let { KotlinLiterals.connector(it.value) } ?: KotlinLiterals.connector(serviceType?.value?.lowercase() ?: "unknown")
        return layout.export(connectorText, connectionLines, databaseBlocks, processes, glossaryTexts, notExported, assets)
    }

    /**
     * One schema's tables, views and materialised views with their columns, read page by page; each table's tree path
     * is recorded for lineage, and what a tree cannot hold (constraints, partitions, custom properties, nested columns) listed.
     */
    private suspend fun schema(schemaFqn: String, schemaJson: JsonObject, schemaLines: List<String>, path: String): SchemaExport {
        val containers = ArrayList<Pair<String, SchemaExport.Container>>()
        entities.list(EntityKinds.TABLE, mapOf("databaseSchema" to schemaFqn), TABLE_FIELDS).collect { table ->
            val kind = KINDS[table.tableType] ?: NodeKind.TABLE
            val tableJson = json(EntityKinds.TABLE, table)
            val label = "Table ${KotlinLiterals.string(table.name)} (${table.fqn})"
            val lines = ArrayList<String>()
            // A table type trees have no call of their own for is set by name: OpenMetadata takes it, Atlan has no such value.
            if (table.tableType != null && table.tableType !in KINDS) lines += "attribute(\"tableType\", ${KotlinLiterals.string(table.tableType!!.value)})"
            lines += EntityLines.of(tableJson, table.name)
            listUndeclarable(label, tableJson, schemaJson)
            val columns = table.columns.orEmpty().sortedWith(compareBy({ it.ordinalPosition ?: Long.MAX_VALUE }, { it.name }))
            val columnsJson = (tableJson["columns"] as? JsonArray).orEmpty().mapNotNull { it as? JsonObject }.associateBy { EntityLines.text(it, "name") }
            val tablePath = "$path/${table.name}"
            paths.add(table.fqn, table.id, tablePath)
            tables += table.fqn to table.id
            containers += table.fqn to SchemaExport.Container(kind, table.name, lines, columns.map { column ->
                if (!column.children.isNullOrEmpty()) notExported += "the nested columns of column ${KotlinLiterals.string(column.name)} of $label: a tree declares top-level columns only"
                SchemaExport.ExportedColumn(column.name, column.ordinalPosition, ColumnTypeText.of(column), EntityLines.of(columnsJson[column.name] ?: JsonObject(emptyMap()), column.name))
            })
        }
        val sorted = containers.sortedWith(compareBy({ it.second.kind.ordinal }, { it.second.name }, { it.first })).map { it.second }
        return SchemaExport(schemaLines, sorted)
    }

    /** Lists what [entity] holds of its own that a tree cannot declare; [parent] is the entity it inherits from. */
    private fun listUndeclarable(label: String, entity: JsonObject, parent: JsonObject? = null) {
        for (field in UndeclarableFields.of(entity, parent?.get("retentionPeriod"))) notExported += "$label: its $field, which a tree cannot declare"
    }

    private fun <E : OpenMetadataEntity> json(kind: EntityKind<E>, entity: E): JsonObject {
        @Suppress("UNCHECKED_CAST")
        return KatalogJson.encodeToElement(kind.serializer as KSerializer<E>, entity) as JsonObject
    }

    private fun JsonArray?.orEmpty(): List<kotlinx.serialization.json.JsonElement> = this ?: emptyList()

    private companion object {
        val byName: Comparator<OpenMetadataEntity> = compareBy({ it.name }, { it.fqn })

        /** What a service is read with: what its block declares, and what a tree cannot hold, read to be listed (a 1.4 service has no `extension`). */
        val SERVICE_FIELDS = listOf("owner", "tags", "domain", "dataProducts")

        /** What a database or schema is read with: the same, and its custom properties. */
        val ENTITY_FIELDS = SERVICE_FIELDS + "extension"

        /** A table's fields: the same, its columns, constraints and partitioning. */
        val TABLE_FIELDS = ENTITY_FIELDS + listOf("columns", "tableConstraints", "tablePartition")

        val KINDS = mapOf(TableType.Regular to NodeKind.TABLE, TableType.View to NodeKind.VIEW, TableType.MaterializedView to NodeKind.MATERIALISED_VIEW)
    }
}
