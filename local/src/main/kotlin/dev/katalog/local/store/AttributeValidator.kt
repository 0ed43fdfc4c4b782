package dev.katalog.local.store

import dev.katalog.local.error.CatalogException
import dev.katalog.model.atlan.typedef.AttributeDef
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/** Checks attribute values against their definitions, failing with a 400 that names the attribute and what it needs. */
internal class AttributeValidator(private val types: TypeRegistry) {

    fun check(entityType: String, def: AttributeDef, value: JsonElement) {
        if (value is JsonNull) return
        val problem = problemWith(def.typeName, value) ?: return
        throw CatalogException.BadRequest(
            "Invalid value for attribute ${def.name} of type $entityType: expected ${def.typeName}, $problem",
            "ATLAS-400-00-06D",
        )
    }

    private fun problemWith(typeName: String, value: JsonElement): String? {
        if (value is JsonNull) return null
        if (typeName.startsWith("array<") && typeName.endsWith(">")) {
            val element = typeName.substring(6, typeName.length - 1)
            val items = value as? JsonArray ?: return "found ${describe(value)}"
            return items.asSequence().mapNotNull { problemWith(element, it) }.firstOrNull()
        }
        if (typeName.startsWith("map<")) return if (value is JsonObject) null else "found ${describe(value)}"
        val primitive = value as? JsonPrimitive
        return when (typeName) {
            "string" -> if (primitive?.isString == true) null else "found ${describe(value)}"
            "int", "long", "date", "short", "byte", "biginteger" -> {
                val number = primitive?.takeIf { !it.isString }?.content?.toBigDecimalOrNull()
                when {
                    number == null || number.stripTrailingZeros().scale() > 0 -> "found ${describe(value)}"
                    // The index stores these as 64-bit integers: a larger number could not be indexed.
                    number < LONG_MIN || number > LONG_MAX -> "found $number, outside the range of a 64-bit integer"
                    else -> null
                }
            }
            "float", "double", "bigdecimal" -> {
                val number = primitive?.takeIf { !it.isString }?.content?.toDoubleOrNull()
                when {
                    number == null -> "found ${describe(value)}"
                    !number.isFinite() -> "found ${primitive.content}, too large for a 64-bit floating-point number"
                    else -> null
                }
            }
            "boolean" -> if (primitive != null && !primitive.isString && primitive.content.toBooleanStrictOrNull() != null) null else "found ${describe(value)}"
            else -> when {
                types.isEnum(typeName) -> {
                    val text = primitive?.takeIf { it.isString }?.content
                    when {
                        text == null -> "found ${describe(value)}"
                        text !in types.enumValues(typeName) -> "found a value outside the enum (allowed: ${types.enumValues(typeName).sorted().joinToString()})"
                        else -> null
                    }
                }
                types.isStruct(typeName) -> if (value is JsonObject) null else "found ${describe(value)}"
                else -> null
            }
        }
    }

    private fun describe(value: JsonElement): String = when (value) {
        is JsonObject -> "an object"
        is JsonArray -> "an array"
        is JsonNull -> "null"
        is JsonPrimitive -> if (value.isString) "a string" else if (value.content.toBooleanStrictOrNull() != null) "a boolean" else "a number"
    }

    private companion object {
        val LONG_MIN = java.math.BigDecimal(Long.MIN_VALUE)
        val LONG_MAX = java.math.BigDecimal(Long.MAX_VALUE)
    }
}
