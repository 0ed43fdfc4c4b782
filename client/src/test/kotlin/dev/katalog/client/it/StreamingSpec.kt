package dev.katalog.client.it

import dev.katalog.client.batch.BatchOptions
import dev.katalog.dsl.search.search
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.Column
import dev.katalog.model.atlan.asset.Connection
import dev.katalog.model.atlan.asset.Database
import dev.katalog.model.atlan.asset.Schema
import dev.katalog.model.atlan.asset.Table
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.ints.shouldBeGreaterThan
import io.kotest.matchers.shouldBe
import kotlinx.coroutines.flow.toList

/** Paging past a lowered window threshold: 5,000 assets, many sharing a creation time, every GUID exactly once. */
class StreamingSpec : FunSpec({
    val connectionQn = SharedCatalog.uniqueConnection("postgres")
    val tableQn = "$connectionQn/DB/S/WIDE"

    test("5,000 columns saved in batches, then streamed past a threshold of 500") {
        SharedCatalog.client().use { client ->
            client.assets.save(Connection.creator("stream-${connectionQn.substringAfterLast('/')}", "postgres", connectionQn).adminUsers(listOf("admin")).build())
            client.assets.save(Database.creator("DB", connectionQn).build())
            client.assets.save(Schema.creator("S", "$connectionQn/DB").build())
            client.assets.save(Table.creator("WIDE", "$connectionQn/DB/S").build())
            val summary = client.assets.batch(BatchOptions.builder().size(500).concurrency(2).build()) {
                for (i in 1..5_000) add(Column.creator("C%05d".format(i), Table, tableQn, i).build())
            }
            summary.failures shouldBe emptyList()
            summary.createdCount shouldBe 5_000
        }
        SharedCatalog.client { searchWindowThreshold(500) }.use { client ->
            val request = search { where(Asset.CONNECTION_QUALIFIED_NAME eq connectionQn); where(Asset.TYPE_NAME eq "Column"); pageSize(200) }
            val assets = client.search.stream(request).toList()
            val guids = assets.map { it.guid }
            guids.size shouldBe 5_000
            guids.toSet().size shouldBe 5_000
            // Saved 500 to a call: many columns share a creation time, which creation-time paging must not trip on.
            assets.groupBy { it.createTime }.values.maxOf { it.size } shouldBeGreaterThan 1
        }
    }
})
