package dev.katalog.model

import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import java.math.BigDecimal

/**
 * JSON equality as the conformance rule means it: key order aside, numbers by value (1.0 == 1).
 * Returns null when equal, else the first path that differs and how.
 */
fun jsonDifference(expected: JsonElement, actual: JsonElement, path: String = "$"): String? = when {
    expected is JsonObject && actual is JsonObject -> {
        val missing = expected.keys - actual.keys
        val extra = actual.keys - expected.keys
        when {
            missing.isNotEmpty() -> "$path: missing keys $missing"
            extra.isNotEmpty() -> "$path: unexpected keys $extra"
            else -> expected.keys.firstNotNullOfOrNull { jsonDifference(expected.getValue(it), actual.getValue(it), "$path.$it") }
        }
    }
    expected is JsonArray && actual is JsonArray ->
        if (expected.size != actual.size) "$path: ${expected.size} elements expected, ${actual.size} found"
        else expected.indices.firstNotNullOfOrNull { jsonDifference(expected[it], actual[it], "$path[$it]") }
    expected is JsonNull || actual is JsonNull -> if (expected == actual) null else "$path: $expected expected, $actual found"
    expected is JsonPrimitive && actual is JsonPrimitive -> when {
        expected.isString != actual.isString -> "$path: $expected expected, $actual found"
        expected.isString -> if (expected.content == actual.content) null else "$path: $expected expected, $actual found"
        else -> {
            val a = expected.content.toBigDecimalOrNull()
            val b = actual.content.toBigDecimalOrNull()
            val same = if (a != null && b != null) a.compareTo(b) == 0 else expected.content == actual.content
            if (same) null else "$path: $expected expected, $actual found"
        }
    }
    else -> "$path: ${expected::class.simpleName} expected, ${actual::class.simpleName} found"
}

private fun String.toBigDecimalOrNull(): BigDecimal? = try { BigDecimal(this) } catch (e: NumberFormatException) { null }
