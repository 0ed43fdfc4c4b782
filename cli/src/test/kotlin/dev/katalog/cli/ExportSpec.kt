package dev.katalog.cli

import dev.katalog.cli.export.ExportCommand
import dev.katalog.cli.export.MigrateCommand
import dev.katalog.cli.quickstart.QuickstartTree
import dev.katalog.cli.script.KatalogScripts
import dev.katalog.client.AtlanClient
import dev.katalog.client.core.UsageException
import dev.katalog.client.export.ExportOptions
import dev.katalog.client.names.CustomMetadataType
import dev.katalog.client.typedefs.CustomMetadataDefinition
import dev.katalog.client.typedefs.AtlanTagColor
import dev.katalog.client.typedefs.AtlanTagDefinition
import dev.katalog.dsl.tree.CatalogTree
import dev.katalog.dsl.tree.catalog
import dev.katalog.model.atlan.asset.Connector
import dev.katalog.model.atlan.asset.Procedure
import dev.katalog.model.atlan.asset.Table
import dev.katalog.model.atlan.asset.TagPropagation
import dev.katalog.model.atlan.enums.CertificateStatus
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainExactlyInAnyOrder
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.kotest.matchers.string.shouldNotContain
import io.kotest.matchers.string.shouldStartWith
import java.io.ByteArrayOutputStream
import java.io.File
import java.io.PrintStream
import java.nio.file.Files

/**
 * Export against a real local catalog: the quickstart's estate with tags, owners, certificates, terms, custom metadata,
 * a README, a tricky name and lineage added, exported; the exported file compiled by the script host and planned empty against the same catalog;
 * applied under another connection name and exported again, byte for byte the same; split by schema; bad input.
 */
class ExportSpec : FunSpec({
    val catalog = TestCatalog.catalog
    val client = AtlanClient(catalog.baseUrl, catalog.apiToken)
    val dir = Files.createTempDirectory("export").toFile()
    afterSpec { client.close(); dir.deleteRecursively() }

    val n = System.nanoTime() % 1_000_000_000
    val name = "export-$n"
    val glossary = "Export glossary $n"
    val tag = "Export PII $n"
    val set = "Export quality $n"
    val reviewed = java.time.Instant.parse("2026-11-30T10:15:30Z")
    // Quotes, a dollar and a newline: each must come back from the compiled file as it is in the catalog.
    val tricky = "we\"ird \$name\nsecond line"

    /** What the quickstart's tree lacks and the issue asks the export to carry, applied on top of it. */
    fun additions(): CatalogTree = catalog {
        connection(name, Connector.SNOWFLAKE) {
            adminUsers("admin")
            database("SALES") {
                schema("RAW") {
                    table("SALES_RAW_T01") {
                        tags(TagPropagation.FULL, tag)
                        ownerUsers("admin")
                        certificateStatus = CertificateStatus.VERIFIED
                        certificateStatusMessage = "Checked by \"finance\""
                        terms(glossary / "Revenue")
                        customMetadata(set) {
                            "Score" to 92.5
                            "Checked" to true
                            "Reviewed" to reviewed
                            "Stewards" to listOf("admin")
                            "Note" to "Loaded at 6, \"raw\" in \$\nsecond line"
                        }
                        readme("<h1>Raw sales</h1>\n<p>As \"loaded\", 100%</p>")
                    }
                    table(tricky) { description = "Costs in \$, \\ and \"quotes\""; column("A", dataType = "VARCHAR") { tags(tag) } }
                }
                schema("CURATED") { table("SALES_CURATED_T01") { ownerGroups("admins") } }
            }
            process("load \"raw\"") {
                sql = "insert into CURATED select * from RAW"
                reads("$name/SALES/RAW/SALES_RAW_T01", "$name/SALES/RAW/$tricky")
                writes("$name/SALES/CURATED/SALES_CURATED_T01")
            }
        }
        glossary(glossary) { term("Revenue") { description = "Money in"; ownerUsers("admin") } }
    }

    fun compiled(root: File): CatalogTree = KatalogScripts.run(root, null) as CatalogTree

    lateinit var qualifiedName: String

    beforeSpec {
        client.typeDefs.create(AtlanTagDefinition.builder(tag).color(AtlanTagColor.RED).build())
        client.typeDefs.create(
            CustomMetadataDefinition.builder(set).attribute("Score", CustomMetadataType.DECIMAL).attribute("Checked", CustomMetadataType.BOOLEAN)
                .attribute("Reviewed", CustomMetadataType.DATE).attribute("Stewards", CustomMetadataType.USER) { it.multiValued(true) }
                .attribute("Note", CustomMetadataType.TEXT).build(),
        )
        client.trees.apply(QuickstartTree.of(name, glossary)).succeeded shouldBe true
        val applied = client.trees.apply(additions())
        applied.succeeded shouldBe true
        qualifiedName = applied.plan.connections.getValue(name)
    }

    test("the estate exported: one block per asset, only what differs from the defaults, tags and lineage by name; planned again, nothing changes") {
        val export = client.export.connection(qualifiedName, listOf(glossary))
        export.notExported shouldBe emptyList()
        // 1 connection, 2 databases, 4 schemas, 41 tables, 401 columns, 1 process; 1 glossary, 1 category, 3 terms.
        export.assets shouldBe 455L
        val text = export.root.text
        text shouldContain """
            |                table("SALES_RAW_T01") {
            |                    description = "Table 1 of SALES.RAW"
            |                    certificateStatus = CertificateStatus.VERIFIED
            |                    certificateStatusMessage = "Checked by \"finance\""
            |                    ownerUsers("admin")
            |                    rowCount = 125000L
            |                    tags(TagPropagation.FULL, "$tag")
            |                    terms("$glossary" / "Revenue")
            |                    customMetadata("$set") {
            |                        "Score" to 92.5
            |                        "Checked" to true
            |                        "Reviewed" to java.time.Instant.parse("2026-11-30T10:15:30Z")
            |                        "Stewards" to listOf("admin")
            |                        "Note" to "Loaded at 6, \"raw\" in \${'$'}\nsecond line"
            |                    }
            |                    readme("<h1>Raw sales</h1>\n<p>As \"loaded\", 100%</p>")
            |                    column("ID", dataType = "NUMBER")
            |                    column("COL_02", dataType = "VARCHAR")
        """.trimMargin()
        text shouldContain """
            |                table("we\"ird \${'$'}name\nsecond line") {
            |                    description = "Costs in \${'$'}, \\ and \"quotes\""
            |                    column("A", dataType = "VARCHAR") {
            |                        tags("$tag")
            |                    }
            |                }
        """.trimMargin()
        text shouldContain """
            |        process("load \"raw\"") {
            |            sql = "insert into CURATED select * from RAW"
            |            reads("$name/SALES/RAW/SALES_RAW_T01", "$name/SALES/RAW/we\"ird \${'$'}name\nsecond line")
            |            writes("$name/SALES/CURATED/SALES_CURATED_T01")
            |        }
        """.trimMargin()
        text shouldContain """
            |    glossary("$glossary") {
            |        category("Finance") {
            |            term("ARR")
            |        }
            |        term("Customer")
            |        term("Revenue") {
            |            description = "Money in"
            |            ownerUsers("admin")
            |        }
            |    }
        """.trimMargin()

        val root = export.writeTo(dir.toPath())
        val plan = client.trees.plan(compiled(root.toFile()))
        plan.render() shouldStartWith "Plan: 0 to create, 0 to update, 0 to delete, 455 unchanged."
        plan.isEmpty shouldBe true
    }

    test("applied under another connection name and exported again: the same file, byte for byte") {
        val copy = "$name-copy"
        val first = client.export.connection(qualifiedName, listOf(glossary), ExportOptions(connectionName = copy))
        val root = first.writeTo(File(dir, "copy").toPath())
        val applied = client.trees.apply(compiled(root.toFile()))
        applied.succeeded shouldBe true
        // Everything under the new connection is created; the glossary is the same one and stays as it is.
        applied.created shouldBe 450L
        val again = client.export.connection(applied.plan.connections.getValue(copy), listOf(glossary))
        again.root.text shouldBe first.root.text
    }

    test("split by schema: the root file includes one file per schema, and the whole plans empty") {
        val export = client.export.connection(qualifiedName, emptyList(), ExportOptions(filePerSchemaAbove = 0))
        export.files.map { it.path } shouldBe listOf(
            "$name.catalog.kts",
            "$name/FINANCE/CURATED.catalog.kts", "$name/FINANCE/RAW.catalog.kts", "$name/SALES/CURATED.catalog.kts", "$name/SALES/RAW.catalog.kts",
        )
        export.root.text shouldContain "        database(\"SALES\") {\n            schema(include(\"$name/SALES/CURATED.catalog.kts\"))\n            schema(include(\"$name/SALES/RAW.catalog.kts\"))\n        }\n"
        val root = export.writeTo(File(dir, "split/estate.catalog.kts").toPath())
        root shouldBe File(dir, "split/estate.catalog.kts").toPath()
        client.trees.plan(compiled(root.toFile())).isEmpty shouldBe true
    }

    test("bin/katalog export writes the file and says what it wrote") {
        val out = File(dir, "cli/estate.catalog.kts")
        val err = ByteArrayOutputStream()
        val previous = System.err
        System.setErr(PrintStream(err, true))
        try {
            ExportCommand.run(listOf("--connection", qualifiedName, "--glossary", glossary, "--out", out.path, "--base-url", catalog.baseUrl, "--api-token", catalog.apiToken)) shouldBe 0
        } finally { System.setErr(previous) }
        err.toString() shouldBe "exported 455 assets to ${out.path}\n"
        out.readText() shouldBe client.export.connection(qualifiedName, listOf(glossary)).root.text
        shouldThrow<CommandLine.UsageError> { ExportCommand.run(listOf("--out", out.path)) }.message shouldBe
            "export needs --connection QN, the qualifiedName of the connection, e.g. --connection default/snowflake/1712345678"
    }

    test("bad input: a connection that does not exist, an output path that cannot be written, an asset type trees cannot declare") {
        shouldThrow<UsageException> { client.export.connection("default/snowflake/404") }.problem shouldBe
            "The catalog has no active connection with qualifiedName \"default/snowflake/404\""
        val export = client.export.connection(qualifiedName)
        val blocker = File(dir, "a-file").apply { writeText("") }
        shouldThrow<UsageException> { export.writeTo(File(blocker, "x.catalog.kts").toPath()) }.fix shouldBe "give an output path in a directory you can write to"

        val other = "export-other-$n"
        val otherQn = client.trees.apply(catalog { connection(other, Connector.SNOWFLAKE) { adminUsers("admin"); database("D") { schema("S") } } })
            .plan.connections.getValue(other)
        client.assets.save(Procedure.creator("NIGHTLY", "$otherQn/D/S", "select 1").build())
        val withProcedure = client.export.connection(otherQn)
        withProcedure.notExported.size shouldBe 1
        withProcedure.notExported.single() shouldStartWith "Procedure \"NIGHTLY\" ($otherQn/D/S/_procedures_/NIGHTLY): a tree cannot declare a Procedure"
        withProcedure.root.text.lines()[1] shouldStartWith "// not exported: Procedure \"NIGHTLY\""
        client.trees.plan(compiled(withProcedure.writeTo(File(dir, "other").toPath()).toFile())).isEmpty shouldBe true

        // Two tags that spread in different ways on one table: a tree gives them one propagation, and the file says so.
        val second = "Export Internal $n"
        client.typeDefs.create(AtlanTagDefinition.builder(second).color(AtlanTagColor.GREEN).build())
        client.trees.apply(catalog { connection(other, Connector.SNOWFLAKE) { adminUsers("admin"); database("D") { schema("S") { table("T") } } } })
        client.tags.add(Table, "$otherQn/D/S/T", listOf(tag), TagPropagation.FULL)
        client.tags.add(Table, "$otherQn/D/S/T", listOf(second))
        client.export.connection(otherQn).root.text shouldContain """
            |                table("T") {
            |                    // the catalog spreads these tags in different ways; a tree gives them one, "$second"'s
            |                    tags("$second", "$tag")
            |                }
        """.trimMargin()
    }

    test("migrate: the exported definition planned and applied on OpenMetadata, the plan's ! lines naming exactly what OpenMetadata lacks") {
        val small = "export-om-$n"
        val applied = client.trees.apply(catalog {
            connection(small, Connector.SNOWFLAKE) {
                adminUsers("admin")
                database("SALES") {
                    schema("PUBLIC") {
                        table("ORDERS") {
                            description = "One row per order"
                            ownerUsers("admin")
                            certificateStatus = CertificateStatus.VERIFIED
                            rowCount(5)
                            tags(tag)
                            terms("Migrate glossary $n" / "Revenue", glossary / "ARR")
                            customMetadata(set) { "Score" to 5 }
                            readme("<p>Orders</p>")
                            column("ID", dataType = "NUMBER")
                        }
                        table("ORDERS_AGG") { column("ID", dataType = "NUMBER") }
                    }
                }
                process("agg") { reads("$small/SALES/PUBLIC/ORDERS"); writes("$small/SALES/PUBLIC/ORDERS_AGG"); sql = "select 1" }
            }
            glossary("Migrate glossary $n") { term("Revenue") }
        })
        applied.succeeded shouldBe true
        val qn = applied.plan.connections.getValue(small)
        fun migrate(vararg extra: String): String {
            val out = ByteArrayOutputStream()
            val err = ByteArrayOutputStream()
            val previous = System.out to System.err
            System.setOut(PrintStream(out, true)); System.setErr(PrintStream(err, true))
            try {
                MigrateCommand.run(listOf("--from", "atlan:${catalog.baseUrl}", "--to", "openmetadata:${catalog.baseUrl}", "--connection", qn, "--glossary", "Migrate glossary $n") + extra.toList(),
                    mapOf("ATLAN_API_KEY" to catalog.apiToken, "OPENMETADATA_JWT_TOKEN" to catalog.apiToken)) shouldBe 0
            } finally { System.setOut(previous.first); System.setErr(previous.second) }
            // Tokens are never printed.
            (out.toString() + err.toString()) shouldNotContain catalog.apiToken
            return out.toString()
        }
        // What the definition says that OpenMetadata 1.4's create requests have no field for (CreateDatabaseService,
        // CreateTable in open-metadata/OpenMetadata openmetadata-spec/src/main/resources/json/schema/api/), and the Atlan tag.
        val expectedIgnored = listOf(
            "! $small: \"adminUsers\" has no OpenMetadata CreateDatabaseService field: not sent",
            "! $small/SALES/PUBLIC/ORDERS: Atlan tags \"$tag\" have no OpenMetadata classification in the tree: not sent",
            "! $small/SALES/PUBLIC/ORDERS: \"certificateStatus\" has no OpenMetadata CreateTable field: not sent",
            "! $small/SALES/PUBLIC/ORDERS: \"ownerUsers\" has no OpenMetadata CreateTable field: not sent",
            "! $small/SALES/PUBLIC/ORDERS: \"rowCount\" has no OpenMetadata CreateTable field: not sent",
            // The term of the migrated glossary becomes a glossary tag (tagFQN "Migrate glossary <n>.Revenue"); the other's glossary is not migrated.
            "! $small/SALES/PUBLIC/ORDERS: terms \"$glossary/ARR\" are not in a glossary of the tree, which OpenMetadata's glossary tags need: not sent",
            "! $small/SALES/PUBLIC/ORDERS: custom metadata \"$set\" (\"Score\") has no OpenMetadata custom property: not sent",
            "! $small/SALES/PUBLIC/ORDERS: the README has no OpenMetadata field: not sent",
            // OpenMetadata keeps a process as its edges, without a name (openmetadata-service jdbi3/LineageRepository.java).
            "! $small/agg: the process's name \"agg\" has no OpenMetadata field (a process is kept as its lineage edges): not sent",
        )
        val dryRun = migrate("--dry-run")
        dryRun.lines().filter { it.startsWith("! ") } shouldContainExactlyInAnyOrder expectedIgnored
        dryRun.lines().filter { it.startsWith("+ ") && it.endsWith(" $small.SALES.PUBLIC.ORDERS") }.size shouldBe 1
        val done = migrate()
        done shouldContain "Applied to OpenMetadata:"
        val again = migrate("--dry-run")
        again.lines().filter { it.startsWith("! ") } shouldContainExactlyInAnyOrder expectedIgnored
        again shouldContain "Plan: 0 to create, 0 to update"

        shouldThrow<CommandLine.UsageError> { MigrateCommand.run(listOf("--from", "openmetadata:${catalog.baseUrl}", "--to", "openmetadata:${catalog.baseUrl}", "--connection", qn), emptyMap()) }
            .message shouldBe "migrate goes from openmetadata to openmetadata, which is not a supported direction: migrate goes --from atlan:URL --to openmetadata:URL " +
            "(--connection QN) or --from openmetadata:URL --to atlan:URL (--connection SERVICE --admin-user NAME)"
        shouldThrow<CommandLine.UsageError> {
            MigrateCommand.run(listOf("--from", "openmetadata:${catalog.baseUrl}", "--to", "atlan:${catalog.baseUrl}", "--connection", small),
                mapOf("ATLAN_API_KEY" to catalog.apiToken, "OPENMETADATA_JWT_TOKEN" to catalog.apiToken))
        }.message shouldBe "migrate to Atlan needs --admin-user NAME: the connection's admin in Atlan, which an OpenMetadata database service does not have"
        shouldThrow<CommandLine.UsageError> { MigrateCommand.run(listOf("--from", "atlan:${catalog.baseUrl}", "--to", "openmetadata:${catalog.baseUrl}", "--connection", qn), emptyMap()) }
            .message shouldBe "migrate needs Atlan's API token: set ATLAN_API_KEY or give --from-token"
    }

    test("the quickstart's estate with tags, terms, owners, a README and lineage migrated to OpenMetadata and back: what came back is what left, minus exactly the ! lines") {
        // The estate: the quickstart's, with what the issue names added (and a certificate and custom metadata, which OpenMetadata lacks too).
        val rt = "export-rt-$n"
        val rtGlossary = "Round trip glossary $n"
        val estate = client.trees.apply(QuickstartTree.of(rt, rtGlossary))
        estate.succeeded shouldBe true
        client.trees.apply(catalog {
            connection(rt, Connector.SNOWFLAKE) {
                adminUsers("admin")
                database("SALES") {
                    schema("RAW") {
                        table("SALES_RAW_T01") {
                            tags(tag)
                            ownerUsers("admin")
                            certificateStatus = CertificateStatus.VERIFIED
                            terms(rtGlossary / "Revenue")
                            customMetadata(set) { "Score" to 92.5 }
                            readme("<p>Raw sales</p>")
                        }
                    }
                    schema("CURATED") { table("SALES_CURATED_T01") { ownerGroups("admins") } }
                }
                process("load") {
                    sql = "insert into CURATED select * from RAW"
                    reads("$rt/SALES/RAW/SALES_RAW_T01")
                    writes("$rt/SALES/CURATED/SALES_CURATED_T01")
                }
            }
        }).succeeded shouldBe true
        val rtQn = estate.plan.connections.getValue(rt)
        val env = mapOf("ATLAN_API_KEY" to catalog.apiToken, "OPENMETADATA_JWT_TOKEN" to catalog.apiToken)
        fun migrate(vararg args: String): String {
            val out = ByteArrayOutputStream()
            val previous = System.out to System.err
            System.setOut(PrintStream(out, true)); System.setErr(PrintStream(ByteArrayOutputStream(), true))
            try { MigrateCommand.run(args.toList(), env) shouldBe 0 } finally { System.setOut(previous.first); System.setErr(previous.second) }
            return out.toString()
        }

        // Out to OpenMetadata: each ! line is a setting OpenMetadata 1.4's create requests have no field for
        // (openmetadata-spec/src/main/resources/json/schema/api/services/createDatabaseService.json, api/data/createTable.json),
        // an Atlan tag, custom metadata, a README, and the process's name (OpenMetadata keeps its edges only).
        val tables = listOf("SALES", "FINANCE").flatMap { db -> listOf("RAW", "CURATED").flatMap { schema -> (1..10).map { t -> Triple(db, schema, t) } } }
        val lacking = listOf("! $rt: \"adminUsers\" has no OpenMetadata CreateDatabaseService field: not sent") +
            tables.map { (db, schema, t) -> "! $rt/$db/$schema/%s_%s_T%02d: \"rowCount\" has no OpenMetadata CreateTable field: not sent".format(db, schema, t) } +
            listOf(
                "! $rt/SALES/RAW/SALES_RAW_T01: Atlan tags \"$tag\" have no OpenMetadata classification in the tree: not sent",
                "! $rt/SALES/RAW/SALES_RAW_T01: \"certificateStatus\" has no OpenMetadata CreateTable field: not sent",
                "! $rt/SALES/RAW/SALES_RAW_T01: \"ownerUsers\" has no OpenMetadata CreateTable field: not sent",
                "! $rt/SALES/RAW/SALES_RAW_T01: custom metadata \"$set\" (\"Score\") has no OpenMetadata custom property: not sent",
                "! $rt/SALES/RAW/SALES_RAW_T01: the README has no OpenMetadata field: not sent",
                "! $rt/SALES/CURATED/SALES_CURATED_T01: \"ownerGroups\" has no OpenMetadata CreateTable field: not sent",
                "! $rt/load: the process's name \"load\" has no OpenMetadata field (a process is kept as its lineage edges): not sent",
            )
        val out = migrate("--from", "atlan:${catalog.baseUrl}", "--to", "openmetadata:${catalog.baseUrl}", "--connection", rtQn, "--glossary", rtGlossary)
        out.lines().filter { it.startsWith("! ") } shouldContainExactlyInAnyOrder lacking
        out shouldContain "Applied to OpenMetadata:"

        // Back to Atlan under another name: Atlan's trees hold all the definition declares, and OpenMetadata had nothing the definition could not carry.
        val back = "$rt-back"
        val returned = migrate("--from", "openmetadata:${catalog.baseUrl}", "--to", "atlan:${catalog.baseUrl}", "--connection", rt, "--glossary", rtGlossary,
            "--name", back, "--admin-user", "admin")
        returned.lines().filter { it.startsWith("! ") } shouldBe emptyList()
        returned shouldContain "Applied to Atlan:"
        migrate("--from", "openmetadata:${catalog.baseUrl}", "--to", "atlan:${catalog.baseUrl}", "--connection", rt, "--glossary", rtGlossary,
            "--name", back, "--admin-user", "admin", "--dry-run") shouldContain "Plan: 0 to create, 0 to update, 0 to delete"

        // The estate that left and the one that came back, each as its export under the same name: the lines that differ are exactly
        // those the ! lines name (adminUsers came back from --admin-user); the process came back named after its tables.
        val left = client.export.connection(rtQn, listOf(rtGlossary), ExportOptions(connectionName = back)).root.text.lines().map { it.trim() }
        val backQn = client.trees.plan(catalog { connection(back, Connector.SNOWFLAKE) { adminUsers("admin") } }).connections.getValue(back)
        val came = client.export.connection(backQn, listOf(rtGlossary)).root.text.lines().map { it.trim() }
        fun minus(a: List<String>, b: List<String>): List<String> {
            val rest = b.groupingBy { it }.eachCount().toMutableMap()
            return a.filter { line -> (rest[line] ?: 0).let { if (it > 0) { rest[line] = it - 1; false } else true } }
        }
        minus(left, came) shouldContainExactlyInAnyOrder tables.map { (_, _, t) -> "rowCount = ${t * 125_000L}L" } + listOf(
            "certificateStatus = CertificateStatus.VERIFIED", "ownerUsers(\"admin\")", "tags(\"$tag\")",
            "customMetadata(\"$set\") {", "\"Score\" to 92.5", "}", "readme(\"<p>Raw sales</p>\")",
            "ownerGroups(\"admins\")", "process(\"load\") {",
        )
        minus(came, left) shouldBe listOf("process(\"SALES_RAW_T01 → SALES_CURATED_T01\") {")
    }
})
