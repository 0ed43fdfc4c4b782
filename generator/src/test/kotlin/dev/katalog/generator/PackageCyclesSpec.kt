package dev.katalog.generator

import com.tngtech.archunit.core.importer.ClassFileImporter
import com.tngtech.archunit.core.importer.ImportOption
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe

/** The generator's packages are free of cycles, and it reads typedefs through model-core, never the model it writes. */
class PackageCyclesSpec : FunSpec({
    test("the generator's and model-core's packages are free of cycles") {
        val classes = ClassFileImporter().withImportOption(ImportOption.DoNotIncludeTests()).importPackages("dev.katalog")
        classes.map { it.packageName }.toSet() shouldBe
            setOf("dev.katalog.generator", "dev.katalog.generator.openmetadata", "dev.katalog.model.json", "dev.katalog.model.atlan.typedef")
        slices().matching("dev.katalog.(**)").should().beFreeOfCycles().check(classes)
    }

    test("the model the generator writes is not on its classpath") {
        shouldThrow<ClassNotFoundException> { Class.forName("dev.katalog.model.atlan.asset.Entity") }
        Class.forName("dev.katalog.model.atlan.typedef.TypeDefResponse").simpleName shouldBe "TypeDefResponse"
    }
})
