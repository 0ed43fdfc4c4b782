package dev.katalog.cli.export

import dev.katalog.cli.CommandLine
import dev.katalog.cli.script.KatalogScripts
import dev.katalog.client.AtlanClient
import dev.katalog.client.openmetadata.OpenMetadataClient
import dev.katalog.dsl.tree.CatalogTree
import kotlinx.coroutines.runBlocking
import java.nio.file.Files

/**
 * `migrate --from atlan:URL --to openmetadata:URL --connection QN [--glossary NAME …] [--dry-run]`: the connection
 * exported from Atlan as a definition, and that same definition planned and applied on OpenMetadata, with `!` lines
 * for what OpenMetadata cannot hold. Tokens come from `--from-token` / `--to-token` or the environment
 * (`ATLAN_API_KEY`, `OPENMETADATA_JWT_TOKEN`), and are never printed.
 */
internal object MigrateCommand {
    private val valued = setOf("--from", "--to", "--from-token", "--to-token", "--connection", "--glossary", "--name", "--file-per-schema-above")

    fun run(args: List<String>, env: Map<String, String> = System.getenv()): Int {
        val line = CommandLine.parse("migrate", args, valued, setOf("--dry-run", "--debug"))
        if (line.positional.isNotEmpty()) throw CommandLine.UsageError("migrate takes no file, got ${line.positional.joinToString(" ")}")
        val from = endpoint(line, "--from", "atlan")
        val to = endpoint(line, "--to", "openmetadata")
        val connection = ExportCommand.connectionOf(line, "migrate")
        val atlanToken = line.option("--from-token") ?: env["ATLAN_API_KEY"]?.takeIf { it.isNotBlank() }
            ?: throw CommandLine.UsageError("migrate needs Atlan's API token: set ATLAN_API_KEY or give --from-token")
        val omToken = line.option("--to-token") ?: env["OPENMETADATA_JWT_TOKEN"]?.takeIf { it.isNotBlank() }
            ?: throw CommandLine.UsageError("migrate needs OpenMetadata's JWT: set OPENMETADATA_JWT_TOKEN or give --to-token")

        val export = AtlanClient(from, atlanToken).use { atlan -> runBlocking { atlan.export.connection(connection, line.options("--glossary"), ExportCommand.optionsOf(line)) } }
        val dir = Files.createTempDirectory("katalog-migrate")
        try {
            val root = export.writeTo(dir)
            System.err.println(ExportCommand.summary(export, "from $from"))
            val tree = KatalogScripts.run(root.toFile(), null) as CatalogTree
            return OpenMetadataClient(to, omToken).use { om ->
                val plan = runBlocking { om.trees.plan(tree) }
                println(plan.render())
                if (line.has("--dry-run") || plan.isEmpty) return@use 0
                val result = runBlocking { om.trees.apply(plan) }
                println("Applied to OpenMetadata: ${result.created} created, ${result.updated} updated, ${result.lineageEdges} lineage edges.")
                result.failures.forEach { (fqn, error) -> System.err.println("failed: $fqn: ${error.message}") }
                if (result.succeeded) 0 else 1
            }
        } finally {
            dir.toFile().deleteRecursively()
        }
    }

    /** The URL of `--from atlan:URL` / `--to openmetadata:URL`; only Atlan → OpenMetadata is supported. */
    private fun endpoint(line: CommandLine, option: String, catalog: String): String {
        val value = line.option(option) ?: throw CommandLine.UsageError("migrate needs $option $catalog:URL, e.g. $option $catalog:http://127.0.0.1:21000")
        val kind = value.substringBefore(':')
        val url = value.substringAfter(':', "")
        if (kind != catalog || url.isBlank()) {
            throw CommandLine.UsageError(
                "migrate $option takes $catalog:URL, got \"${value.take(60)}\"; migrate goes from Atlan to OpenMetadata " +
                    "(exporting from OpenMetadata is not supported yet)",
            )
        }
        return url
    }
}
