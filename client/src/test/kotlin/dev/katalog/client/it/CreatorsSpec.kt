package dev.katalog.client.it

import dev.katalog.client.assets.ReadOptions
import dev.katalog.dsl.search.search
import dev.katalog.dsl.tree.catalog
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.AtlasGlossaryTerm
import dev.katalog.model.atlan.asset.Collection
import dev.katalog.model.atlan.asset.Connection
import dev.katalog.model.atlan.asset.Folder
import dev.katalog.model.atlan.asset.GCSBucket
import dev.katalog.model.atlan.asset.GCSObject
import dev.katalog.model.atlan.asset.Procedure
import dev.katalog.model.atlan.asset.Query
import dev.katalog.model.atlan.asset.S3Bucket
import dev.katalog.model.atlan.asset.S3Object
import dev.katalog.model.atlan.asset.Schema
import dev.katalog.model.atlan.asset.TablePartition
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainExactly
import io.kotest.matchers.collections.shouldContainExactlyInAnyOrder
import io.kotest.matchers.shouldBe
import kotlinx.coroutines.flow.toList

/** Assets made by the generated creators, saved to the local catalog and found again by their connection and their parent. */
class CreatorsSpec : FunSpec({
    val client = SharedCatalog.client()
    afterSpec { client.close() }
    val run = "${System.nanoTime() % 1_000_000_000}"

    test("object-store assets are found by their connection's qualifiedName and their bucket's") {
        val s3 = SharedCatalog.uniqueConnection("s3")
        client.assets.save(Connection.creator("lake-$run", "s3", s3).adminUsers(listOf("admin")).build())
        val bucket = S3Bucket.creator("raw", s3, "arn:aws:s3:::raw-$run").build()
        val objects = listOf("orders.csv", "returns.csv").map {
            S3Object.creator(it, s3, "arn:aws:s3:::raw-$run/$it", "raw", bucket.qualifiedName!!).build()
        }
        val saved = client.assets.save(listOf(bucket) + objects)
        saved.created.map { it.qualifiedName } shouldContainExactlyInAnyOrder (listOf(bucket) + objects).map { it.qualifiedName }

        client.search.stream(search { where(Asset.CONNECTION_QUALIFIED_NAME eq s3); pageSize(50) }).toList().map { it.qualifiedName } shouldContainExactlyInAnyOrder
            (listOf(bucket) + objects).map { it.qualifiedName }
        client.search.stream(S3Object) { where(S3Object.S3_BUCKET_QUALIFIED_NAME eq bucket.qualifiedName!!) }.toList().map { it.name } shouldContainExactlyInAnyOrder
            listOf("orders.csv", "returns.csv")
        client.assets.get(S3Object, objects.first().qualifiedName!!).connectorName shouldBe "s3"

        val gcs = SharedCatalog.uniqueConnection("gcs")
        client.assets.save(Connection.creator("gcs-$run", "gcs", gcs).adminUsers(listOf("admin")).build())
        client.assets.save(listOf(GCSBucket.creator("lake", gcs).build(), GCSObject.creator("orders.parquet", "lake", "$gcs/lake").build()))
        client.search.stream(GCSObject) { where(GCSObject.GCS_BUCKET_QUALIFIED_NAME eq "$gcs/lake") }.toList().map { it.qualifiedName } shouldContainExactly
            listOf("$gcs/lake/orders.parquet")
    }

    test("a procedure and a partition carry their schema's names and are found by it") {
        val applied = client.trees.apply(catalog {
            connection("creators-$run", dev.katalog.model.atlan.asset.Connector.SNOWFLAKE) {
                adminUsers("admin")
                database("DB") { schema("S") { table("ORDERS") } }
            }
        })
        check(applied.succeeded) { "${applied.failures}" }
        val schemaQn = client.assets.findConnections("creators-$run", dev.katalog.model.atlan.asset.Connector.SNOWFLAKE).single().qualifiedName + "/DB/S"
        client.assets.save(
            listOf(
                Procedure.creator("REFRESH_ORDERS", schemaQn, "begin refresh; end").build(),
                TablePartition.creator("ORDERS_2024", "$schemaQn/ORDERS").build(),
            ),
        )
        val procedure = client.assets.get(Procedure, "$schemaQn/_procedures_/REFRESH_ORDERS")
        procedure.definition shouldBe "begin refresh; end"
        procedure.databaseName shouldBe "DB"
        client.search.stream(TablePartition) { where(TablePartition.TABLE_QUALIFIED_NAME eq "$schemaQn/ORDERS") }.toList().map { it.name } shouldContainExactly
            listOf("ORDERS_2024")
        client.search.stream(Procedure) { where(Procedure.SCHEMA_QUALIFIED_NAME eq schemaQn) }.toList().map { it.name } shouldContainExactly listOf("REFRESH_ORDERS")
        client.assets.get(Schema, schemaQn, ReadOptions.FULL).procedures.orEmpty().map { it.guid } shouldContainExactly listOf(procedure.guid)
    }

    test("an Insights collection holds a folder holding a saved query") {
        val collection = Collection.creator("Finance queries $run", "admin").build()
        val folder = Folder.creator("Reports", collection).build()
        val query = Query.creator("Top orders", folder).rawQuery("select * from ORDERS limit 10").build()
        client.assets.save(listOf(collection, folder, query))
        val collectionQn = collection.qualifiedName!!
        val saved = client.assets.get(Query, "$collectionQn/Reports/Top orders")
        saved.collectionQualifiedName shouldBe collectionQn
        saved.parentQualifiedName shouldBe "$collectionQn/Reports"
        client.search.stream(Query) { where(Query.COLLECTION_QUALIFIED_NAME eq collectionQn) }.toList().map { it.name } shouldContainExactly listOf("Top orders")
    }

    test("a term's see-also links are added and removed one by one, its other links and attributes kept") {
        val glossary = "Relations $run"
        val applied = client.trees.apply(catalog { glossary(glossary) { term("Revenue"); term("Income"); term("Sales"); term("Turnover") } })
        check(applied.succeeded) { "${applied.failures}" }
        val (revenue, income, sales, turnover) = listOf("Revenue", "Income", "Sales", "Turnover").map { client.glossary.findTerm(it, glossary) }
        client.assets.save(AtlasGlossaryTerm.trimToRequired(revenue).appendSeeAlso(listOf(income, sales)).appendSynonyms(listOf(turnover)).build())
        client.assets.save(AtlasGlossaryTerm.trimToRequired(revenue).userDescription("Money in").build())
        client.assets.save(AtlasGlossaryTerm.trimToRequired(revenue).removeSeeAlso(listOf(income)).build())
        val after = client.assets.get(AtlasGlossaryTerm, revenue.qualifiedName!!, ReadOptions.FULL)
        after.seeAlso.orEmpty().map { it.guid } shouldContainExactly listOf(sales.guid)
        after.synonyms.orEmpty().map { it.guid } shouldContainExactly listOf(turnover.guid)
        after.userDescription shouldBe "Money in"
    }
})
