package dev.katalog.cli.export

import dev.katalog.cli.CommandLine
import dev.katalog.cli.script.KatalogScripts
import dev.katalog.client.AtlanClient
import dev.katalog.client.export.CatalogExport
import dev.katalog.client.openmetadata.OpenMetadataClient
import dev.katalog.dsl.tree.CatalogTree
import kotlinx.coroutines.runBlocking
import java.nio.file.Files

/**
 * `migrate --from atlan:URL --to openmetadata:URL --connection QN …` or `migrate --from openmetadata:URL --to atlan:URL
 * --connection SERVICE --admin-user NAME …` (`[--glossary NAME …] [--name NAME] [--dry-run]`): the connection (or
 * database service) exported from one catalog as a definition, and that same definition planned and applied on the
 * other, with `!` lines for what the target cannot hold (OpenMetadata's plan) or what the definition could not carry
 * (the export's not-exported list, going to Atlan, whose trees hold everything the definition declares). Tokens come
 * from `--from-token` / `--to-token` or the environment (`ATLAN_API_KEY`, `OPENMETADATA_JWT_TOKEN`), and are never printed.
 */
internal object MigrateCommand {
    private val valued = setOf("--from", "--to", "--from-token", "--to-token", "--connection", "--glossary", "--name", "--file-per-schema-above", "--admin-user")

    private const val ATLAN = "atlan"
    private const val OPENMETADATA = "openmetadata"

    /** The directions migrate goes, as `--from` and `--to` name them. */
    private val SUPPORTED = listOf(ATLAN to OPENMETADATA, OPENMETADATA to ATLAN)

    fun run(args: List<String>, env: Map<String, String> = System.getenv()): Int {
        val line = CommandLine.parse("migrate", args, valued, setOf("--dry-run", "--debug"))
        if (line.positional.isNotEmpty()) throw CommandLine.UsageError("migrate takes no file, got ${line.positional.joinToString(" ")}")
        val (fromKind, from) = endpoint(line, "--from")
        val (toKind, to) = endpoint(line, "--to")
        if (fromKind to toKind !in SUPPORTED) {
            throw CommandLine.UsageError("migrate goes from $fromKind to $toKind, which is not a supported direction: ${directions()}")
        }
        val connection = ExportCommand.connectionOf(line, "migrate")
        val fromToken = line.option("--from-token") ?: env[tokenVariable(fromKind)]?.takeIf { it.isNotBlank() }
            ?: throw CommandLine.UsageError("migrate needs ${catalogName(fromKind)}'s ${tokenName(fromKind)}: set ${tokenVariable(fromKind)} or give --from-token")
        val toToken = line.option("--to-token") ?: env[tokenVariable(toKind)]?.takeIf { it.isNotBlank() }
            ?: throw CommandLine.UsageError("migrate needs ${catalogName(toKind)}'s ${tokenName(toKind)}: set ${tokenVariable(toKind)} or give --to-token")
        val options = ExportCommand.optionsOf(line)
        if (toKind == ATLAN && options.adminUsers.isEmpty()) {
            throw CommandLine.UsageError(
                "migrate to Atlan needs --admin-user NAME: the connection's admin in Atlan, which an OpenMetadata database service does not have",
            )
        }
        val glossaries = line.options("--glossary")
        val export = when (fromKind) {
            ATLAN -> AtlanClient(from, fromToken).use { atlan -> runBlocking { atlan.export.connection(connection, glossaries, options) } }
            else -> OpenMetadataClient(from, fromToken).use { om -> runBlocking { om.export.service(connection, glossaries, options) } }
        }
        val dir = Files.createTempDirectory("katalog-migrate")
        try {
            val root = export.writeTo(dir)
            System.err.println(ExportCommand.summary(export, "from $from"))
            val tree = KatalogScripts.run(root.toFile(), null) as CatalogTree
            return if (toKind == OPENMETADATA) toOpenMetadata(tree, to, toToken, line.has("--dry-run")) else toAtlan(export, tree, to, toToken, line.has("--dry-run"))
        } finally {
            dir.toFile().deleteRecursively()
        }
    }

    private fun toOpenMetadata(tree: CatalogTree, url: String, token: String, dryRun: Boolean): Int = OpenMetadataClient(url, token).use { om ->
        val plan = runBlocking { om.trees.plan(tree) }
        println(plan.render())
        if (dryRun || plan.isEmpty) return@use 0
        val result = runBlocking { om.trees.apply(plan) }
        println("Applied to OpenMetadata: ${result.created} created, ${result.updated} updated, ${result.lineageEdges} lineage edges.")
        result.failures.forEach { (fqn, error) -> System.err.println("failed: $fqn: ${error.message}") }
        if (result.succeeded) 0 else 1
    }

    /**
     * Atlan's trees hold everything a definition declares (its plan has no `!` lines of its own); what OpenMetadata had
     * that the definition could not carry is the export's not-exported list, printed as the plan's `!` lines.
     */
    private fun toAtlan(export: CatalogExport, tree: CatalogTree, url: String, token: String, dryRun: Boolean): Int = AtlanClient(url, token).use { atlan ->
        val plan = runBlocking { atlan.trees.plan(tree) }
        println(plan.render())
        for (missing in export.notExported) println("! $missing")
        if (dryRun || plan.isEmpty) return@use 0
        val result = runBlocking { atlan.trees.apply(plan) }
        println("Applied to Atlan: ${result.created} created, ${result.updated} updated.")
        result.failures.forEach { failure -> System.err.println("failed: ${failure.assets.joinToString { it.qualifiedName ?: it.typeName }}: ${failure.error.message}") }
        if (result.succeeded) 0 else 1
    }

    /** The catalog and URL of `--from KIND:URL` / `--to KIND:URL`. */
    private fun endpoint(line: CommandLine, option: String): Pair<String, String> {
        val value = line.option(option) ?: throw CommandLine.UsageError("migrate needs $option KIND:URL; ${directions()}")
        val kind = value.substringBefore(':')
        val url = value.substringAfter(':', "")
        if (kind !in listOf(ATLAN, OPENMETADATA) || url.isBlank()) {
            throw CommandLine.UsageError("migrate $option takes atlan:URL or openmetadata:URL, got \"${value.take(60)}\"; ${directions()}")
        }
        return kind to url
    }

    private fun directions(): String =
        "migrate goes --from atlan:URL --to openmetadata:URL (--connection QN) or --from openmetadata:URL --to atlan:URL (--connection SERVICE --admin-user NAME)"

    private fun catalogName(kind: String) = if (kind == ATLAN) "Atlan" else "OpenMetadata"
    private fun tokenName(kind: String) = if (kind == ATLAN) "API token" else "JWT"
    private fun tokenVariable(kind: String) = if (kind == ATLAN) "ATLAN_API_KEY" else "OPENMETADATA_JWT_TOKEN"
}
