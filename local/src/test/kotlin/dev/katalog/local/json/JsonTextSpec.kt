package dev.katalog.local.json

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put
import kotlinx.serialization.json.putJsonArray
import kotlinx.serialization.json.putJsonObject

/** The text [JsonText] writes reads back as the same tree, escapes included. */
class JsonTextSpec : FunSpec({
    test("objects, arrays, numbers, booleans, null and strings needing escapes read back as the same tree") {
        val tree = buildJsonObject {
            put("quote \" and \\ backslash", "line\nbreak\r\ttab \u0001 \u001f end")
            put("unicode", "naïve — 東京 \uD83D\uDE00")
            put("long", 1796356907075L)
            put("decimal", 0.25)
            put("yes", true)
            put("nothing", JsonNull)
            put("empty", "")
            putJsonArray("list") { add(JsonPrimitive(1)); add(JsonPrimitive("two")); add(buildJsonObject { putJsonArray("inner") {} }) }
            putJsonObject("nested") { putJsonObject("deeper") { put("x", "/a/b") } }
        }
        val text = JsonText.append(StringBuilder("prefix "), tree).toString()
        text.take(8) shouldBe "prefix {"
        Json.parseToJsonElement(text.removePrefix("prefix ")) shouldBe tree
        text.filter { it < ' ' } shouldBe ""
    }
})
