package dev.katalog.client.export

import dev.katalog.client.atlan.AtlanCalls
import dev.katalog.client.core.UsageException
import dev.katalog.client.search.SearchApi
import dev.katalog.dsl.search.FluentSearch
import dev.katalog.dsl.tree.NodeKind
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.AtlanTypes
import dev.katalog.model.atlan.asset.AtlasGlossary
import dev.katalog.model.atlan.asset.AtlasGlossaryTerm
import dev.katalog.model.atlan.asset.Connection
import dev.katalog.model.atlan.asset.Database
import dev.katalog.model.atlan.asset.Process
import dev.katalog.model.atlan.asset.SQL
import dev.katalog.model.atlan.asset.Schema
import kotlinx.coroutines.flow.firstOrNull
import kotlinx.coroutines.flow.toList
import kotlinx.serialization.json.JsonArray

/**
 * One export: reads a connection level by level (databases and schemas, then each schema's tables, views and columns
 * as a stream of its own, then processes) and writes each part as soon as it is read, so only one schema's assets are
 * held at a time; what trees cannot declare is listed, never dropped silently.
 */
internal class EstateExport(private val calls: AtlanCalls, private val search: SearchApi, private val options: ExportOptions, private val curation: ExportCuration) {
    private val paths = ExportedPaths()
    private val notExported = ArrayList<String>()
    private var assets = 0L

    suspend fun run(qualifiedName: String, glossaryNames: List<String>): CatalogExport {
        UsageException.check(qualifiedName.isNotBlank(), { "The connection's qualifiedName is blank" }, "give it as default/<connector>/<epoch>")
        val connection = search.stream(
            FluentSearch.select(Connection).where(Asset.QUALIFIED_NAME eq qualifiedName).include(*(AssetLines.READ + curation.reads + "connectorName" + "adminRoles").toTypedArray()).toRequest(),
        ).firstOrNull() ?: throw UsageException(
            "The catalog has no active connection with qualifiedName \"$qualifiedName\"",
            "check the qualifiedName (default/<connector>/<epoch>); search for Connection assets to list the ones that exist",
        )
        val glossaries = glossaryNames.distinct().map { name -> GlossaryExport.find(search, curation, name) }
        val name = options.connectionName ?: connection.name!!
        val total = search.count(FluentSearch.select().where(Asset.CONNECTION_QUALIFIED_NAME eq qualifiedName).toRequest())
        val split = total > options.filePerSchemaAbove
        val layout = DefinitionLayout(name, split)

        val databases = childrenOf(Database, Asset.CONNECTION_QUALIFIED_NAME eq qualifiedName)
        val schemaList = childrenOf(Schema, Asset.CONNECTION_QUALIFIED_NAME eq qualifiedName)
        curation.prepare(listOf(connection) + databases + schemaList)
        val connectionLines = AssetLines.of(NodeKind.CONNECTION, connection, calls.names, curation)
        val schemaLines = schemaList.associate { it.guid to AssetLines.of(NodeKind.SCHEMA, it, calls.names, curation) }
        val databaseLinesOf = databases.associate { it.guid to AssetLines.of(NodeKind.DATABASE, it, calls.names, curation) }
        if ((connection.attributes["adminRoles"] as? JsonArray)?.isNotEmpty() == true) {
            notExported += "the admin roles of connection ${KotlinLiterals.string(name)}: Atlan keeps them as role GUIDs; add adminRoles(…) by name"
        }
        val others = OtherTypeExport.read(calls, search, curation, qualifiedName, (listOf(connection) + databases + schemaList).mapNotNull { it.qualifiedName }.toSet(), notExported)
        assets += others.assets
        val schemas = schemaList.groupBy { (it as? SQL)?.databaseQualifiedName }
        val databaseBlocks = ArrayList<Pair<String, DefinitionText.() -> Unit>>()
        for (database in databases) {
            val databaseLines = databaseLinesOf.getValue(database.guid)
            val schemaWriters = ArrayList<DefinitionText.() -> Unit>()
            for (schema in schemas[database.qualifiedName].orEmpty()) {
                val path = "$name/${database.name}/${schema.name}"
                val content = SchemaExport.read(calls, search, curation, schema, schemaLines.getValue(schema.guid), path, paths, notExported, others)
                assets += 1 + content.assets
                schemaWriters += layout.schema(database.name!!, schema.name!!, content)
            }
            assets++
            databaseBlocks += "database(${KotlinLiterals.string(database.name!!)})" to {
                databaseLines.forEach { line(it) }
                schemaWriters.forEach { it() }
                others.writeUnder(database.qualifiedName, this)
            }
        }
        val processes = ProcessExport.read(calls, search, curation, qualifiedName, paths, notExported)
        assets += 1 + processes.size
        val glossaryTexts = glossaries.map { it.read(calls, search, curation) }
        assets += glossaryTexts.sumOf { it.assets }
        otherTypes(qualifiedName)
        archived(Asset.CONNECTION_QUALIFIED_NAME eq qualifiedName, "connection ${KotlinLiterals.string(name)}")
        for (glossary in glossaries) archived(AtlasGlossaryTerm.ANCHOR eq glossary.qualifiedName, "glossary ${KotlinLiterals.string(glossary.name)}")
        notExported += curation.unresolvedTerms

        return layout.export(connector(connection), connectionLines, databaseBlocks, processes, glossaryTexts, notExported, assets) {
            others.writeUnder(qualifiedName, this)
        }
    }

    /** The active children of [type] matching [where], sorted by name (databases and schemas: few, read at once). */
    private suspend fun childrenOf(type: dev.katalog.model.atlan.asset.AssetType<*>, where: dev.katalog.model.atlan.search.Query): List<Asset> =
        search.stream(FluentSearch.select(type).where(where).include(*(AssetLines.READ + curation.reads + "databaseQualifiedName").toTypedArray()).toRequest())
            .toList().sortedWith(compareBy({ it.name }, { it.qualifiedName }))

    /** Assets of the connection whose types trees cannot declare: listed by type, name and qualifiedName. */
    private suspend fun otherTypes(qualifiedName: String) {
        val request = FluentSearch.select().where(Asset.CONNECTION_QUALIFIED_NAME eq qualifiedName)
            .whereNot(Asset.TYPE_NAME within DECLARABLE + EXPORTED_WITH_THEIR_ASSET).include(Asset.NAME, Asset.QUALIFIED_NAME).toRequest()
        // Types the model does not know are declared by type name ([OtherTypeExport]).
        search.stream(request).toList().filter { AtlanTypes.forName(it.typeName) != null }.sortedWith(compareBy({ it.typeName }, { it.qualifiedName })).forEach {
            notExported += "${it.typeName} ${KotlinLiterals.string(it.name ?: "")} (${it.qualifiedName}): a tree cannot declare a ${it.typeName}; " +
                "keep it with client.assets, or attribute(…) on a declared asset"
        }
    }

    /** One line for the archived assets [where] finds: a tree declares what is active, and restoring them brings them into an export. */
    private suspend fun archived(where: dev.katalog.model.atlan.search.Query, what: String) {
        val count = search.count(FluentSearch.select().archived().where(where).toRequest())
        if (count > 0) notExported += "$count archived ${if (count == 1L) "asset" else "assets"} of $what: a tree declares active assets; restore them to export them"
    }

    private fun connector(connection: Asset): String {
        val value = connection.connectorName ?: connection.qualifiedName!!.split('/').getOrNull(1).orEmpty()
        return KotlinLiterals.connector(value)
    }

    companion object {
        /** The types an export declares; everything else under a connection is listed as not exported. */
        val DECLARABLE = listOf("Connection", "Database", "Schema", "Table", "View", "MaterialisedView", "Column", "Process")

        /** Types exported inside the block of the asset they belong to (an asset's README as `readme(…)`). */
        val EXPORTED_WITH_THEIR_ASSET = listOf("Readme")
    }
}
