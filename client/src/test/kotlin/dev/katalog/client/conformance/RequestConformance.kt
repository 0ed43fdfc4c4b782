package dev.katalog.client.conformance

import dev.katalog.dsl.search.FluentSearch
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/** A request as an operation vector writes it, or as the local catalog recorded it. */
data class WireRequest(val method: String, val path: String, val query: List<Pair<String, String>>, val body: JsonElement?)

/**
 * The conformance rule of the operation vectors (reference/atlan/README.orig.md, "vectors/operations"): the same
 * method; the same path, a trailing `/` aside; the same query parameters as a multiset; the same body as JSON,
 * where key order is free, a key whose value is `null` may be absent, `"case_insensitive": false` may be absent,
 * the string `${NEW_GUID}` matches any placeholder GUID (a negative whole number, as a string), and
 * `requestMetadata.utmTags` names this SDK where the reference names `project_sdk_python`. Nothing else is lenient:
 * array order, flag values, which list a value is in, field names and nesting must all match.
 */
object RequestConformance {
    const val NEW_GUID = "\${NEW_GUID}"
    private const val REFERENCE_SDK_TAG = "project_sdk_python"
    private val placeholder = Regex("-[0-9]+")

    /** Every difference between [expected] and [actual], each naming where it is; empty when they conform. */
    fun mismatches(expected: WireRequest, actual: WireRequest): List<String> {
        val found = ArrayList<String>()
        if (!expected.method.equals(actual.method, ignoreCase = false)) found += "method: expected ${expected.method}, sent ${actual.method}"
        if (expected.path.trimEnd('/') != actual.path.trimEnd('/')) found += "path: expected ${expected.path}, sent ${actual.path}"
        val missing = multisetMinus(expected.query, actual.query)
        val extra = multisetMinus(actual.query, expected.query)
        if (missing.isNotEmpty()) found += "query: not sent ${missing.render()}"
        if (extra.isNotEmpty()) found += "query: sent but not expected ${extra.render()}"
        found += bodyMismatches(expected.body, actual.body)
        return found
    }

    /** Every difference between two bodies under the rule; a missing body and a JSON `null` are the same. */
    fun bodyMismatches(expected: JsonElement?, actual: JsonElement?): List<String> {
        val found = ArrayList<String>()
        compare(normalize(expected ?: JsonNull, emptyList(), reference = true), normalize(actual ?: JsonNull, emptyList(), reference = false), "body", found)
        return found
    }

    /** Drops what the rule lets be absent, and in the [reference] request names this SDK where it names its own. */
    private fun normalize(element: JsonElement, path: List<String>, reference: Boolean): JsonElement = when (element) {
        is JsonObject -> JsonObject(
            element.filter { (key, value) -> value !is JsonNull && !(key == "case_insensitive" && value == JsonPrimitive(false)) }
                .mapValues { (key, value) -> normalize(value, path + key, reference) },
        )
        is JsonArray -> JsonArray(
            element.map {
                if (reference && path == listOf("requestMetadata", "utmTags") && it == JsonPrimitive(REFERENCE_SDK_TAG)) JsonPrimitive(FluentSearch.UTM_TAG)
                else normalize(it, path, reference)
            },
        )
        else -> element
    }

    private fun compare(expected: JsonElement, actual: JsonElement, at: String, found: MutableList<String>) {
        when {
            expected is JsonObject && actual is JsonObject -> {
                (expected.keys - actual.keys).forEach { found += "$at.$it: expected ${expected[it]}, not sent" }
                (actual.keys - expected.keys).forEach { found += "$at.$it: sent ${actual[it]}, not expected" }
                expected.keys.intersect(actual.keys).forEach { compare(expected.getValue(it), actual.getValue(it), "$at.$it", found) }
            }
            expected is JsonArray && actual is JsonArray -> {
                if (expected.size != actual.size) found += "$at: expected ${expected.size} items, sent ${actual.size}"
                expected.zip(actual).forEachIndexed { i, (e, a) -> compare(e, a, "$at[$i]", found) }
            }
            expected is JsonPrimitive && actual is JsonPrimitive && samePrimitive(expected, actual) -> Unit
            else -> found += "$at: expected $expected, sent $actual"
        }
    }

    private fun samePrimitive(expected: JsonPrimitive, actual: JsonPrimitive): Boolean {
        if (expected is JsonNull || actual is JsonNull) return expected is JsonNull && actual is JsonNull
        if (expected.isString && expected.content == NEW_GUID) return actual.isString && placeholder.matches(actual.content)
        if (expected.isString != actual.isString) return false
        if (expected.isString) return expected.content == actual.content
        val e = expected.content.toBigDecimalOrNull()
        val a = actual.content.toBigDecimalOrNull()
        return if (e != null && a != null) e.compareTo(a) == 0 else expected.content == actual.content
    }

    private fun multisetMinus(from: List<Pair<String, String>>, taking: List<Pair<String, String>>): List<Pair<String, String>> {
        val left = taking.groupingBy { it }.eachCount().toMutableMap()
        return from.filter { pair ->
            val n = left[pair] ?: 0
            if (n > 0) left[pair] = n - 1
            n == 0
        }
    }

    private fun List<Pair<String, String>>.render() = joinToString(", ") { "${it.first}=${it.second}" }
}
