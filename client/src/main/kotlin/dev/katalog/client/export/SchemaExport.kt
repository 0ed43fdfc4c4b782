package dev.katalog.client.export

import dev.katalog.client.atlan.AtlanCalls
import dev.katalog.client.search.SearchApi
import dev.katalog.dsl.search.FluentSearch
import dev.katalog.dsl.tree.NodeKind
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.Column
import dev.katalog.model.atlan.asset.MaterialisedView
import dev.katalog.model.atlan.asset.SQL
import dev.katalog.model.atlan.asset.Table
import dev.katalog.model.atlan.asset.View
import kotlinx.coroutines.flow.collect
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.longOrNull

/**
 * One schema's content, read in one stream: its own lines, then its tables, views and materialised views (each kind
 * by name) with their columns in order, then the assets of types the model does not know ([OtherTypeExport]). Columns carry `order = n` only where it does not follow the previous one.
 */
internal class SchemaExport(
    private val schemaLines: List<String>,
    private val containers: List<Container>,
    /** What the schema holds besides tables and views, written after them (the Atlan export's assets of unknown types). */
    private val after: DefinitionText.() -> Unit = {},
) {
    val assets: Long get() = containers.sumOf { 1L + it.columns.size }

    /** A table, view or materialised view with its columns in order. */
    class Container(val kind: NodeKind, val name: String, val lines: List<String>, val columns: List<ExportedColumn>)

    /** A column: its name, its position (null when the catalog has none), its data type as a tree writes it, and its lines. */
    class ExportedColumn(val name: String, val order: Long?, val dataType: String?, val lines: List<String>)

    fun writeInside(text: DefinitionText) {
        schemaLines.forEach { text.line(it) }
        for (container in containers) {
            text.block("${CALLS.getValue(container.kind)}(${KotlinLiterals.string(container.name)})") {
                container.lines.forEach { line(it) }
                var previous = 0L
                for (column in container.columns) {
                    val order = column.order
                    val arguments = buildString {
                        append(KotlinLiterals.string(column.name))
                        column.dataType?.let { append(", dataType = ").append(KotlinLiterals.string(it)) }
                        if (order != null && order != previous + 1) append(", order = ").append(order)
                    }
                    previous = order ?: (previous + 1)
                    block("column($arguments)") { column.lines.forEach { line(it) } }
                }
            }
        }
        text.after()
    }

    companion object {
        private val CALLS = mapOf(NodeKind.TABLE to "table", NodeKind.VIEW to "view", NodeKind.MATERIALISED_VIEW to "materialisedView")
        private val KINDS = mapOf("Table" to NodeKind.TABLE, "View" to NodeKind.VIEW, "MaterialisedView" to NodeKind.MATERIALISED_VIEW)

        /** Streams [schema]'s tables, views and columns; records each one's tree path (under [path]) in [paths] for lineage, and columns without their parent in [notExported]. */
        suspend fun read(
            calls: AtlanCalls, search: SearchApi, curation: ExportCuration, schema: Asset, schemaLines: List<String>, path: String,
            paths: ExportedPaths, notExported: MutableList<String>, others: OtherTypeExport,
        ): SchemaExport {
            val containers = HashMap<String, Triple<NodeKind, Asset, List<String>>>()
            val columns = HashMap<String, ArrayList<Pair<Asset, List<String>>>>()
            val request = FluentSearch.select().assetTypes(Table, View, MaterialisedView, Column).where(Column.SCHEMA_QUALIFIED_NAME eq schema.qualifiedName!!)
                .include(*(AssetLines.READ + curation.reads + listOf("tableQualifiedName", "viewQualifiedName")).toTypedArray()).toRequest()
            val read = ArrayList<Asset>()
            search.stream(request).collect { read += it }
            curation.prepare(read)
            for (asset in read) {
                val kind = KINDS[asset.typeName]
                if (kind != null) containers[asset.qualifiedName!!] = Triple(kind, asset, AssetLines.of(kind, asset, calls.names, curation))
                else {
                    val parent = (asset as? SQL)?.tableQualifiedName ?: (asset as? SQL)?.viewQualifiedName
                        ?: asset.qualifiedName!!.substringBeforeLast('/')
                    val own = AssetLines.of(NodeKind.COLUMN, asset, calls.names, curation)
                    columns.getOrPut(parent) { ArrayList() } += asset to own
                }
            }
            val sorted = containers.values.sortedWith(compareBy({ it.first.ordinal }, { it.second.name }, { it.second.qualifiedName }))
            val out = sorted.map { (kind, asset, lines) ->
                val containerPath = "$path/${asset.name}"
                paths.add(asset.qualifiedName, asset.guid, containerPath)
                val own = columns[asset.qualifiedName].orEmpty().sortedWith(compareBy({ order(it.first) ?: Long.MAX_VALUE }, { it.first.name }))
                Container(kind, asset.name!!, lines, own.map { (column, columnLines) ->
                    paths.add(column.qualifiedName, column.guid, "$containerPath/${column.name}")
                    ExportedColumn(column.name!!, order(column), (column as? Column)?.dataType, columnLines)
                })
            }
            for ((parent, orphans) in columns) if (parent !in containers) orphans.forEach { (column, _) ->
                notExported += "Column ${KotlinLiterals.string(column.name ?: "")} (${column.qualifiedName}): its table or view ($parent) is not in the schema"
            }
            return SchemaExport(schemaLines, out) { others.writeUnder(schema.qualifiedName, this) }
        }

        private fun order(column: Asset): Long? = (column.attributes["order"] as? JsonPrimitive)?.longOrNull
            ?: (column.attributes["order"] as? JsonPrimitive)?.content?.toDoubleOrNull()?.toLong()
    }
}
