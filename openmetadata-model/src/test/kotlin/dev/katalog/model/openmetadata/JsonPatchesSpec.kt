package dev.katalog.model.openmetadata

import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement

/** RFC 6902 as both sides use it: a diff applied to its source gives its target, and a bad patch names its operation. */
class JsonPatchesSpec : FunSpec({
    fun json(text: String): JsonElement = Json.parseToJsonElement(text)

    test("pointer escapes ~ and /") {
        JsonPatches.pointer("columns", 0, "a/b~c") shouldBe "/columns/0/a~1b~0c"
    }

    test("diff compares objects key by key and equal-length arrays element by element; apply replays it") {
        val from = json("""{"name":"orders","description":null,"tags":["a","b"],"columns":[{"name":"id"}],"a/b":1}""")
        val to = json("""{"name":"orders","description":"Orders","tags":["a"],"columns":[{"name":"id","dataType":"INT"}]}""")
        val operations = JsonPatches.diff(from, to)
        operations.joinToString(",") shouldBe
            """{"op":"add","path":"/description","value":"Orders"},{"op":"replace","path":"/tags","value":["a"]},""" +
            """{"op":"add","path":"/columns/0/dataType","value":"INT"},{"op":"remove","path":"/a~1b"}"""
        JsonPatches.apply(from, JsonArray(operations.map { it.toJson() })) shouldBe to
    }

    test("move, copy and test; a failed test refuses the whole patch, naming the operation") {
        val doc = json("""{"a":{"b":1},"list":[1,2]}""")
        JsonPatches.apply(doc, json("""[{"op":"copy","from":"/a/b","path":"/list/-"},{"op":"move","from":"/a","path":"/c"},{"op":"test","path":"/c/b","value":1}]""")) shouldBe
            json("""{"list":[1,2,1],"c":{"b":1}}""")
        shouldThrow<JsonPatchException> { JsonPatches.apply(doc, json("""[{"op":"remove","path":"/list/0"},{"op":"test","path":"/a/b","value":2}]""")) }
            .message shouldBe "Invalid JSON Patch: operation 2: the test of /a/b failed"
        shouldThrow<JsonPatchException> { JsonPatches.apply(doc, json("""{"op":"remove"}""")) }.message!!.startsWith("A JSON Patch is an array") shouldBe true
    }
})
