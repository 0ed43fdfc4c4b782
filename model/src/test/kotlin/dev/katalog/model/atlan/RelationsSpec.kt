package dev.katalog.model.atlan

import dev.katalog.model.atlan.asset.AtlasGlossaryCategory
import dev.katalog.model.atlan.asset.AtlasGlossaryTerm
import dev.katalog.model.atlan.asset.Column
import dev.katalog.model.atlan.asset.Table
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.jsonObject

/**
 * The typed relationship changes of a builder land where Atlan reads them: `appendRelationshipAttributes` and
 * `removeRelationshipAttributes` beside the attributes (atlas-metastore's AtlasEntity, as pyatlan 9.10.3 sends them in
 * the operation vectors `terms-append` / `terms-remove`), leaving the relationship attributes themselves untouched.
 */
class RelationsSpec : FunSpec({
    val table = "default/snowflake/1700000000/DB/S/ORDERS"
    fun byQn(type: String, qualifiedName: String) = JsonObject(
        mapOf("typeName" to JsonPrimitive(type), "uniqueAttributes" to JsonObject(mapOf("qualifiedName" to JsonPrimitive(qualifiedName)))),
    )

    test("appendColumns and removeColumns collect references under the relationship, the attributes untouched") {
        val update = Table.updater(table, "ORDERS")
            .appendColumns(listOf(Column.refByQualifiedName("$table/A")))
            .appendColumns(listOf(Column.refByQualifiedName("$table/B")))
            .removeColumns(listOf(Column.refByGuid("c-guid")))
            .build()
        update.json["appendRelationshipAttributes"] shouldBe JsonObject(
            mapOf("columns" to JsonArray(listOf(byQn("Column", "$table/A"), byQn("Column", "$table/B")))),
        )
        update.json["removeRelationshipAttributes"]!!.jsonObject["columns"] shouldBe
            JsonArray(listOf(JsonObject(mapOf("typeName" to JsonPrimitive("Column"), "guid" to JsonPrimitive("c-guid")))))
        update.attributes.keys shouldBe setOf("qualifiedName", "name")
    }

    test("glossary relationships: a term's see-also and synonyms, a category's children, and inherited ones by the subtype") {
        val term = AtlasGlossaryTerm.builder()
            .appendSeeAlso(listOf(AtlasGlossaryTerm.refByGuid("t1")))
            .appendSynonyms(listOf(AtlasGlossaryTerm.refByGuid("t2")))
            .appendMeanings(listOf(AtlasGlossaryTerm.refByGuid("t3")))
            .build()
        term.json["appendRelationshipAttributes"]!!.jsonObject.keys shouldBe setOf("seeAlso", "synonyms", "meanings")
        val category = AtlasGlossaryCategory.builder().appendChildrenCategories(listOf(AtlasGlossaryCategory.refByGuid("c1"))).build()
        category.json["appendRelationshipAttributes"]!!.jsonObject.keys shouldBe setOf("childrenCategories")
        Table.builder().appendMeanings(listOf(AtlasGlossaryTerm.refByGuid("t3"))).build()
            .json["appendRelationshipAttributes"]!!.jsonObject.keys shouldBe setOf("meanings")
    }

    test("an empty change or an unsaved asset without a qualifiedName is refused") {
        shouldThrow<IllegalArgumentException> { Table.builder().appendColumns(emptyList()) }.message shouldContain "pass at least one"
        shouldThrow<IllegalArgumentException> { Table.builder().appendRelated(" ", listOf(Column.refByGuid("x"))) }.message shouldContain "blank"
    }
})
