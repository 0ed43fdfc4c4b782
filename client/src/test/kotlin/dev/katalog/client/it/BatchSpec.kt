package dev.katalog.client.it

import dev.katalog.client.assets.ReadOptions
import dev.katalog.client.atlan.AtlanException
import dev.katalog.client.batch.BatchOptions
import dev.katalog.client.batch.BatchProgress
import dev.katalog.dsl.tree.catalog
import dev.katalog.model.atlan.asset.AtlasGlossary
import dev.katalog.model.atlan.asset.AtlasGlossaryTerm
import dev.katalog.model.atlan.asset.Connection
import dev.katalog.model.atlan.asset.Connector
import dev.katalog.model.atlan.asset.Database
import dev.katalog.model.atlan.asset.EntityStatus
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldHaveSize
import io.kotest.matchers.doubles.shouldBeGreaterThan
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import java.util.concurrent.CopyOnWriteArrayList

/** AssetBatch against the local catalog: counts, progress, captured failures, update-only, restores, placeholders. */
class BatchSpec : FunSpec({
    val client = SharedCatalog.client()
    afterSpec { client.close() }
    val connectionQn = SharedCatalog.uniqueConnection("mysql")

    beforeSpec { client.assets.save(Connection.creator("batch-${connectionQn.substringAfterLast('/')}", "mysql", connectionQn).adminUsers(listOf("admin")).build()) }

    test("creates and updates are counted, with progress as it goes") {
        val progress = CopyOnWriteArrayList<BatchProgress>()
        val options = BatchOptions.builder().size(3).concurrency(2).expectedTotal(10).listener { progress += it }.build()
        val first = client.assets.batch(options) { for (i in 1..10) add(Database.creator("DB$i", connectionQn).build()) }
        first.createdCount shouldBe 10
        first.created shouldHaveSize 10
        progress.last().done shouldBe 10
        progress.last().total shouldBe 10
        progress.last().assetsPerSecond shouldBeGreaterThan 0.0
        val second = client.assets.batch(options) { for (i in 1..10) add(Database.updater("$connectionQn/DB$i", "DB$i").description("again").build()) }
        second.updatedCount shouldBe 10
        second.createdCount shouldBe 0
    }

    test("a failed call is captured with its assets, and the rest still saved") {
        val summary = client.assets.batch(BatchOptions.builder().size(1).build()) {
            add(Database.creator("OK1", connectionQn).build())
            add(Database.creator("BAD", "default/mysql/does-not-exist").build())
            add(Database.creator("OK2", connectionQn).build())
        }
        summary.createdCount shouldBe 2
        summary.failedCount shouldBe 1
        summary.failures.single().assets.single().qualifiedName shouldBe "default/mysql/does-not-exist/BAD"
        summary.failures.single().error.message!! shouldContain "does-not-exist"
    }

    test("without capturing, the first failure stops the batch") {
        shouldThrow<AtlanException> {
            client.assets.batch(BatchOptions.builder().size(1).captureFailures(false).build()) {
                add(Database.creator("BAD", "default/mysql/does-not-exist").build())
            }
        }
    }

    test("update-only leaves out assets that do not exist") {
        val summary = client.assets.batch(BatchOptions.builder().updateOnly(true).build()) {
            add(Database.updater("$connectionQn/DB1", "DB1").description("only update").build())
            add(Database.updater("$connectionQn/NEW", "NEW").description("would be created").build())
        }
        summary.updatedCount shouldBe 1
        summary.createdCount shouldBe 0
        summary.failures.single().assets.single().qualifiedName shouldBe "$connectionQn/NEW"
        client.assets.getOrNull(Database, "$connectionQn/NEW") shouldBe null
    }

    test("saving an archived asset as active restores it, and the batch says so") {
        val db = client.assets.get(Database, "$connectionQn/DB2")
        client.assets.delete(listOf(db.guid!!))
        val summary = client.assets.batch(BatchOptions.builder().trackRestores(true).build()) {
            add(Database.updater("$connectionQn/DB2", "DB2").status(EntityStatus.ACTIVE).build())
        }
        summary.restoredCount shouldBe 1
        summary.restored shouldBe listOf(db.guid)
        client.assets.get(db.guid!!).status shouldBe EntityStatus.ACTIVE
    }

    test("placeholders assigned by earlier calls are resolved in later ones") {
        val glossary = AtlasGlossary.creator("Batch glossary ${System.nanoTime()}").build()
        val summary = client.assets.batch(BatchOptions.builder().size(1).concurrency(1).build()) {
            add(glossary)
            flush()
            add(AtlasGlossaryTerm.creator("T1", AtlasGlossary.refByGuid(glossary.guid!!)).build())
        }
        summary.failures shouldBe emptyList()
        summary.createdCount shouldBe 2
        // A read brings relationships such as the anchor only when asked for (ReadOptions.FULL).
        val term = client.assets.get(summary.created.last(), ReadOptions.FULL) as AtlasGlossaryTerm
        term.anchor!!.guid shouldBe summary.guidAssignments.getValue(glossary.guid!!)
    }

    test("without collectGuids a batch keeps only the latest placeholder GUIDs, and a reference to a forgotten one fails by name") {
        val glossaries = List(3) { AtlasGlossary.creator("Forgetful glossary $it ${System.nanoTime()}").build() }
        val options = BatchOptions.builder().size(1).concurrency(1).collectGuids(false).placeholderMemory(2).build()
        val summary = client.assets.batch(options) {
            glossaries.forEach { add(it); flush() }
            add(AtlasGlossaryTerm.creator("Recent", AtlasGlossary.refByGuid(glossaries[2].guid!!)).build())
            add(AtlasGlossaryTerm.creator("Too old", AtlasGlossary.refByGuid(glossaries[0].guid!!)).build())
        }
        summary.createdCount shouldBe 4
        summary.guidAssignments shouldBe emptyMap()
        summary.failures.single().assets.single().name shouldBe "Too old"
        summary.failures.single().error.message!! shouldContain glossaries[0].guid!!
        summary.failures.single().error.hint shouldContain "placeholderMemory"
    }

    test("a new connection's admins must exist") {
        val tree = catalog { connection("no-admins-${System.nanoTime()}", Connector.SNOWFLAKE) { adminUsers("nobody-at-all") } }
        val e = shouldThrow<AtlanException.NotFound> { client.trees.plan(tree) }
        e.message!! shouldContain "nobody-at-all"
    }
})
