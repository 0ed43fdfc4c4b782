package dev.katalog.cli.quickstart

import dev.katalog.client.AtlanClient
import dev.katalog.client.atlan.DeleteType
import dev.katalog.client.batch.BatchOptions
import dev.katalog.client.progress.ProgressBar
import dev.katalog.dsl.search.search
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.Column
import dev.katalog.model.atlan.asset.EntityStatus
import dev.katalog.model.atlan.asset.Table
import kotlinx.coroutines.flow.count
import kotlinx.coroutines.flow.toList

/**
 * The tour of the product: applies a tree, searches it four ways, updates through a batch, tags, archives
 * and restores, and re-applies to show an empty plan. Every step checks its own result; the counts it
 * reports depend only on the tree, never on timing.
 */
internal class Quickstart(private val client: AtlanClient, private val out: (String) -> Unit) {
    /** A step whose result was not what it should be. */
    class CheckFailed(message: String) : RuntimeException(message)

    private fun check(ok: Boolean, what: () -> String) {
        if (!ok) throw CheckFailed(what())
    }

    /** Runs the tour; returns the closing line. */
    suspend fun run(): String {
        val started = System.nanoTime()
        val suffix = System.currentTimeMillis().toString()
        val tree = QuickstartTree.of("quickstart-$suffix", "Quickstart glossary $suffix")

        out("1. Plan and apply a tree: 1 connection, 2 databases, 4 schemas, 40 tables, 400 columns, a glossary with a category and 3 terms")
        val plan = client.trees.plan(tree)
        out("   " + plan.render().lines().last())
        val applied = ProgressBar.start("applying", plan.creates.size.toLong()).use { bar -> client.trees.apply(plan, BatchOptions.builder().listener(bar).build()) }
        check(applied.failures.isEmpty()) { "apply failed: ${applied.failures.first().error.message}" }
        check(applied.created == plan.creates.size.toLong()) { "apply created ${applied.created} assets, the plan had ${plan.creates.size}" }
        val connection = plan.connections.values.single()
        out("   created ${applied.created} assets under $connection")

        out("2. Search")
        val prefix = client.search.stream(Table) { where(Table.QUALIFIED_NAME startsWith "$connection/SALES/RAW/"); where(Table.NAME startsWith "SALES_RAW_T0") }.toList()
        check(prefix.size == 9) { "the prefix search found ${prefix.size} tables, not 9" }
        out("   tables named SALES_RAW_T0*: ${prefix.size} (${prefix.mapNotNull { it.name }.sorted().take(3).joinToString()}, …)")
        val big = client.search.stream(Table) { where(Table.CONNECTION_QUALIFIED_NAME eq connection); where(Table.ROW_COUNT gt 1_000_000); include(Table.ROW_COUNT); sort(Table.ROW_COUNT.desc()) }.toList()
        check(big.size == 8) { "the range search found ${big.size} tables over 1,000,000 rows, not 8" }
        out("   tables over 1,000,000 rows: ${big.size}, largest ${big.first().name} with ${big.first().rowCount} rows")
        val byType = client.search.aggregate(search { where(Asset.QUALIFIED_NAME startsWith connection); aggregate("types", Asset.TYPE_NAME.bucketBy(10)) })
        val counts = byType.getValue("types").buckets.associate { it.key to it.docCount }
        // Atlan normalizes __typeName.keyword to lower case, so its buckets are keyed "column", "table"...
        check(counts == mapOf("column" to 400L, "table" to 40L, "schema" to 4L, "database" to 2L, "connection" to 1L)) { "the aggregation by type counted $counts" }
        out("   assets by type: " + counts.entries.joinToString { "${it.key} ${it.value}" })
        val columns = client.search.stream(Column) { where(Column.CONNECTION_QUALIFIED_NAME eq connection); pageSize(100) }.count()
        check(columns == 400) { "streaming the columns gave $columns, not 400" }
        out("   streamed all columns, 100 a page: $columns")
        val found = prefix.size + big.size + columns

        out("3. Update descriptions and owners through a batch, and tag tables")
        val tables = client.search.stream(Table) { where(Table.CONNECTION_QUALIFIED_NAME eq connection) }.toList()
        val updated = client.assets.batch(BatchOptions.builder().size(20).build()) {
            for (table in tables) add(Table.updater(table.qualifiedName!!, table.name!!).userDescription("Reviewed by the quickstart").ownerUsers(listOf("admin")).build())
        }
        check(updated.updatedCount == 40L && updated.failures.isEmpty()) { "the batch updated ${updated.updatedCount} tables, not 40" }
        for (table in prefix) client.tags.add(Table, table.qualifiedName!!, listOf("Confidential"))
        val tagged = client.search.stream(search { where(Asset.QUALIFIED_NAME startsWith connection); tagged("Confidential") }).count()
        check(tagged == prefix.size) { "$tagged tables carry the tag, not ${prefix.size}" }
        out("   ${updated.updatedCount} tables updated in batches of 20; $tagged tagged Confidential")

        out("4. Archive a table and restore it")
        val victim = prefix.minBy { it.name!! }
        val deleted = client.assets.delete(listOf(victim.guid!!), DeleteType.SOFT).deleted.size
        check(deleted == 1 && client.assets.get(victim.guid!!).status == EntityStatus.DELETED) { "${victim.name} was not archived" }
        check(client.assets.restore(Table, victim.qualifiedName!!) && client.assets.get(victim.guid!!).status == EntityStatus.ACTIVE) { "${victim.name} was not restored" }
        out("   ${victim.name}: archived, then restored")

        out("5. Re-apply the tree")
        val again = client.trees.plan(tree)
        check(again.isEmpty) { "the second plan is not empty:\n${again.render()}" }
        val reapplied = client.trees.apply(tree)
        check(reapplied.created == 0L && reapplied.updated == 0L) { "re-applying changed ${reapplied.created + reapplied.updated} assets" }
        out("   " + again.render().lines().last())

        val seconds = (System.nanoTime() - started) / 1e9
        return "quickstart ok: ${applied.created} assets applied, $found found by search, ${updated.updatedCount + tagged} updated, $deleted deleted in %.1fs".format(seconds)
    }
}
