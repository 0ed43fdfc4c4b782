package dev.katalog.generator

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldBeEmpty
import io.kotest.matchers.shouldBe
import java.io.File

/** The committed model sources are exactly what the generator makes from typedefs.json: run bin/generate when this fails. */
class GeneratedSourcesAreCurrentSpec : FunSpec({
    val reference = File(System.getProperty("katalog.reference") ?: "../reference")
    val committedRoot = File("../model/src/generated/kotlin").canonicalFile

    test("the committed generated sources match the generator's output") {
        val expected = generateSources(File(reference, "atlan/typedefs.json"))
        val committed = committedRoot.walkTopDown().filter { it.isFile && it.extension == "kt" }
            .associate { it.relativeTo(committedRoot).invariantSeparatorsPath to it.readText() }
        (expected.keys - committed.keys).shouldBeEmpty()
        (committed.keys - expected.keys).shouldBeEmpty()
        val stale = expected.filter { (path, content) -> committed[path] != content }.keys
        stale.shouldBeEmpty()
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
