package dev.katalog.cli

import dev.katalog.cli.script.KatalogScripts
import dev.katalog.client.AtlanClient
import dev.katalog.client.export.ExportOptions
import dev.katalog.dsl.tree.AssetNode
import dev.katalog.dsl.tree.CatalogTree
import dev.katalog.dsl.tree.InvalidTreeException
import dev.katalog.dsl.tree.catalog
import dev.katalog.dsl.openmetadata.compileForOpenMetadata
import dev.katalog.local.LocalCatalog
import dev.katalog.model.atlan.asset.AtlanTypes
import dev.katalog.model.atlan.asset.Connector
import dev.katalog.model.atlan.asset.GenericAsset
import dev.katalog.model.atlan.typedef.TypeDefResponse
import dev.katalog.model.atlan.typedef.TypeDefSupplement
import dev.katalog.model.json.KatalogJson
import dev.katalog.dsl.search.FluentSearch
import dev.katalog.model.atlan.asset.Asset
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainExactly
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.kotest.matchers.types.shouldBeInstanceOf
import kotlinx.coroutines.flow.toList
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.jsonObject
import kotlinx.serialization.json.jsonPrimitive
import java.io.File
import java.nio.file.Files

/**
 * Assets of a type the model does not know, declared through the trees' escape hatch (`asset("Type", "name")`) and
 * exported through it: a catalog that serves a custom entity type (as a tenant with newer or custom types does), a tree
 * that declares two such assets with attributes by name, the export that writes them back with a comment, a plan of
 * the export that is empty, and the same definition applied elsewhere exporting byte for byte the same.
 */
class UnknownTypeExportSpec : FunSpec({
    val typeDefs = Files.createTempFile("typedefs-with-widget", ".json")
    Files.writeString(typeDefs, KatalogJson.encode(TypeDefResponse.serializer(), withWidgetType()))
    val catalog = LocalCatalog.builder().apiToken("unknown-types").openSearchUrl(TestCatalog.catalog.openSearchUrl)
        .indexPrefix("unknown_types_${System.nanoTime()}_").typeDefs(typeDefs).build().start()
    val client = AtlanClient.builder().baseUrl(catalog.baseUrl).apiToken("unknown-types").proxy(null).build()
    val dir = Files.createTempDirectory("unknown-types").toFile()
    afterSpec { client.close(); catalog.close(); Files.deleteIfExists(typeDefs); dir.deleteRecursively() }

    /** The tree a definition's text declares, compiled by the script host as `bin/katalog plan` compiles it. */
    fun compiled(text: String, file: String): CatalogTree {
        val root = File(dir, file).apply { writeText(text) }
        return KatalogScripts.run(root, null) as CatalogTree
    }

    fun estate(name: String): CatalogTree = catalog {
        connection(name, Connector.SNOWFLAKE) {
            adminUsers("admin")
            database("SALES") {
                schema("PUBLIC") {
                    table("ORDERS") { column("ID", dataType = "NUMBER") }
                    asset("AcmeWidget", "gauge \"one\"") {
                        description = "A widget in \$dollars"
                        attribute("acmeSize", 3_000_000_000L)
                        attribute("acmeColour", "blue")
                        attribute("acmeLabels", listOf("b", "a"))
                        attribute("acmeRatio", 0.25)
                        attribute("acmeEnabled", true)
                    }
                }
            }
            asset("AcmeWidget", "hub") { attribute("acmeColour", "red") }
        }
    }

    test("the model does not know the type the catalog serves, so the test is about what it claims") {
        AtlanTypes.forName("AcmeWidget") shouldBe null
    }

    test("a tree declares assets of an unknown type, the export writes them through the escape hatch, and the round trip holds") {
        val n = System.nanoTime() % 1_000_000_000
        val name = "widgets-$n"
        val applied = client.trees.apply(estate(name))
        applied.succeeded shouldBe true
        val qualifiedName = applied.plan.connections.getValue(name)

        val stored = client.search.stream(
            FluentSearch.select().where(Asset.CONNECTION_QUALIFIED_NAME eq qualifiedName).where(Asset.TYPE_NAME eq "AcmeWidget").include("acmeSize", "acmeColour").toRequest(),
        ).toList().sortedBy { it.qualifiedName }
        stored.map { it.qualifiedName } shouldContainExactly listOf("$qualifiedName/SALES/PUBLIC/gauge \"one\"", "$qualifiedName/hub")
        stored.first().shouldBeInstanceOf<GenericAsset>()
        stored.first().attributes.getValue("acmeSize").jsonPrimitive.content shouldBe "3000000000"

        val export = client.export.connection(qualifiedName)
        export.notExported shouldBe emptyList()
        export.root.text shouldBe """
            |// Connection "$name", exported by Katalog: plan or apply it with bin/katalog plan|apply $name.catalog.kts
            |catalog {
            |    connection("$name", Connector.SNOWFLAKE) {
            |        adminUsers("admin")
            |        database("SALES") {
            |            schema("PUBLIC") {
            |                table("ORDERS") {
            |                    column("ID", dataType = "NUMBER")
            |                }
            |                asset("AcmeWidget", "gauge \"one\"") {
            |                    // AcmeWidget is a type Katalog's model does not know: declared by type name, its own attributes by name
            |                    description = "A widget in \${'$'}dollars"
            |                    attribute("acmeSize", 3000000000L)
            |                    attribute("acmeColour", "blue")
            |                    attribute("acmeLabels", listOf("b", "a"))
            |                    attribute("acmeRatio", 0.25)
            |                    attribute("acmeEnabled", true)
            |                }
            |            }
            |        }
            |        asset("AcmeWidget", "hub") {
            |            // AcmeWidget is a type Katalog's model does not know: declared by type name, its own attributes by name
            |            attribute("acmeColour", "red")
            |        }
            |    }
            |}
            |""".trimMargin()
        export.assets shouldBe 7L

        // The exported definition, compiled, plans nothing against the catalog it came from.
        val again = client.trees.plan(compiled(export.root.text, "widgets.catalog.kts"))
        again.isEmpty shouldBe true

        // Applied under another name, it exports the same definition, that name aside.
        val copy = "widgets-copy-$n"
        val copied = client.trees.apply(compiled(export.root.text.replace("\"$name\"", "\"$copy\""), "copy.catalog.kts"))
        copied.succeeded shouldBe true
        val reexported = client.export.connection(copied.plan.connections.getValue(copy), options = ExportOptions(connectionName = name))
        reexported.root.text shouldBe export.root.text
    }

    test("an asset declared by type name must name a type without a kind of its own, and sit in a connection, database or schema") {
        val problems = shouldThrow<InvalidTreeException> {
            CatalogTree.empty().with(
                AssetNode.connection("c", Connector.SNOWFLAKE).withAdminUsers("admin")
                    .withChild(AssetNode.asset("Table", "t"))
                    .withChild(AssetNode.asset(" ", "blank"))
                    .withChild(AssetNode.database("d").withChild(AssetNode.schema("s").withChild(AssetNode.table("t").withChild(AssetNode.asset("AcmeWidget", "w"))))),
            ).validate()
        }.problems.map { "${it.path}: ${it.problem}" }
        problems shouldContainExactly listOf(
            "c/t: a Table has its own kind in a tree: declare it as a table instead of asset(\"Table\", …)",
            "c/blank: the type name is empty: give the Atlan type, asset(\"MyType\", \"blank\")",
            "c/d/s/t/w: a asset cannot be inside a table: put it inside a connection, a database or a schema",
        )
    }

    test("OpenMetadata has no entity for an Atlan type declared by name: the plan says it is not sent") {
        val ignored = estate("om-widgets").compileForOpenMetadata().ignored.map { "${it.path}: ${it.problem}" }
        ignored shouldContainExactly listOf(
            "om-widgets: \"adminUsers\" has no OpenMetadata CreateDatabaseService field: not sent",
            "om-widgets/SALES/PUBLIC/gauge \"one\": AcmeWidget \"gauge \"one\"\" is an Atlan type with no OpenMetadata entity: not sent",
            "om-widgets/hub: AcmeWidget \"hub\" is an Atlan type with no OpenMetadata entity: not sent",
        )
    }
}) {
    private companion object {
        /** The bundled definitions with a custom entity type the model was not generated with. */
        fun withWidgetType(): TypeDefResponse {
            fun resource(name: String) = KatalogJson.decode(
                TypeDefResponse.serializer(),
                LocalCatalog::class.java.getResourceAsStream(name)!!.use { it.readBytes().toString(Charsets.UTF_8) },
            )
            val bundled = TypeDefSupplement.merge(resource("/dev/katalog/local/typedefs.json"), resource("/dev/katalog/local/typedefs-supplement.json"))
            val json = KatalogJson.encodeToElement(TypeDefResponse.serializer(), bundled).jsonObject
            val widget = kotlinx.serialization.json.Json.parseToJsonElement(
                """{"category":"ENTITY","name":"AcmeWidget","superTypes":["Catalog"],"serviceType":"acme","typeVersion":"1.0","attributeDefs":[
                  {"name":"acmeSize","typeName":"long","isOptional":true,"cardinality":"SINGLE","isIndexable":true,"isUnique":false},
                  {"name":"acmeColour","typeName":"string","isOptional":true,"cardinality":"SINGLE","isIndexable":true,"isUnique":false},
                  {"name":"acmeLabels","typeName":"array<string>","isOptional":true,"cardinality":"SET","isIndexable":true,"isUnique":false},
                  {"name":"acmeRatio","typeName":"double","isOptional":true,"cardinality":"SINGLE","isIndexable":true,"isUnique":false},
                  {"name":"acmeEnabled","typeName":"boolean","isOptional":true,"cardinality":"SINGLE","isIndexable":true,"isUnique":false}]}""",
            )
            val entities = JsonArray(json.getValue("entityDefs") as JsonArray + widget)
            return KatalogJson.decode(TypeDefResponse.serializer(), JsonObject(json + ("entityDefs" to entities)))
        }
    }
}
