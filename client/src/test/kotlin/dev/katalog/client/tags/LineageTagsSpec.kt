package dev.katalog.client.tags

import dev.katalog.client.AtlanClient
import dev.katalog.client.it.SharedCatalog
import dev.katalog.dsl.search.search
import dev.katalog.dsl.tree.catalog
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.Connector
import dev.katalog.model.atlan.asset.Process
import dev.katalog.model.atlan.asset.Table
import dev.katalog.model.atlan.asset.TagPropagation
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainExactlyInAnyOrder
import io.kotest.matchers.shouldBe
import kotlinx.coroutines.flow.toList

/** Atlan tags spreading downstream through processes in the local catalog, hop after hop, and withdrawn again. */
class LineageTagsSpec : FunSpec({
    val client: AtlanClient = SharedCatalog.client()
    afterSpec { client.close() }
    val run = "${System.nanoTime() % 1_000_000_000}"
    lateinit var connectionQn: String
    lateinit var schemaQn: String

    suspend fun carrying(tag: String): List<String> =
        client.search.stream(search { where(Asset.QUALIFIED_NAME startsWith "$connectionQn/"); where(Asset.PROPAGATED_ATLAN_TAGS eq tag) }).toList().map { it.name!! }

    suspend fun process(name: String, from: String, to: String) =
        client.assets.save(Process.creator(name, connectionQn, listOf(Table.refByQualifiedName("$schemaQn/$from")), listOf(Table.refByQualifiedName("$schemaQn/$to"))).build())

    beforeSpec {
        check(client.trees.apply(catalog {
            connection("lineage-tags-$run", Connector.SNOWFLAKE) {
                adminUsers("admin")
                database("DB") { schema("S") { table("RAW"); table("MID"); table("OUT"); table("FINAL") } }
            }
        }).succeeded)
        connectionQn = client.search.stream(search { where(Asset.NAME eq "lineage-tags-$run"); where(Asset.TYPE_NAME eq "Connection") }).toList().single().qualifiedName!!
        schemaQn = "$connectionQn/DB/S"
        process("raw-to-mid", "RAW", "MID")
        process("mid-to-out", "MID", "OUT")
    }

    test("a propagating tag reaches every process and asset downstream, as a copy naming its source") {
        client.tags.add(Table, "$schemaQn/RAW", listOf("Confidential"), TagPropagation.FULL)
        carrying("Confidential") shouldContainExactlyInAnyOrder listOf("raw-to-mid", "MID", "mid-to-out", "OUT")
        val raw = client.assets.get(Table, "$schemaQn/RAW")
        client.tags.tagsOf(client.assets.get(Table, "$schemaQn/OUT")).map { it.name to it.sourceGuid } shouldBe listOf("Confidential" to raw.guid)
    }

    test("a process added downstream later carries it on") {
        process("out-to-final", "OUT", "FINAL")
        carrying("Confidential") shouldContainExactlyInAnyOrder listOf("raw-to-mid", "MID", "mid-to-out", "OUT", "out-to-final", "FINAL")
    }

    test("restricting lineage propagation withdraws the copies; lifting it spreads them again") {
        val restricted = TagPropagation.builder().propagate(true).restrictPropagationThroughLineage(true).build()
        client.tags.update(Table, "$schemaQn/RAW", listOf("Confidential"), restricted)
        carrying("Confidential") shouldBe emptyList()
        client.tags.update(Table, "$schemaQn/RAW", listOf("Confidential"), TagPropagation.FULL)
        carrying("Confidential").size shouldBe 6
    }

    test("archiving the tagged source withdraws the copies that go with it") {
        val raw = client.assets.get(Table, "$schemaQn/RAW")
        client.assets.delete(listOf(raw.guid!!))
        carrying("Confidential") shouldBe emptyList()
    }
})
