package dev.katalog.apicheck

import com.tngtech.archunit.core.importer.ClassFileImporter
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainExactlyInAnyOrder

/** The twin rule itself, on the fixture classes `Sample` and `SampleFutures`. */
class JavaTwinRuleSpec : FunSpec({
    val fixture = ClassFileImporter().importPackages("dev.katalog.apicheck.fixture").toList()

    test("names each missing or wrong twin, and nothing else") {
        JavaTwins.missing(fixture) shouldContainExactlyInAnyOrder listOf(
            "Sample.save(String, boolean): no SampleFutures.save(String, boolean) returning CompletableFuture",
            "Sample.getOtherOrNull(String): no SampleFutures.findOther(String) returning CompletableFuture<Optional>",
            "Sample.transform(Function1): no SampleFutures.transform(Function1) returning CompletableFuture",
        )
    }
})
