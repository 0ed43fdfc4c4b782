package dev.katalog.generator

import com.squareup.kotlinpoet.BOOLEAN
import com.squareup.kotlinpoet.ClassName
import com.squareup.kotlinpoet.CodeBlock
import com.squareup.kotlinpoet.DOUBLE
import com.squareup.kotlinpoet.INT
import com.squareup.kotlinpoet.LIST
import com.squareup.kotlinpoet.LONG
import com.squareup.kotlinpoet.MAP
import com.squareup.kotlinpoet.ParameterizedTypeName.Companion.parameterizedBy
import com.squareup.kotlinpoet.STRING
import com.squareup.kotlinpoet.TypeName
import dev.katalog.generator.AtlanNames as N

/**
 * The Kotlin [type] of an attribute (nullable), the expression that [read]s it from an entity's JSON, and
 * the expression that [write]s a `value` of that type as JSON for a setter.
 */
internal data class Accessor(val type: TypeName, val read: CodeBlock, val write: CodeBlock)

/** Maps Atlan attribute type names (`long`, `array<string>`, `map<string,string>`, enums, structs, entities) to Kotlin. */
internal class KotlinTypes(private val model: TypeModel) {

    /** How to read an attribute named [attribute] of Atlan type [atlanType]; [relationship] when it links entities. */
    fun accessor(attribute: String, atlanType: String, relationship: Boolean): Accessor {
        val element = arrayElement(atlanType)
        val entity = (element ?: atlanType).takeIf { it in model.entities }
        if (entity != null) {
            val kotlinType = ClassName(ASSET_PACKAGE, typeName(entity))
            return if (element != null) {
                Accessor(LIST.parameterizedBy(kotlinType).copy(nullable = true), CodeBlock.of("%M(%S, %T)", N.RELATIONS_ATTRIBUTE, attribute, kotlinType), CodeBlock.of("%M(value)", N.REFERENCES))
            } else {
                Accessor(kotlinType.copy(nullable = true), CodeBlock.of("%M(%S, %T)", N.RELATION_ATTRIBUTE, attribute, kotlinType), CodeBlock.of("%M(value)", N.REFERENCE))
            }
        }
        if (relationship) return raw(attribute)
        fun primitive(type: TypeName, reader: com.squareup.kotlinpoet.MemberName) = Accessor(
            type.copy(nullable = true),
            CodeBlock.of("%M(%S)", reader, attribute),
            CodeBlock.of("%M(value, %T.%M())", N.ENCODE_ATTRIBUTE, type, N.BUILTIN_SERIALIZER),
        )
        return when (atlanType) {
            "string" -> primitive(STRING, N.STRING_ATTRIBUTE)
            "int" -> primitive(INT, N.INT_ATTRIBUTE)
            "long" -> primitive(LONG, N.LONG_ATTRIBUTE)
            "float", "double" -> primitive(DOUBLE, N.DOUBLE_ATTRIBUTE)
            "boolean" -> primitive(BOOLEAN, N.BOOLEAN_ATTRIBUTE)
            "date" -> Accessor(N.INSTANT.copy(nullable = true), CodeBlock.of("%M(%S)", N.INSTANT_ATTRIBUTE, attribute), CodeBlock.of("%M(value)", N.ENCODE_INSTANT))
            else -> serialized(atlanType)?.let { (type, serializer) ->
                Accessor(
                    type.copy(nullable = true),
                    CodeBlock.of("%M(%S, %L)", N.DECODED_ATTRIBUTE, attribute, serializer),
                    CodeBlock.of("%M(value, %L)", N.ENCODE_ATTRIBUTE, serializer),
                )
            } ?: raw(attribute)
        }
    }

    private fun raw(attribute: String) = Accessor(N.JSON_ELEMENT.copy(nullable = true), CodeBlock.of("%M(%S)", N.RAW_ATTRIBUTE, attribute), CodeBlock.of("value"))

    /** Kotlin type and serializer expression of a value decoded with kotlinx.serialization, or null. */
    private fun serialized(atlanType: String): Pair<TypeName, CodeBlock>? {
        arrayElement(atlanType)?.let { element ->
            val (type, serializer) = serialized(element) ?: return null
            return LIST.parameterizedBy(type) to CodeBlock.of("%M(%L)", N.LIST_SERIALIZER, serializer)
        }
        mapTypes(atlanType)?.let { (key, value) ->
            val k = serialized(key) ?: return null
            val v = serialized(value) ?: return null
            return MAP.parameterizedBy(k.first, v.first) to CodeBlock.of("%M(%L, %L)", N.MAP_SERIALIZER, k.second, v.second)
        }
        fun builtin(type: TypeName) = type to CodeBlock.of("%T.%M()", type, N.BUILTIN_SERIALIZER)
        fun generated(type: ClassName) = type to CodeBlock.of("%T.serializer()", type)
        return when (atlanType) {
            "string" -> builtin(STRING)
            "int" -> builtin(INT)
            "long", "date" -> builtin(LONG)
            "float", "double" -> builtin(DOUBLE)
            "boolean" -> builtin(BOOLEAN)
            in model.enums -> generated(ClassName(ENUM_PACKAGE, typeName(atlanType)))
            in model.structs -> generated(ClassName(STRUCT_PACKAGE, typeName(atlanType)))
            else -> null
        }
    }

    private fun arrayElement(atlanType: String): String? =
        if (atlanType.startsWith("array<") && atlanType.endsWith(">")) atlanType.substring(6, atlanType.length - 1) else null

    private fun mapTypes(atlanType: String): Pair<String, String>? {
        if (!atlanType.startsWith("map<") || !atlanType.endsWith(">")) return null
        val inner = atlanType.substring(4, atlanType.length - 1)
        val comma = inner.indexOf(',')
        return if (comma < 0) null else inner.substring(0, comma).trim() to inner.substring(comma + 1).trim()
    }
}
