package dev.katalog.model

import com.tngtech.archunit.core.importer.ClassFileImporter
import com.tngtech.archunit.core.importer.ImportOption
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe

/** No package of katalog-model or katalog-model-core depends on itself through others: each package is its own slice. */
class PackageCyclesSpec : FunSpec({
    test("the packages of the model and model-core are free of cycles") {
        val classes = ClassFileImporter().withImportOption(ImportOption.DoNotIncludeTests()).importPackages("dev.katalog.model")
        classes.map { it.packageName }.toSet().size shouldBe 9
        slices().matching("dev.katalog.(**)").should().beFreeOfCycles().check(classes)
    }
})
