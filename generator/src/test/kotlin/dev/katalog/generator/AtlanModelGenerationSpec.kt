package dev.katalog.generator

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldBeEmpty
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.kotest.matchers.string.shouldNotContain
import java.io.File

/** The Atlan model the build generates from typedefs.json: its files, its setter properties and its KDoc links. */
class AtlanModelGenerationSpec : FunSpec({
    val reference = File(System.getProperty("katalog.reference") ?: "../reference")
    val sources by lazy { generateSources(File(reference, "atlan/typedefs.json")) }

    test("one file per entity type, enum and struct, plus the registry, the same on every run") {
        sources.size shouldBe 135
        sources.keys.count { it.startsWith("dev/katalog/model/atlan/asset/") } shouldBe 119
        sources shouldBe generateSources(File(reference, "atlan/typedefs.json"))
    }

    test("a type's setters carry a fluent setter and an assignable property per attribute") {
        val table = sources.getValue("dev/katalog/model/atlan/asset/Table.kt")
        table shouldContain "public fun rowCount(`value`: Long?): B = attribute(\"rowCount\", encodeAttribute(value, Long.serializer()))"
        table shouldContain "public var rowCount: Long?"
        table shouldContain "get() = attributeView(\"rowCount\").longAttribute(\"rowCount\")"
        table shouldContain "\"rowCount\" to \"long\","
    }

    test("builder KDoc links creator only on types that have one") {
        sources.getValue("dev/katalog/model/atlan/asset/Table.kt") shouldContain "Builds a Table: start from [creator], [updater] or [builder]."
        sources.getValue("dev/katalog/model/atlan/asset/Query.kt") shouldContain "Builds a Query: start from [updater] or [builder]."
        sources.getValue("dev/katalog/model/atlan/asset/Process.kt") shouldContain "Builds a Process: start from [creator], [updater] or [builder]."
        val dangling = sources.filter { (_, text) -> "[creator]" in text && "fun creator(" !in text }.keys
        dangling.shouldBeEmpty()
        sources.getValue("dev/katalog/model/atlan/asset/Query.kt") shouldNotContain "[creator]"
        sources.getValue("dev/katalog/model/atlan/asset/Readme.kt") shouldContain "Builds a Readme: start from [creator], [updater] or [builder]."
    }

    test("names become Kotlin names") {
        typeName("No Data Quality risks detected") shouldBe "NoDataQualityRisksDetected"
        typeName("__AtlasAuditEntry") shouldBe "AtlasAuditEntry"
        propertyName("__hasLineage") shouldBe "hasLineage"
        propertyName("AtlasServer.name") shouldBe "atlasServerName"
        constantName("sourceURL") shouldBe "SOURCE_URL"
        constantName("s3BucketArn") shouldBe "S3_BUCKET_ARN"
        constantName("__hasLineage") shouldBe "HAS_LINEAGE"
    }
})
