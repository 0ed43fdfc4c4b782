package dev.katalog.cli

import dev.katalog.cli.script.KatalogScripts
import dev.katalog.client.core.UsageException
import dev.katalog.client.export.ExportOptions
import dev.katalog.client.openmetadata.customproperties.CustomPropertyDefinition
import dev.katalog.client.openmetadata.customproperties.CustomValue
import dev.katalog.client.openmetadata.OpenMetadataClient
import dev.katalog.dsl.tree.CatalogTree
import dev.katalog.dsl.tree.catalog
import dev.katalog.model.atlan.asset.Connector
import dev.katalog.model.openmetadata.api.classification.CreateClassification
import dev.katalog.model.openmetadata.api.classification.CreateTag
import dev.katalog.model.openmetadata.api.data.CreateTable
import dev.katalog.model.openmetadata.api.domains.CreateDomain
import dev.katalog.model.openmetadata.api.teams.CreateUser
import dev.katalog.model.openmetadata.entity.domains.DomainType
import dev.katalog.model.openmetadata.kinds.EntityKinds
import dev.katalog.model.openmetadata.type.Column
import dev.katalog.model.openmetadata.type.ColumnDataType
import dev.katalog.model.openmetadata.type.LineageDetails
import dev.katalog.model.openmetadata.type.TableType
import dev.katalog.model.openmetadata.type.TagLabel
import dev.katalog.model.openmetadata.type.TagLabel.LabelType
import dev.katalog.model.openmetadata.type.TagLabel.State
import dev.katalog.model.openmetadata.type.TagSource
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainExactlyInAnyOrder
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import java.io.File
import java.nio.file.Files
import java.util.UUID

/**
 * `om.export` against the local catalog's OpenMetadata API: a database service built by a tree (a view, descriptions,
 * a glossary with a category, a glossary term on a table, lineage with column lineage) with what OpenMetadata adds
 * on its own (an owner, classification tags on a table and a column), exported as a definition file; the file,
 * compiled by the script host and planned on the same server, changes nothing; a missing service or glossary is a
 * typed error naming it. The tree's terms and the server's classification tags on one table: the plan compares the
 * terms only, and keeps the tags.
 */
class OpenMetadataExportSpec : FunSpec({
    val catalog = TestCatalog.catalog
    val om = OpenMetadataClient(catalog.baseUrl, catalog.apiToken)
    val dir = Files.createTempDirectory("om-export").toFile()
    afterSpec { om.close(); dir.deleteRecursively() }

    val suffix = UUID.randomUUID().toString().take(8)
    val service = "omx_$suffix"
    val glossary = "omx_glossary_$suffix"
    val classification = "Export$suffix"
    val user = "ada_$suffix"

    fun tree(): CatalogTree = catalog {
        connection(service, Connector.POSTGRES) {
            database("DB") {
                description = "The warehouse"
                schema("S") {
                    table("ORDERS") {
                        description = "One row per order"
                        terms(glossary / "Revenue")
                        column("ID", dataType = "BIGINT")
                        column("AMOUNT", dataType = "DECIMAL(10,2)") { description = "In euros" }
                    }
                    table("ORDERS_AGG") { column("TOTAL", dataType = "DECIMAL(10,2)") }
                    view("ORDERS_V") { column("ID", dataType = "BIGINT") }
                }
            }
            process("agg") {
                description = "Sums the orders"
                sql = "select sum(AMOUNT) from ORDERS"
                reads("$service/DB/S/ORDERS")
                writes("$service/DB/S/ORDERS_AGG")
                columnProcess("total") { reads("$service/DB/S/ORDERS/AMOUNT"); writes("$service/DB/S/ORDERS_AGG/TOTAL") }
            }
        }
        glossary(glossary) {
            category("Finance") { term("ARR") }
            term("Revenue") { description = "Money in" }
        }
    }

    beforeSpec {
        om.trees.apply(tree()).succeeded shouldBe true
        om.entities.createOrUpdate(CreateClassification(name = classification, description = "levels"))
        om.entities.createOrUpdate(CreateTag(name = "Sensitive", classification = classification, description = "Sensitive"))
        om.entities.createOrUpdate(CreateUser(name = user, email = "$user@example.com"))
        val label = TagLabel(tagFQN = "$classification.Sensitive", source = TagSource.Classification, labelType = LabelType.Manual, state = State.Confirmed)
        val orders = om.entities.getByName(EntityKinds.TABLE, "$service.DB.S.ORDERS")
        om.entities.setOwner(orders, om.entities.getEntityReference(EntityKinds.USER, user))
        // A classification tag beside the glossary tag the tree set: the tree manages its terms, and leaves this one be.
        om.entities.addTags(om.entities.getByName(EntityKinds.TABLE, "$service.DB.S.ORDERS"), listOf(label))
        om.entities.addTags(om.entities.getByName(EntityKinds.TABLE, "$service.DB.S.ORDERS_AGG"), listOf(label))
        om.entities.addColumnTags(om.entities.getByName(EntityKinds.TABLE, "$service.DB.S.ORDERS_V").id, "ID", listOf(label))
    }

    test("the service exported: each entity's block, owners, classification tags by FQN, glossary tags as terms, lineage as a process; planned again, nothing changes") {
        val export = om.export.service(service, listOf(glossary))
        export.notExported shouldBe emptyList()
        // 1 connection, 1 database, 1 schema, 3 tables, 4 columns, 1 process; 1 glossary, 1 category, 2 terms.
        export.assets shouldBe 15L
        export.root.text shouldBe """
            |// Connection "$service" and glossary "$glossary", exported by Katalog: plan or apply it with bin/katalog plan|apply $service.catalog.kts
            |catalog {
            |    connection("$service", Connector.POSTGRES) {
            |        database("DB") {
            |            description = "The warehouse"
            |            schema("S") {
            |                table("ORDERS") {
            |                    description = "One row per order"
            |                    ownerUsers("$user")
            |                    tags("$classification.Sensitive")
            |                    terms("$glossary" / "Revenue")
            |                    column("ID", dataType = "BIGINT")
            |                    column("AMOUNT", dataType = "DECIMAL(10,2)") {
            |                        description = "In euros"
            |                    }
            |                }
            |                table("ORDERS_AGG") {
            |                    tags("$classification.Sensitive")
            |                    column("TOTAL", dataType = "DECIMAL(10,2)")
            |                }
            |                view("ORDERS_V") {
            |                    column("ID", dataType = "BIGINT") {
            |                        tags("$classification.Sensitive")
            |                    }
            |                }
            |            }
            |        }
            |        process("ORDERS → ORDERS_AGG") {
            |            description = "Sums the orders"
            |            sql = "select sum(AMOUNT) from ORDERS"
            |            reads("$service/DB/S/ORDERS")
            |            writes("$service/DB/S/ORDERS_AGG")
            |            columnProcess("TOTAL") {
            |                reads("$service/DB/S/ORDERS/AMOUNT")
            |                writes("$service/DB/S/ORDERS_AGG/TOTAL")
            |            }
            |        }
            |    }
            |    glossary("$glossary") {
            |        category("Finance") {
            |            term("ARR")
            |        }
            |        term("Revenue") {
            |            description = "Money in"
            |        }
            |    }
            |}
            |
        """.trimMargin()

        val root = export.writeTo(dir.toPath())
        val plan = om.trees.plan(KatalogScripts.run(root.toFile(), null) as CatalogTree)
        plan.isEmpty shouldBe true
        // What the definition holds that OpenMetadata's create requests have no field for: the owner and the tags (set on
        // the server, not by a tree), and the names of the process and its column process (OpenMetadata keeps their edges).
        plan.ignored.map { it.toString() }.sorted() shouldBe listOf(
            "$service/ORDERS → ORDERS_AGG: the process's name \"ORDERS → ORDERS_AGG\" has no OpenMetadata field (a process is kept as its lineage edges): not sent",
            "$service/ORDERS → ORDERS_AGG/TOTAL: the column process's name \"TOTAL\" has no OpenMetadata field (a column process is kept as its lineage edges): not sent",
            "$service/DB/S/ORDERS: \"ownerUsers\" has no OpenMetadata CreateTable field: not sent",
            "$service/DB/S/ORDERS: Atlan tags \"$classification.Sensitive\" have no OpenMetadata classification in the tree: not sent",
            "$service/DB/S/ORDERS_AGG: Atlan tags \"$classification.Sensitive\" have no OpenMetadata classification in the tree: not sent",
            "$service/DB/S/ORDERS_V/column[1]: Atlan tags \"$classification.Sensitive\" have no OpenMetadata classification in the tree: not sent",
        ).sorted()
    }

    test("split by schema, and under another name: the same layout as an Atlan export") {
        val export = om.export.service(service, emptyList(), ExportOptions(connectionName = "copy", filePerSchemaAbove = 0, adminUsers = listOf("admin")))
        export.files.map { it.path } shouldBe listOf("copy.catalog.kts", "copy/DB/S.catalog.kts")
        export.root.text.lines().take(5) shouldBe listOf(
            "// Connection \"copy\", exported by Katalog: plan or apply it with bin/katalog plan|apply copy.catalog.kts",
            "catalog {",
            "    connection(\"copy\", Connector.POSTGRES) {",
            "        adminUsers(\"admin\")",
            "        database(\"DB\") {",
        )
        export.files[1].text.lines().take(2) shouldBe listOf("// Schema \"S\" of database \"DB\", included by copy.catalog.kts", "schemaDefinition(\"S\") {")
    }

    test("bad input: a service or glossary that does not exist is a typed error naming it and the fix") {
        val missing = shouldThrow<UsageException> { om.export.service("nowhere_$suffix") }
        missing.problem shouldBe "OpenMetadata has no database service named \"nowhere_$suffix\""
        missing.fix shouldBe "check the name (om.entities.list(EntityKinds.DATABASE_SERVICE) lists the services; names are matched exactly)"
        shouldThrow<UsageException> { om.export.service(service, listOf("No glossary $suffix")) }.problem shouldBe "OpenMetadata has no glossary named \"No glossary $suffix\""
        shouldThrow<UsageException> { om.export.service(" ") }.problem shouldBe "The database service's name is blank"
    }

    // OpenMetadata 1.4 shows a schema or table without an owner its database's, marked inherited (jdbi3/
    // DatabaseSchemaRepository.java and TableRepository.java, setInheritedFields): declared once, where it is set.
    test("an owner the schema and tables inherit from their database is declared on the database alone") {
        val owned = "omz_$suffix"
        om.trees.apply(catalog {
            connection(owned, Connector.POSTGRES) { database("DB") { schema("S") { table("T") { column("ID", dataType = "BIGINT") } } } }
        }).succeeded shouldBe true
        om.entities.setOwner(om.entities.getByName(EntityKinds.DATABASE, "$owned.DB"), om.entities.getEntityReference(EntityKinds.USER, user))
        val lines = om.export.service(owned).root.text.lines().map { it.trim() }
        lines.filter { it.startsWith("ownerUsers") } shouldBe listOf("ownerUsers(\"$user\")")
        lines[lines.indexOf("ownerUsers(\"$user\")") - 1] shouldBe "database(\"DB\") {"
    }

    // 1.4 shows a schema or table without a domain or retention period its parent's (setInheritedFields): what is
    // listed as not exported is each value where it is set, once, and a table's own value where it differs.
    test("a domain, retention period and custom properties a tree cannot declare are listed where they are set, not again where inherited") {
        val kept = "omw_$suffix"
        val domain = "Exported$suffix"
        om.trees.apply(catalog {
            connection(kept, Connector.POSTGRES) {
                database("DB") { schema("S") { for (t in listOf("T", "U", "V")) table(t) { column("ID", dataType = "BIGINT") } } }
            }
        }).succeeded shouldBe true
        om.entities.create(CreateDomain(name = domain, description = "Exports", domainType = DomainType.Aggregate))
        val database = om.entities.getByName(EntityKinds.DATABASE, "$kept.DB")
        om.entities.setDomain(database, om.entities.getEntityReference(EntityKinds.DOMAIN, domain))
        om.entities.patch(database) { add("/retentionPeriod", "P30D") }
        om.entities.patch(om.entities.getByName(EntityKinds.TABLE, "$kept.DB.S.U")) { add("/retentionPeriod", "P7D") }
        // The schema's own value, the same as the one the table would inherit: the export cannot tell them apart.
        om.entities.patch(om.entities.getByName(EntityKinds.TABLE, "$kept.DB.S.V")) { add("/retentionPeriod", "P30D") }
        val steward = "steward$suffix"
        om.customProperties.addProperty(EntityKinds.DATABASE_SCHEMA, CustomPropertyDefinition.of(steward, "string", "Who looks after it"))
        om.customProperties.setValue(om.entities.getByName(EntityKinds.DATABASE_SCHEMA, "$kept.DB.S"), steward, CustomValue.of("ann"))

        om.export.service(kept).notExported shouldContainExactlyInAnyOrder listOf(
            "Database \"DB\" ($kept.DB): its domain, which a tree cannot declare",
            "Database \"DB\" ($kept.DB): its retentionPeriod, which a tree cannot declare",
            "Schema \"S\" ($kept.DB.S): its extension, which a tree cannot declare",
            "Table \"U\" ($kept.DB.S.U): its retentionPeriod, which a tree cannot declare",
        )
        // What the export reads is what 1.4 shows: the table inherits both, the domain marked so.
        val t = om.entities.getByName(EntityKinds.TABLE, "$kept.DB.S.T", listOf("domain"))
        t.retentionPeriod shouldBe "P30D"
        t.domain!!.fullyQualifiedName shouldBe domain
        t.domain!!.inherited shouldBe true
    }

    test("what a tree cannot hold is listed, never dropped: nested columns, another lineage source; a process reading two tables is one process; another table type is set by name") {
        val other = "omy_$suffix"
        om.trees.apply(catalog {
            connection(other, Connector.POSTGRES) {
                database("DB") {
                    schema("S") {
                        for (t in listOf("A", "B", "C", "D")) table(t) { column("ID", dataType = "BIGINT") }
                    }
                }
                process("merge") { sql = "insert into C select * from A union select * from B"; reads("$other/DB/S/A", "$other/DB/S/B"); writes("$other/DB/S/C") }
            }
        }).succeeded shouldBe true
        om.entities.createOrUpdate(CreateTable(
            name = "E", databaseSchema = "$other.DB.S", tableType = TableType.External,
            columns = listOf(Column(
                name = "address", dataType = ColumnDataType.STRUCT, dataTypeDisplay = "STRUCT", ordinalPosition = 1,
                children = listOf(Column(name = "city", dataType = ColumnDataType.VARCHAR, dataLength = 40, dataTypeDisplay = "VARCHAR(40)")),
            )),
        ))
        val c = om.entities.getByName(EntityKinds.TABLE, "$other.DB.S.C")
        om.lineage.add(c, om.entities.getByName(EntityKinds.TABLE, "$other.DB.S.D"), LineageDetails(sqlQuery = "insert into D select * from C", source = LineageDetails.Source.QueryLineage))

        val export = om.export.service(other)
        export.notExported shouldContainExactlyInAnyOrder listOf(
            "the nested columns of column \"address\" of Table \"E\" ($other.DB.S.E): a tree declares top-level columns only",
            "the lineage from $other/DB/S/C to $other/DB/S/D: its source QueryLineage, which a tree's process cannot set (it makes Manual edges)",
        )
        val text = export.root.text
        text.lines()[1] shouldBe "// not exported: the nested columns of column \"address\" of Table \"E\" ($other.DB.S.E): a tree declares top-level columns only"
        text shouldContain """
            |                table("E") {
            |                    attribute("tableType", "External")
            |                    column("address", dataType = "STRUCT")
            |                }
        """.trimMargin()
        text shouldContain """
            |        process("A, B → C") {
            |            sql = "insert into C select * from A union select * from B"
            |            reads("$other/DB/S/A", "$other/DB/S/B")
            |            writes("$other/DB/S/C")
            |        }
            |        process("C → D") {
            |            sql = "insert into D select * from C"
            |            reads("$other/DB/S/C")
            |            writes("$other/DB/S/D")
            |        }
        """.trimMargin()
        // Planned on the same server, the entities are as they are; only the edge of another source would be put again, as Manual.
        val plan = om.trees.plan(KatalogScripts.run(export.writeTo(File(dir, "other").toPath()).toFile(), null) as CatalogTree)
        plan.creates shouldBe emptyList()
        plan.updates.map { it.toString() } shouldBe emptyList()
        plan.lineage.map { it.toString() } shouldBe listOf("$other.DB.S.C → $other.DB.S.D")
    }
})
