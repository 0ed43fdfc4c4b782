package dev.katalog.client.it

import dev.katalog.client.assets.Announcement
import dev.katalog.client.assets.AnnouncementType
import dev.katalog.client.assets.CertificateStatuses
import dev.katalog.client.assets.ReadOptions
import dev.katalog.client.core.UsageException
import dev.katalog.dsl.tree.catalog
import dev.katalog.model.atlan.asset.AtlasGlossaryTerm
import dev.katalog.model.atlan.asset.Column
import dev.katalog.model.atlan.asset.Connector
import dev.katalog.client.atlan.DeleteType
import dev.katalog.model.atlan.asset.EntityStatus
import dev.katalog.model.atlan.asset.Link
import dev.katalog.model.atlan.asset.Readme
import dev.katalog.model.atlan.asset.ReadmeContent
import dev.katalog.model.atlan.asset.Table
import dev.katalog.model.atlan.enums.CertificateStatus
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainExactly
import io.kotest.matchers.collections.shouldContain
import io.kotest.matchers.collections.shouldContainExactlyInAnyOrder
import io.kotest.matchers.nulls.shouldBeNull
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import kotlinx.coroutines.flow.toList

/** A data steward's curation, over HTTP against the local catalog: certificates, announcements, terms, names. */
class CurationSpec : FunSpec({
    val client = SharedCatalog.client()
    afterSpec { client.close() }
    val run = "${System.nanoTime() % 1_000_000_000}"
    var tableQn = ""

    beforeSpec {
        val applied = client.trees.apply(catalog {
            connection("curation-$run", Connector.SNOWFLAKE) {
                adminUsers("admin")
                database("DB") {
                    schema("S") {
                        table("ORDERS") { column("ID", dataType = "NUMBER", order = 1) }
                        table("RETURNS")
                        table("REFUNDS")
                    }
                }
            }
            glossary("Finance $run") {
                category("Metrics") { category("Revenue KPIs") { term("Net Revenue") } }
                category("Reference")
                term("Revenue")
                term("Margin")
            }
            glossary("Sales $run") { term("Revenue") }
        })
        check(applied.succeeded) { "${applied.failures}" }
        val connection = client.assets.findConnections("curation-$run", Connector.SNOWFLAKE).single()
        tableQn = "${connection.qualifiedName}/DB/S/ORDERS"
    }

    test("certify, then uncertify: only the certificate changes") {
        client.assets.certify(Table, tableQn, CertificateStatus.VERIFIED, "Checked by data team").updated.map { it.qualifiedName } shouldBe listOf(tableQn)
        // Someone else describes the table meanwhile; the partial update must not undo it.
        client.assets.save(Table.updater(tableQn, "ORDERS").description("One row per order").build())
        val certified = client.assets.get(Table, tableQn)
        certified.certificateStatus shouldBe CertificateStatus.VERIFIED
        certified.certificateStatusMessage shouldBe "Checked by data team"
        certified.description shouldBe "One row per order"

        client.assets.removeCertificate(Table, tableQn)
        val plain = client.assets.get(Table, tableQn)
        plain.certificateStatus.shouldBeNull()
        plain.certificateStatusMessage.shouldBeNull()
        plain.description shouldBe "One row per order"
    }

    test("announce, then clear") {
        client.assets.announce(Table, tableQn, Announcement(AnnouncementType.WARNING, "Migration", "Moving to new schema on Friday"))
        val announced = client.assets.get(Table, tableQn)
        announced.announcementTitle shouldBe "Migration"
        announced.announcementMessage shouldBe "Moving to new schema on Friday"
        announced.announcementType shouldBe "warning"
        client.assets.removeAnnouncement(Table, tableQn)
        val cleared = client.assets.get(Table, tableQn)
        cleared.announcementTitle.shouldBeNull()
        cleared.announcementType.shouldBeNull()
    }

    test("append two terms, then remove one: the other stays, and a concurrent description change is kept") {
        val revenue = client.glossary.findTerm("Revenue", "Finance $run")
        val margin = client.glossary.findTerm("Margin", "Finance $run")
        client.glossary.appendTerms(Table, tableQn, listOf(revenue.guid!!, margin.guid!!))
        client.assets.get(Table, tableQn).termAssignments.orEmpty().map { it.termGuid } shouldContainExactlyInAnyOrder listOf(revenue.guid, margin.guid)
        client.assets.save(Table.updater(tableQn, "ORDERS").description("Orders, one row each").build())

        client.glossary.removeTermsByName(Table, tableQn, "Finance $run", listOf("Revenue"))
        val after = client.assets.get(Table, tableQn)
        after.termAssignments.orEmpty().map { it.termGuid } shouldContainExactly listOf(margin.guid)
        after.description shouldBe "Orders, one row each"
        client.glossary.assetsWithTerm(margin.qualifiedName!!).toList().map { it.qualifiedName } shouldContainExactly listOf(tableQn)
        client.glossary.assetsWithTerm(revenue.qualifiedName!!).toList().shouldContainExactly(emptyList())

        client.glossary.replaceTerms(Table, tableQn, listOf(revenue.guid!!))
        client.assets.get(Table, tableQn).termAssignments.orEmpty().map { it.termGuid } shouldContainExactly listOf(revenue.guid)
    }

    test("terms on many assets in one call: append two, remove one, replace, clear") {
        val schemaQn = tableQn.substringBeforeLast('/')
        val tables = listOf("RETURNS", "REFUNDS").map { client.assets.get(Table, "$schemaQn/$it") }
        val revenue = client.glossary.findTerm("Revenue", "Finance $run").guid!!
        val margin = client.glossary.findTerm("Margin", "Finance $run").guid!!
        suspend fun termsOf(table: Table) = client.assets.get(Table, table.qualifiedName!!).termAssignments.orEmpty().map { it.termGuid }

        client.glossary.appendTerms(tables, listOf(revenue, margin))
        tables.forEach { termsOf(it) shouldContainExactlyInAnyOrder listOf(revenue, margin) }
        client.glossary.removeTerms(tables, listOf(revenue))
        tables.forEach { termsOf(it) shouldContainExactly listOf(margin) }
        client.glossary.replaceTerms(tables, listOf(revenue))
        tables.forEach { termsOf(it) shouldContainExactly listOf(revenue) }
        client.glossary.replaceTerms(tables, emptyList())
        tables.forEach { termsOf(it) shouldContainExactly emptyList() }

        shouldThrow<UsageException> { client.glossary.appendTerms(emptyList(), listOf(revenue)) }.fix shouldContain "at least one asset"
        shouldThrow<UsageException> { client.glossary.removeTerms(tables, emptyList()) }.problem shouldContain "No term GUID"
    }

    test("find a term by names and walk its glossary's category hierarchy") {
        val term = client.glossary.findTerm("Net Revenue", "Finance $run")
        term.name shouldBe "Net Revenue"
        client.glossary.findTerm("Net Revenue").guid shouldBe term.guid
        client.glossary.findCategory("Revenue KPIs", "Finance $run").name shouldBe "Revenue KPIs"
        val hierarchy = client.glossary.hierarchy("Finance $run")
        hierarchy.roots.map { it.name } shouldContainExactly listOf("Metrics", "Reference")
        hierarchy.find("Metrics", "Revenue KPIs")?.category?.name shouldBe "Revenue KPIs"
        hierarchy.walk().map { it.name }.toList() shouldContainExactly listOf("Metrics", "Revenue KPIs", "Reference")
        hierarchy.find("Metrics", "Nope").shouldBeNull()
    }

    test("a table with 2,000 columns reads without its relationships by default, and with them on request") {
        val bigQn = tableQn.substringBeforeLast('/') + "/WIDE"
        client.assets.save(Table.creator("WIDE", tableQn.substringBeforeLast('/')).build())
        client.assets.batch { (1..2000).forEach { add(Column.creator("C$it", Table, bigQn, it).dataType("NUMBER").build()) } }
        val minimal = client.assets.get(Table, bigQn)
        val full = client.assets.get(Table, bigQn, ReadOptions.FULL)
        minimal.columns.shouldBeNull()
        full.columns.orEmpty().size shouldBe 2000
        val minimalSize = minimal.json.toString().length
        val fullSize = full.json.toString().length
        println("Reading a table with 2,000 columns: $minimalSize characters minimal, $fullSize with relationships")
        (fullSize > 50 * minimalSize) shouldBe true
        val chosen = client.assets.get(Table, bigQn, ReadOptions.attributes("description"))
        chosen.qualifiedName shouldBe bigQn
    }

    test("add a README and a link to the table, and read them back") {
        val table = client.assets.get(Table, tableQn)
        val html = "<h1>Orders</h1><p>One row per order, 100% checked & loaded/daily</p>"
        client.assets.save(Readme.creator(table, html).build())
        val readme = client.assets.getReadme(Table, tableQn)
        readme.qualifiedName shouldBe "${table.guid}/readme"
        readme.name shouldBe "ORDERS Readme"
        ReadmeContent.of(readme) shouldBe html
        client.assets.save(Link.creator(table, "Runbook", "https://wiki.example.com/orders").build())
        val full = client.assets.get(Table, tableQn, ReadOptions.FULL)
        full.readme?.guid shouldBe readme.guid
        full.links.orEmpty().map { it.name } shouldContainExactly listOf("Runbook")
        client.assets.getReadmeOrNull(Table, tableQn.substringBeforeLast('/') + "/WIDE").shouldBeNull()
    }

    test("assets a tree made carry their connection's name") {
        val found = client.search.stream(Table) { where(Table.CONNECTION_NAME eq "curation-$run") }.toList().map { it.qualifiedName }
        found shouldContain tableQn
        client.assets.get(Column, "$tableQn/ID").connectionName shouldBe "curation-$run"
    }

    test("archive columns by GUID, then restore them by GUID") {
        val column = client.assets.get(Column, "$tableQn/ID")
        client.assets.delete(listOf(column.guid!!), DeleteType.SOFT).deleted.map { it.guid } shouldContainExactly listOf(column.guid)
        client.assets.get(column.guid!!).status shouldBe EntityStatus.DELETED
        client.assets.restore(listOf(column.guid!!)).updated.map { it.guid } shouldContainExactly listOf(column.guid)
        client.assets.get(column.guid!!).status shouldBe EntityStatus.ACTIVE
    }

    test("bad input is a typed error naming the problem and the fix") {
        shouldThrow<UsageException> { CertificateStatuses.of("APPROVED") }.let {
            it.problem shouldContain "APPROVED"
            it.fix shouldContain "VERIFIED"
        }
        shouldThrow<UsageException> { Announcement(AnnouncementType.WARNING, " ", "no title") }.problem shouldContain "title"
        shouldThrow<UsageException> { client.glossary.findTerm("Revenue") }.let {
            it.problem shouldContain "Finance $run"
            it.problem shouldContain "Sales $run"
            it.fix shouldContain "findTerm(\"Revenue\", "
        }
        shouldThrow<UsageException> { client.assets.appendRelated(Table, tableQn, "parentCategory", listOf(AtlasGlossaryTerm.refByGuid("x"))) }.let {
            it.problem shouldContain "Table has no relationship attribute \"parentCategory\""
        }
        shouldThrow<UsageException> { client.assets.appendRelated(Table, tableQn, "description", listOf(Column.refByGuid("x"))) }
            .problem shouldContain "plain attribute"
    }
})
