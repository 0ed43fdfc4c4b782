package dev.katalog.client.export

/**
 * How an exported estate is laid out in files, whichever catalog it was read from: the root file
 * (`<connection>.catalog.kts`, `catalog { connection(…) { … } glossary(…) }`) with a header naming what it holds and
 * what was not exported, and, when [split], one file per schema that the root includes with `schema(include("…"))`.
 */
internal class DefinitionLayout(private val connectionName: String, private val split: Boolean) {
    val rootFile: String = KotlinLiterals.fileName(connectionName) + ".catalog.kts"
    private val schemaFiles = ArrayList<ExportFile>()
    private val usedFiles = HashSet<String>()

    /** What writes [schema] of [database] inside its database block: the schema itself, or its include when split. */
    fun schema(database: String, schema: String, content: SchemaExport): DefinitionText.() -> Unit {
        if (!split) return { block("schema(${KotlinLiterals.string(schema)})") { content.writeInside(this) } }
        val file = ExportFile(schemaFilePath(database, schema), schemaFile(database, schema, content))
        schemaFiles += file
        return { line("schema(include(${KotlinLiterals.string(file.path)}))") }
    }

    /**
     * The export: the root file's connection block ([connector] as Kotlin, its [connectionLines], [databases] as
     * heads with what writes inside them, [afterDatabases], then [processes]) and [glossaries], after a header listing [notExported].
     */
    fun export(
        connector: String,
        connectionLines: List<String>,
        databases: List<Pair<String, DefinitionText.() -> Unit>>,
        processes: List<ProcessExport>,
        glossaries: List<GlossaryText>,
        notExported: List<String>,
        assets: Long,
        afterDatabases: DefinitionText.() -> Unit = {},
    ): CatalogExport {
        val body = DefinitionText().block("catalog") {
            block("connection(${KotlinLiterals.string(connectionName)}, $connector)") {
                connectionLines.forEach { line(it) }
                for ((head, write) in databases) block(head, write)
                afterDatabases()
                processes.forEach { it.writeTo(this) }
            }
            glossaries.forEach { it.writeTo(this) }
        }
        val header = buildString {
            append("// Connection ").append(KotlinLiterals.comment(KotlinLiterals.string(connectionName)))
            if (glossaries.isNotEmpty()) append(if (glossaries.size == 1) " and glossary " else " and glossaries ").append(KotlinLiterals.comment(glossaries.joinToString(", ") { KotlinLiterals.string(it.name) }))
            append(", exported by Katalog: plan or apply it with bin/katalog plan|apply $rootFile\n")
            for (missing in notExported) append("// not exported: ").append(KotlinLiterals.comment(missing)).append('\n')
        }
        return CatalogExport(listOf(ExportFile(rootFile, header + body)) + schemaFiles, notExported.toList(), assets)
    }

    /** `<connection>/<database>/<schema>.catalog.kts`, made unique when two names clean up to the same file name. */
    private fun schemaFilePath(database: String, schema: String): String {
        val stem = listOf(connectionName, database, schema).joinToString("/") { KotlinLiterals.fileName(it) }
        var path = "$stem.catalog.kts"
        var n = 2
        while (!usedFiles.add(path.lowercase())) path = "${stem}_${n++}.catalog.kts"
        return path
    }

    private fun schemaFile(database: String, schema: String, content: SchemaExport): String {
        val text = DefinitionText().block("schemaDefinition(${KotlinLiterals.string(schema)})") { content.writeInside(this) }
        return "// Schema ${KotlinLiterals.comment(KotlinLiterals.string(schema))} of database ${KotlinLiterals.comment(KotlinLiterals.string(database))}, " +
            "included by $rootFile\n$text"
    }
}
