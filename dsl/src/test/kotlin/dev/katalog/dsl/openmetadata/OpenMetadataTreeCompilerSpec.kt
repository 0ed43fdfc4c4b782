package dev.katalog.dsl.openmetadata

import dev.katalog.dsl.tree.InvalidTreeException
import dev.katalog.dsl.tree.catalog
import dev.katalog.model.atlan.asset.Connector
import dev.katalog.model.json.KatalogJson
import dev.katalog.model.openmetadata.api.data.CreateDatabase
import dev.katalog.model.openmetadata.api.data.CreateDatabaseSchema
import dev.katalog.model.openmetadata.api.data.CreateGlossary
import dev.katalog.model.openmetadata.api.data.CreateGlossaryTerm
import dev.katalog.model.openmetadata.api.data.CreateTable
import dev.katalog.model.openmetadata.api.services.CreateDatabaseService
import dev.katalog.model.openmetadata.entity.services.DatabaseServiceType
import dev.katalog.model.openmetadata.type.ColumnDataType
import dev.katalog.model.openmetadata.type.TableType
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainExactly
import io.kotest.matchers.nulls.shouldBeNull
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain

/** Trees compile to OpenMetadata create requests: kinds, FQNs, parents first, types mapped, the rest reported. */
class OpenMetadataTreeCompilerSpec : FunSpec({
    val tree = catalog {
        connection("warehouse", Connector.SNOWFLAKE) {
            adminUsers("admin")
            database("SALES") {
                description = "Sales data"
                schema("eu.west") {
                    table("ORDERS") {
                        description = "Orders"
                        rowCount(1000)
                        column("ID", dataType = "NUMBER(38,0)")
                        column("NOTE", dataType = "varchar(200)") { description = "free text" }
                        column("AT", dataType = "TIMESTAMP_NTZ")
                    }
                    view("RECENT") { column("ID", dataType = "BIGINT") }
                }
            }
        }
        glossary("Metrics") {
            description = "Business metrics"
            category("Finance") { term("ARR") }
            term("Revenue")
        }
    }

    test("each node becomes its create request, parents before children, with quoted FQNs") {
        val compiled = tree.compileForOpenMetadata()
        compiled.items.map { it.request::class } shouldContainExactly listOf(
            CreateDatabaseService::class, CreateDatabase::class, CreateDatabaseSchema::class, CreateTable::class, CreateTable::class,
            CreateGlossary::class, CreateGlossaryTerm::class, CreateGlossaryTerm::class, CreateGlossaryTerm::class,
        )
        compiled.items.map { it.fullyQualifiedName } shouldContainExactly listOf(
            "warehouse", "warehouse.SALES", "warehouse.SALES.\"eu.west\"", "warehouse.SALES.\"eu.west\".ORDERS", "warehouse.SALES.\"eu.west\".RECENT",
            "Metrics", "Metrics.Finance", "Metrics.Finance.ARR", "Metrics.Revenue",
        )
        compiled.items.zipWithNext().forEach { (a, b) -> if (b.path.startsWith(a.path + "/")) (a.depth < b.depth) shouldBe true }
        (compiled.items[0].request as CreateDatabaseService).serviceType shouldBe DatabaseServiceType.Snowflake
        (compiled.items[1].request as CreateDatabase).description shouldBe "Sales data"
        (compiled.items[2].request as CreateDatabaseSchema).database shouldBe "warehouse.SALES"
    }

    test("tables carry their type and columns, data types mapped with length, precision and position") {
        val items = tree.compileForOpenMetadata().items
        val orders = items[3].request as CreateTable
        orders.databaseSchema shouldBe "warehouse.SALES.\"eu.west\""
        orders.tableType shouldBe TableType.Regular
        orders.description shouldBe "Orders"
        orders.columns.map { it.dataType } shouldContainExactly listOf(ColumnDataType.NUMBER, ColumnDataType.VARCHAR, ColumnDataType.TIMESTAMP)
        orders.columns[0].precision shouldBe 38
        orders.columns[0].scale shouldBe 0
        orders.columns[1].dataLength shouldBe 200
        orders.columns[1].dataTypeDisplay shouldBe "varchar(200)"
        orders.columns[1].description shouldBe "free text"
        orders.columns.map { it.ordinalPosition } shouldContainExactly listOf(1L, 2L, 3L)
        (items[4].request as CreateTable).tableType shouldBe TableType.View
    }

    test("categories become parent terms; glossaries and terms get the description OpenMetadata requires") {
        val items = tree.compileForOpenMetadata().items
        (items[5].request as CreateGlossary).description shouldBe "Business metrics"
        val arr = items[7].request as CreateGlossaryTerm
        arr.glossary shouldBe "Metrics"
        arr.parent shouldBe "Metrics.Finance"
        arr.description shouldBe ""
        (items[8].request as CreateGlossaryTerm).parent.shouldBeNull()
    }

    test("settings OpenMetadata has no field for are reported with their path, not sent") {
        val ignored = tree.compileForOpenMetadata().ignored
        ignored.map { it.path to it.problem.substringBefore(" has") } shouldContainExactly listOf(
            "warehouse" to "\"adminUsers\"", "warehouse/SALES/eu.west/ORDERS" to "\"rowCount\"",
        )
        KatalogJson.encode(CreateTable.serializer(), tree.compileForOpenMetadata().items[3].request as CreateTable) shouldContain "\"tableType\":\"Regular\""
    }

    test("unknown and missing data types, non-database connectors and names with quotes fail together, with paths") {
        val bad = catalog {
            connection("dash", Connector.TABLEAU) { }
            connection("wh", Connector.POSTGRES) {
                database("d\"b") { }
                database("ok") { schema("s") { table("t") { column("a", dataType = "QUANTUM"); column("b") } } }
            }
        }
        val problems = shouldThrow<InvalidTreeException> { bad.compileForOpenMetadata() }.problems
        problems.map { it.path } shouldContainExactly listOf("dash", "wh/d\"b", "wh/ok/s/t/column[1]", "wh/ok/s/t/column[2]")
        problems[0].problem shouldContain "not a database service"
        problems[1].problem shouldContain "double quote"
        problems[2].problem shouldContain "\"QUANTUM\" has no OpenMetadata equivalent"
        problems[3].problem shouldContain "no data type"
    }

    test("a connection needs no admins for OpenMetadata, and names may hold slashes") {
        val items = catalog { connection("s3/raw", Connector.POSTGRES) { database("a/b") } }.compileForOpenMetadata().items
        items.map { it.fullyQualifiedName } shouldContainExactly listOf("s3/raw", "s3/raw.a/b")
    }

    test("an attribute of the wrong shape or an unknown enum value is a problem, not a silent fallback") {
        val bad = catalog { connection("wh", Connector.POSTGRES) { database("d") { schema("s") { table("t") { attribute("tableType", "Hologram"); column("a", dataType = "INT") } } } } }
        shouldThrow<InvalidTreeException> { bad.compileForOpenMetadata() }.problems.single().problem shouldContain "does not know"
    }

    test("column types: aliases, case, parameters") {
        ColumnTypeMapping.ofOrNull("integer")!!.dataType shouldBe ColumnDataType.INT
        ColumnTypeMapping.ofOrNull("character varying(12)")!!.let { it.dataType shouldBe ColumnDataType.VARCHAR; it.dataLength shouldBe 12 }
        ColumnTypeMapping.ofOrNull("VARCHAR")!!.dataLength shouldBe 1
        ColumnTypeMapping.ofOrNull("ARRAY<STRING>")!!.dataType shouldBe ColumnDataType.ARRAY
        ColumnTypeMapping.ofOrNull("decimal(10, 2)")!!.let { it.precision shouldBe 10; it.scale shouldBe 2; it.dataLength.shouldBeNull() }
        ColumnTypeMapping.ofOrNull("nonsense").shouldBeNull()
        ColumnTypeMapping.ofOrNull("UNRECOGNIZED").shouldBeNull()
    }

    // open-metadata/OpenMetadata 1.4.x, openmetadata-service/src/main/java/org/openmetadata/service/util/ColumnUtil.java
    // (validateArrayColumn, validatePrecisionAndScale): what the server would refuse is a tree problem instead.
    test("ARRAY<…> carries its element type; a bare ARRAY and a scale above the precision are tree problems") {
        ColumnTypeMapping.ofOrNull("ARRAY<VARCHAR(20)>")!!.arrayDataType shouldBe ColumnDataType.VARCHAR
        ColumnTypeMapping.ofOrNull("array<array<int>>")!!.arrayDataType shouldBe ColumnDataType.ARRAY
        ColumnTypeMapping.ofOrNull("ARRAY<VARCHAR(20)>")!!.dataLength.shouldBeNull()
        ColumnTypeMapping.ofOrNull("ARRAY<NOPE>").shouldBeNull()
        ColumnTypeMapping.problemOf(ColumnTypeMapping.ofOrNull("ARRAY")!!)!! shouldContain "ARRAY<VARCHAR>"
        ColumnTypeMapping.problemOf(ColumnTypeMapping.ofOrNull("DECIMAL(2,4)")!!)!! shouldContain "larger than its precision"
        ColumnTypeMapping.problemOf(ColumnTypeMapping.ofOrNull("DECIMAL(4,2)")!!).shouldBeNull()
        val compiled = catalog {
            connection("w", Connector.SNOWFLAKE) { database("D") { schema("S") { table("T") { column("L", dataType = "ARRAY<INT>") } } } }
        }.compileForOpenMetadata()
        val table = compiled.items.last().request as CreateTable
        table.columns.single().arrayDataType shouldBe ColumnDataType.INT
        val bad = catalog {
            connection("w", Connector.SNOWFLAKE) { database("D") { schema("S") { table("T") { column("L", dataType = "ARRAY"); column("A", dataType = "NUMBER(2,5)") } } } }
        }
        shouldThrow<InvalidTreeException> { bad.compileForOpenMetadata() }.problems.map { it.path } shouldContainExactly listOf("w/D/S/T/column[1]", "w/D/S/T/column[2]")
    }

    test("the description the compiler fills in for glossaries and terms is marked defaulted; a tree's own is not") {
        val compiled = tree.compileForOpenMetadata()
        compiled.items.first { it.fullyQualifiedName == "Metrics.Revenue" }.defaulted shouldBe setOf("description")
        compiled.items.first { it.fullyQualifiedName == "Metrics" }.defaulted shouldBe emptySet()
        compiled.items.first { it.fullyQualifiedName == "warehouse.SALES" }.defaulted shouldBe emptySet()
    }

    test("terms of the tree's glossaries become glossary tags; other terms, custom metadata and READMEs are ! lines") {
        val curated = catalog {
            connection("warehouse", Connector.SNOWFLAKE) {
                adminUsers("admin")
                database("SALES") {
                    schema("PUBLIC") {
                        table("ORDERS") {
                            terms("Metrics" / "ARR", "Elsewhere" / "Cost")
                            customMetadata("Quality") { "Score" to 92.5 }
                            readme("<p>Orders</p>")
                            column("ID", dataType = "NUMBER") { terms("Metrics" / "Revenue") }
                        }
                    }
                }
            }
            glossary("Metrics") { category("Finance") { term("ARR") }; term("Revenue") }
        }
        val compiled = curated.compileForOpenMetadata()
        // OpenMetadata 1.4's TagLabel (openmetadata-spec .../json/schema/type/tagLabel.json): a term is tagFQN + source Glossary.
        val orders = KatalogJson.encode(CreateTable.serializer(), compiled.items.first { it.fullyQualifiedName == "warehouse.SALES.PUBLIC.ORDERS" }.request as CreateTable)
        orders.toString() shouldContain "\"tags\":[{\"tagFQN\":\"Metrics.Finance.ARR\",\"source\":\"Glossary\",\"labelType\":\"Manual\",\"state\":\"Confirmed\""
        orders.toString() shouldContain "\"tagFQN\":\"Metrics.Revenue\""
        compiled.ignored.map { it.toString() } shouldContainExactly listOf(
            "warehouse: \"adminUsers\" has no OpenMetadata CreateDatabaseService field: not sent",
            "warehouse/SALES/PUBLIC/ORDERS: terms \"Elsewhere/Cost\" are not in a glossary of the tree, which OpenMetadata's glossary tags need: not sent",
            "warehouse/SALES/PUBLIC/ORDERS: custom metadata \"Quality\" (\"Score\") has no OpenMetadata custom property: not sent",
            "warehouse/SALES/PUBLIC/ORDERS: the README has no OpenMetadata field: not sent",
        )
    }
})
