package dev.katalog.local

import com.tngtech.archunit.core.importer.ClassFileImporter
import com.tngtech.archunit.core.importer.ImportOption
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses
import com.tngtech.archunit.library.dependencies.SliceAssignment
import com.tngtech.archunit.library.dependencies.SliceIdentifier
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainAll

/** The module's package layout (local/README.md, "Package layout"): every package a slice, no cycles, no client or dsl. */
class PackageLayoutSpec : FunSpec({
    val classes = ClassFileImporter().withImportOption(ImportOption.DoNotIncludeTests()).withImportOption(ImportOption.DoNotIncludeJars()).importPackages("dev.katalog.local")

    test("the main classes span the packages the layout names") {
        classes.map { it.packageName }.toSet() shouldContainAll PACKAGES.map { if (it.isEmpty()) ROOT else "$ROOT.$it" }
    }

    test("no dependency cycle between the module's packages, a package and its sub-package counting as two") {
        val byPackage = object : SliceAssignment {
            override fun getIdentifierOf(javaClass: com.tngtech.archunit.core.domain.JavaClass): SliceIdentifier =
                if (javaClass.packageName.startsWith(ROOT)) SliceIdentifier.of(javaClass.packageName) else SliceIdentifier.ignore()

            override fun getDescription(): String = "the packages of dev.katalog.local, one slice each"
        }
        slices().assignedFrom(byPackage).should().beFreeOfCycles().check(classes)
    }

    test("the local catalog depends on neither the client nor the DSL") {
        noClasses().that().resideInAPackage("$ROOT..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.katalog.client..", "dev.katalog.dsl..")
            .check(classes)
    }
}) {
    private companion object {
        const val ROOT = "dev.katalog.local"
        val PACKAGES = listOf("", "error", "json", "opensearch", "store", "typedef", "search", "directory", "audit", "lineage", "http", "openmetadata")
    }
}
