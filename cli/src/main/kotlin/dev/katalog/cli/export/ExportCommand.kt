package dev.katalog.cli.export

import dev.katalog.cli.CommandLine
import dev.katalog.cli.script.TreeFileCommands
import dev.katalog.client.export.CatalogExport
import dev.katalog.client.export.ExportOptions
import kotlinx.coroutines.runBlocking
import java.io.File

/**
 * `export --connection QN [--glossary NAME …] [--out FILE|DIR] [--name NAME] [--file-per-schema-above N]`: an
 * existing connection (and glossaries) written as a definition file; without `--out`, a one-file definition goes to
 * standard output.
 */
internal object ExportCommand {
    private val valued = setOf("--base-url", "--api-token", "--connection", "--glossary", "--out", "--name", "--file-per-schema-above")

    fun run(args: List<String>): Int {
        val line = CommandLine.parse("export", args, valued, setOf("--debug"))
        if (line.positional.isNotEmpty()) throw CommandLine.UsageError("export takes no file: give the output with --out FILE|DIR, got ${line.positional.joinToString(" ")}")
        val connection = connectionOf(line, "export")
        val options = optionsOf(line)
        val export = TreeFileCommands.client(line).use { client -> runBlocking { client.export.connection(connection, line.options("--glossary"), options) } }
        val out = line.option("--out")
        if (out == null) {
            if (export.files.size > 1) throw CommandLine.UsageError("the export is ${export.files.size} files (one per schema): give --out DIR or --out FILE.catalog.kts")
            print(export.root.text)
        } else {
            val root = export.writeTo(File(out).toPath())
            System.err.println(summary(export, "to $root"))
        }
        return 0
    }

    /** `exported N assets to …`, with how many files and what was not exported. */
    fun summary(export: CatalogExport, where: String): String = buildString {
        append("exported ${export.assets} assets $where")
        if (export.files.size > 1) append(" (${export.files.size} files: the root and one per schema)")
        if (export.notExported.isNotEmpty()) append("; ${export.notExported.size} not exported, listed at the top of the root file")
    }

    fun connectionOf(line: CommandLine, command: String): String = line.option("--connection")
        ?: throw CommandLine.UsageError("$command needs --connection QN, the qualifiedName of the connection, e.g. --connection default/snowflake/1712345678")

    fun optionsOf(line: CommandLine): ExportOptions {
        val above = line.option("--file-per-schema-above")?.let {
            it.toIntOrNull()?.takeIf { n -> n >= 0 } ?: throw CommandLine.UsageError("--file-per-schema-above takes a number of assets (0 or more), got \"${it.take(40)}\"")
        } ?: ExportOptions.DEFAULT_FILE_PER_SCHEMA_ABOVE
        return ExportOptions(line.option("--name"), above, line.options("--admin-user"))
    }
}
