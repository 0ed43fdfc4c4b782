package dev.katalog.apicheck

import com.tngtech.archunit.base.DescribedPredicate
import com.tngtech.archunit.core.domain.JavaClass
import com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices
import io.kotest.core.spec.style.FunSpec

/**
 * The shape of the library modules' main classes: no cycle between packages, the layers model <- dsl <- client,
 * a local catalog that knows neither client nor DSL, and client sub-APIs that never reach back to a façade.
 */
class ArchitectureSpec : FunSpec({
    val classes = LibraryModules.classes

    test("no dependency cycle between packages (each package, sub-packages apart, is its own slice)") {
        slices().matching("dev.katalog.(**)").should().beFreeOfCycles().withinGeneratedSchemasIgnored().check(classes)
    }

    // The same rule area by area: over all classes at once ArchUnit names only some of the cycles when there
    // are many, and each area's own run names all of its own. (A cycle across areas breaks a layering rule too.)
    for (area in classes.map { it.packageName.split('.').getOrElse(2) { "" } }.filter { it.isNotEmpty() }.toSortedSet()) {
        test("no dependency cycle between the packages of dev.katalog.$area") {
            slices().matching("dev.katalog.(**)").should().beFreeOfCycles().withinGeneratedSchemasIgnored()
                .check(classes.that(resideInAPackage("dev.katalog.$area..")))
        }
    }

    for ((layer, forbidden) in LAYERS) {
        test("$layer depends on no ${forbidden.joinToString(", ")}") {
            noClasses().that().resideInAPackage(layer)
                .should().dependOnClassesThat().resideInAnyPackage(*forbidden.toTypedArray())
                .check(classes)
        }
    }

    for (facade in FACADES) {
        val home = facade.substringBeforeLast('.')
        test("client sub-APIs do not depend on the façade $facade") {
            noClasses().that().resideInAPackage("dev.katalog.client..").and().resideOutsideOfPackage(home)
                .should().dependOnClassesThat(partOf(facade))
                .because("a façade only wires its sub-APIs; they reach the server through the core, never through the façade")
                .check(classes)
        }
    }
})

/**
 * The one exception to the cycle rule: references between the packages generated from OpenMetadata's JSON Schemas.
 * They mirror the server's own schema packages (`org.openmetadata.schema.type`, `.entity.data`, `.tests`, …), whose
 * schemas refer to each other both ways (a `type.Column` has `tests.CustomMetric`s, a `tests.TestCase` refers to
 * `type` classes), so that a class is where OpenMetadata's documentation puts it. Hand-written OpenMetadata code,
 * the root package `dev.katalog.model.openmetadata` included, is held to the rule.
 */
private fun com.tngtech.archunit.library.dependencies.SliceRule.withinGeneratedSchemasIgnored() =
    ignoreDependency(inGeneratedSchemas, inGeneratedSchemas)

private val inGeneratedSchemas = DescribedPredicate.describe<JavaClass>("are generated from OpenMetadata's schemas") { cls ->
    GENERATED_SCHEMA_PACKAGES.any { cls.packageName == it || cls.packageName.startsWith("$it.") }
}

private val GENERATED_SCHEMA_PACKAGES = listOf("api", "entity", "type", "tests").map { "dev.katalog.model.openmetadata.$it" }

/** Each layer and the packages it must not depend on. */
private val LAYERS = listOf(
    "dev.katalog.model.." to listOf("dev.katalog.dsl..", "dev.katalog.client..", "dev.katalog.local..", "dev.katalog.test.."),
    "dev.katalog.dsl.." to listOf("dev.katalog.client..", "dev.katalog.local.."),
    "dev.katalog.client.." to listOf("dev.katalog.local.."),
    "dev.katalog.local.." to listOf("dev.katalog.client..", "dev.katalog.dsl.."),
)

/**
 * The client façades. Every class of `dev.katalog.client..` outside a façade's own package (its sub-APIs, the
 * core, the other backend) must not depend on it or its nested classes. A new façade is one more line.
 */
private val FACADES = listOf(
    "dev.katalog.client.AtlanClient",
    "dev.katalog.client.openmetadata.OpenMetadataClient",
)

private fun partOf(facade: String) = DescribedPredicate.describe<JavaClass>("are $facade or nested in it") { it.name == facade || it.name.startsWith("$facade$") }
