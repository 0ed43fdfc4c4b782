package dev.katalog.dsl.tree

import dev.katalog.model.atlan.asset.AtlasGlossaryTerm
import dev.katalog.model.atlan.asset.Column
import dev.katalog.model.atlan.asset.Table
import dev.katalog.model.atlan.asset.TableauDashboard
import kotlinx.serialization.json.Json
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.jsonArray
import kotlinx.serialization.json.jsonObject
import kotlinx.serialization.json.jsonPrimitive
import java.io.File

/** Planned values compare with the catalog's as their typed setters mean them. */
class TreeValuesSpec : FunSpec({
    fun strings(vararg values: String) = JsonArray(values.map(::JsonPrimitive))

    test("numbers compare by value: a Long 5 equals a stored 5.0, not 5.5") {
        TreeValues.same(Table, "rowCount", JsonPrimitive(5L), JsonPrimitive(5.0)) shouldBe true
        TreeValues.same(Table, "rowCount", JsonPrimitive(5L), JsonPrimitive(5.5)) shouldBe false
        TreeValues.same(Column, "numericScale", JsonPrimitive(2.0), JsonPrimitive(2)) shouldBe true
    }

    test("a list Atlan keeps as a set compares as a set; other lists in order") {
        TreeValues.same(Table, "ownerUsers", strings("alice", "bob", "alice"), strings("bob", "alice")) shouldBe true
        TreeValues.same(Table, "ownerUsers", strings("alice", "bob"), strings("alice")) shouldBe false
        TreeValues.same(AtlasGlossaryTerm, "examples", strings("a", "b"), strings("b", "a")) shouldBe true
        val first = JsonObject(mapOf("name" to JsonPrimitive("a")))
        val second = JsonObject(mapOf("name" to JsonPrimitive("b")))
        TreeValues.same(TableauDashboard, "projectHierarchy", JsonArray(listOf(first, second)), JsonArray(listOf(first, second))) shouldBe true
        TreeValues.same(TableauDashboard, "projectHierarchy", JsonArray(listOf(first, second)), JsonArray(listOf(second, first))) shouldBe false
    }

    test("dates compare by instant, whether stored as epoch milliseconds, a decimal or ISO-8601") {
        val millis = 1_767_323_045_000L // 2026-01-02T03:04:05Z
        TreeValues.same(Column, "pinnedAt", JsonPrimitive(millis), JsonPrimitive(millis.toDouble())) shouldBe true
        TreeValues.same(Column, "pinnedAt", JsonPrimitive(millis), JsonPrimitive("2026-01-02T03:04:05Z")) shouldBe true
        TreeValues.same(Column, "pinnedAt", JsonPrimitive(millis), JsonPrimitive(millis + 1)) shouldBe false
    }

    test("enums and text by content, booleans by value, not set equals empty") {
        TreeValues.same(Table, "certificateStatus", JsonPrimitive("VERIFIED"), JsonPrimitive("VERIFIED")) shouldBe true
        TreeValues.same(Table, "certificateStatus", JsonPrimitive("VERIFIED"), JsonPrimitive("DRAFT")) shouldBe false
        TreeValues.same(Table, "isTemporary", JsonPrimitive(true), JsonPrimitive("true")) shouldBe true
        TreeValues.same(Table, "isTemporary", JsonPrimitive(false), JsonPrimitive(true)) shouldBe false
        TreeValues.same(Table, "ownerUsers", JsonNull, JsonArray(emptyList())) shouldBe true
        TreeValues.same(Table, "description", JsonPrimitive("x"), null) shouldBe false
    }

    test("attributes the model lacks compare as JSON, numbers by value and arrays regardless of order") {
        TreeValues.same(Table, "customScore", JsonPrimitive(7), JsonPrimitive(7.0)) shouldBe true
        TreeValues.same(Table, "customTags", strings("a", "b"), strings("b", "a")) shouldBe true
        TreeValues.same(Table, "customScore", JsonPrimitive(7), JsonPrimitive("7")) shouldBe false
    }

    test("the set-valued attributes are those reference/atlan/typedefs.json declares with cardinality SET") {
        val typedefs = Json.parseToJsonElement(File("../reference/atlan/typedefs.json").readText()).jsonObject
        val declared = typedefs.getValue("entityDefs").jsonArray.flatMap { type ->
            val typeName = type.jsonObject.getValue("name").jsonPrimitive.content
            (type.jsonObject["attributeDefs"] as? JsonArray).orEmpty().map { it.jsonObject }
                .filter { it["typeName"]!!.jsonPrimitive.content.startsWith("array<") && it["cardinality"]?.jsonPrimitive?.content == "SET" }
                .map { "$typeName.${it.getValue("name").jsonPrimitive.content}" }
        }.toSet()
        TreeValues.SET_ATTRIBUTES shouldBe declared
    }
})
