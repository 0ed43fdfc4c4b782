package dev.katalog.dsl.badinput

import dev.katalog.dsl.search.InvalidSearchException
import dev.katalog.dsl.search.and
import dev.katalog.dsl.search.search
import dev.katalog.dsl.tree.AssetNode
import dev.katalog.dsl.tree.CatalogTree
import dev.katalog.dsl.tree.InvalidTreeException
import dev.katalog.dsl.tree.catalog
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.Connector
import dev.katalog.model.atlan.asset.Table
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContain
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain

/** The DSL's part of the bad-input catalogue in docs/RELIABILITY.md: each test is named by its entry. */
class DslBadInputSpec : FunSpec({
    fun problemsOf(block: dev.katalog.dsl.tree.CatalogScope.() -> Unit): List<String> =
        shouldThrow<InvalidTreeException> { catalog(block).validate() }.problems.map { it.toString() }

    fun inSchema(block: dev.katalog.dsl.tree.SchemaScope.() -> Unit): List<String> = problemsOf {
        connection("c", Connector.SNOWFLAKE) { adminUsers("admin"); database("D") { schema("S", block) } }
    }

    test("B01 an empty or blank asset name") {
        inSchema { table(" ") }.single() shouldContain "the name is empty"
    }

    test("B02 a name containing the qualifiedName separator") {
        inSchema { table("a/b") }.single() shouldContain "contains \"/\""
    }

    test("B03 two tables with the same name in a schema") {
        inSchema { table("T"); table("T") }.single() shouldContain "duplicate name \"T\""
    }

    test("B04 an unknown connector") {
        problemsOf { connection("c", Connector.of("not-a-connector")) { adminUsers("admin") } }.single() shouldContain "unknown connector \"not-a-connector\""
    }

    test("B05 a connection without an admin") {
        problemsOf { connection("c", Connector.SNOWFLAKE) }.single() shouldContain "needs at least one admin"
    }

    test("B06 column orders below 1 or used twice") {
        val problems = inSchema { table("T") { column("A", order = 0); column("B", order = 2); column("C", order = 2) } }
        problems.any { "below 1" in it } shouldBe true
        problems.any { "also used by" in it } shouldBe true
    }

    test("B81 an attribute the tree decides, set inside the tree") {
        inSchema { table("T") { qualifiedName("x/y"); column("A") { order(2) } } } shouldBe listOf(
            "c/D/S/T: \"qualifiedName\" cannot be set inside a tree: the tree sets it from the node's place; remove it",
            "c/D/S/T/column[1]: \"order\" cannot be set inside a tree: the tree sets it from the node's place; give it as column(name, order = n)",
        )
    }

    test("B82 a relationship to assets outside the tree, set inside the tree") {
        inSchema { table("T") { readme(dev.katalog.model.atlan.asset.Readme.refByGuid("r-1")) } }.single() shouldContain
            "\"readme\" links to assets outside the tree, which trees do not link: remove it, and link after applying with client.assets.save("
    }

    test("B07 a column at the top of a tree, or a table inside a database (Java builders can build either)") {
        val problems = shouldThrow<InvalidTreeException> {
            CatalogTree(listOf(AssetNode.column("loose"), AssetNode.database("D").withChild(AssetNode.table("T")))).validate()
        }.problems.map { it.toString() }
        problems.any { "cannot be at the top of a tree" in it } shouldBe true
        problems.any { "cannot be inside a database" in it } shouldBe true
    }

    test("B08 a negative page size or offset") {
        shouldThrow<InvalidSearchException> { search { pageSize(-1) } }.message!! shouldContain "pageSize must be 0 or more"
        shouldThrow<InvalidSearchException> { search { from(-5) } }.message!! shouldContain "from must be 0 or more"
    }

    test("B09 a page past the index's window of 100,000") {
        shouldThrow<InvalidSearchException> { search { from(99_950); pageSize(100) } }.message!! shouldContain "streaming search"
    }

    test("B10 minSomes without whereSome, or more than there are") {
        shouldThrow<InvalidSearchException> { search { minSomes(1) } }.message!! shouldContain "no whereSome"
        shouldThrow<InvalidSearchException> { search { whereSome(Asset.NAME eq "a"); minSomes(2) } }.message!! shouldContain "no result could match"
    }

    test("B11 an empty and() / or()") {
        shouldThrow<InvalidSearchException> { and() }.message!! shouldContain "at least one query"
    }

    test("B12 the same aggregation name twice") {
        shouldThrow<InvalidSearchException> {
            search { aggregate("n", Table.NAME.bucketBy(10)); aggregate("n", Table.NAME.bucketBy(5)) }
        }.message!! shouldContain "defined twice"
    }

    test("B13 a numeric comparison with NaN or infinity") {
        shouldThrow<IllegalArgumentException> { Table.ROW_COUNT gt Double.NaN }.message!! shouldContain "use a finite number"
        shouldThrow<IllegalArgumentException> { Table.ROW_COUNT lt Double.POSITIVE_INFINITY }.message!! shouldContain "use a finite number"
    }
})
