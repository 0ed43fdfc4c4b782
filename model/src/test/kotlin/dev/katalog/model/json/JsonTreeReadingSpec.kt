package dev.katalog.model.json

import dev.katalog.model.ReferenceData
import dev.katalog.model.atlan.api.IndexSearchResponse
import dev.katalog.model.atlan.asset.Table
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.types.shouldBeInstanceOf
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.jsonObject

/**
 * Texts read as whole trees (search answers, entities, `JsonElement`) go through the faster reader of
 * `KatalogJson.decode`: the trees must be those kotlinx.serialization builds, element for element, and every text it
 * is not sure of must give kotlinx.serialization's own answer or error.
 */
class JsonTreeReadingSpec : FunSpec({
    fun ours(text: String): JsonElement = KatalogJson.decode(JsonElement.serializer(), text)
    fun theirs(text: String): JsonElement = Json.parseToJsonElement(text)

    /** Equal, written back to the same text, and with each primitive of the same kind (string or not). */
    fun shouldReadAsKotlinx(text: String) {
        val read = ours(text)
        read shouldBe theirs(text)
        theirs(text) shouldBe read
        read.hashCode() shouldBe theirs(text).hashCode()
        read.toString() shouldBe theirs(text).toString()
        KatalogJson.encode(JsonElement.serializer(), read) shouldBe KatalogJson.encode(JsonElement.serializer(), theirs(text))
    }

    test("every reference fixture reads as kotlinx.serialization reads it") {
        for (file in ReferenceData.fixtureFiles()) shouldReadAsKotlinx(file.readText())
    }

    test("strings, escapes, numbers as written, literals, nesting and whitespace") {
        listOf(
            """{"a":"plain","b":"tab\tquote\" slash\/ back\\ \u00e9\ud83d\ude00","c":"","d":"ünïcödé"}""",
            """[0,-0,1,-12,3.25,-0.5,1e3,1E-7,2.5e+10,99999999999999999999,1.17549435E-38]""",
            """{"t":true,"f":false,"n":null,"list":[true,false,null],"empty":{},"none":[]}""",
            " \n\t{ \"spaced\" : [ 1 , { \"x\" : \"y\" } ] }\r\n ",
            // Control characters left raw in strings: kotlinx.serialization keeps them, so this reader does too.
            "{\"raw\":\"a\u0001b\tc\nd\",\"after\":\"e\\\\f\"}",
            // Plain strings before, between and after escaped ones: each is read as plain or escaped correctly.
            (1..60).joinToString(",", "[", "]") { if (it % 7 == 0) "\"q\\\"$it\"" else "\"p$it\"" },
            """"just a string"""", "42", "true", "null",
            // More than the fields scanned without an index, and a name hashing into a full slot's place.
            (1..40).joinToString(",", "{", "}") { "\"field$it\":$it" },
        ).forEach(::shouldReadAsKotlinx)
    }

    test("the same short values in many entities read equal to kotlinx.serialization's, each in its own place") {
        val text = (1..500).joinToString(",", """{"entities":[""", "]}") {
            """{"typeName":"Table","status":"ACTIVE","attributes":{"order":${it % 3},"name":"T$it","flag":${it % 2 == 0}}}"""
        }
        shouldReadAsKotlinx(text)
        val entities = ours(text).jsonObject["entities"] as JsonArray
        (entities[41].jsonObject["attributes"] as JsonObject)["name"] shouldBe JsonPrimitive("T42")
        (entities[41].jsonObject["attributes"] as JsonObject)["order"].toString() shouldBe "0"
    }

    test("names and values past \\u00FF, which the reader's one-byte copy shows as ?, stay apart from each other and from ?") {
        // "a€", "a™", "a😀" (a surrogate pair) and a lone surrogate all read as "a?" in that copy; only the text tells them apart.
        val names = listOf("a€", "a™", "a?", "a\ud83d\ude00", "a\ud800", "a")
        val text = (1..30).joinToString(",", "[", "]") { i ->
            names.shuffled(kotlin.random.Random(i)).joinToString(",", "{", "}") { "\"$it\":\"${it}v\"" }
        }
        shouldReadAsKotlinx(text)
        val first = ours(text).let { (it as JsonArray)[0].jsonObject }
        first.keys shouldBe names.shuffled(kotlin.random.Random(1)).toSet()
        first["a€"] shouldBe JsonPrimitive("a€v")
        first["a™"] shouldBe JsonPrimitive("a™v")
        first["a?"] shouldBe JsonPrimitive("a?v")
    }

    test("objects with the same names share how they are looked up, in any order and count") {
        val text = """[{"a":1,"b":2},{"b":3,"a":4},{"a":5,"b":6,"c":7},{"a":8},{"a":9,"b":10}]"""
        shouldReadAsKotlinx(text)
        val read = ours(text) as JsonArray
        read.map { it.jsonObject.keys.toList() } shouldBe listOf(listOf("a", "b"), listOf("b", "a"), listOf("a", "b", "c"), listOf("a"), listOf("a", "b"))
        read.map { it.jsonObject["b"]?.toString() } shouldBe listOf("2", "3", "6", null, "10")
        // A name repeated in an object whose other names match an earlier shape is still left to kotlinx.serialization.
        ours("""[{"a":1,"b":2},{"a":1,"a":2}]""") shouldBe theirs("""[{"a":1,"b":2},{"a":1,"a":2}]""")
    }

    test("text it is not sure of gives kotlinx.serialization's answer: a repeated name keeps the last value") {
        val text = """{"a":1,"b":2,"a":3}"""
        ours(text) shouldBe theirs(text)
        ours(text).jsonObject["a"].toString() shouldBe "3"
    }

    test("malformed or very deep text fails (or not) as it did before, with kotlinx.serialization's message") {
        for (text in listOf("[".repeat(500) + "]".repeat(500), "[".repeat(150) + "]".repeat(150), """{"a":1,}""", """{"a" 1}""", """[1 2]""", """{"a":tru}""", """{"a":"x""", """{"a":1}x""", """{"a":01}""", """{"a":"\q"}""")) {
            val before = runCatching { KatalogJson.json.decodeFromString(JsonElement.serializer(), text) }
            val now = runCatching { ours(text) }
            // Compared with ==: kotest stops matching structures at 64 levels.
            if (before.isSuccess) (now.getOrThrow() == before.getOrThrow()) shouldBe true
            else {
                val kotlinxProblem = before.exceptionOrNull()!!.message!!.lineSequence().first().substringBefore(" at path").substringBefore(" at offset")
                shouldThrow<ModelDecodeException> { now.getOrThrow() }.problem shouldBe kotlinxProblem
            }
        }
    }

    test("a search answer decodes through it, typed, and a model error still names its path") {
        val text = """{"approximateCount":1,"entities":[{"typeName":"Table","guid":"g1","attributes":{"qualifiedName":"q/t","rowCount":7}}]}"""
        val table = KatalogJson.decode(IndexSearchResponse.serializer(), text).entities!!.single().shouldBeInstanceOf<Table>()
        table.rowCount shouldBe 7L
        table.qualifiedName shouldBe "q/t"
        val e = shouldThrow<ModelDecodeException> { KatalogJson.decode(IndexSearchResponse.serializer(), """{"entities":[{"typeName":"Table"},"ACTIVE"]}""") }
        e.path shouldBe "$.entities[1]"
    }
})
