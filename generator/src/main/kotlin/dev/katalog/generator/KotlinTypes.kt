package dev.katalog.generator

/**
 * The Kotlin type of an attribute, the expression that reads it from an entity's JSON, and the
 * expression that turns a `value` of that type into JSON for a setter.
 */
internal data class Accessor(val type: String, val read: String, val write: String, val imports: Set<String>)

private const val ENUMS = "dev.katalog.model.atlan.enums"
private const val STRUCTS = "dev.katalog.model.atlan.structs"

/** Maps Atlan attribute type names (`long`, `array<string>`, `map<string,string>`, enums, structs, entities) to Kotlin. */
internal class KotlinTypes(private val model: TypeModel) {

    /** How to read an attribute named [attribute] of Atlan type [atlanType]; [relationship] when it links entities. */
    fun accessor(attribute: String, atlanType: String, relationship: Boolean): Accessor {
        val name = literal(attribute)
        val element = arrayElement(atlanType)
        val entity = (element ?: atlanType).takeIf { it in model.entities }
        if (entity != null) {
            val kotlinName = typeName(entity)
            return if (element != null) Accessor("List<$kotlinName>?", "relationsAttribute($name, $kotlinName)", "references(value)", emptySet())
            else Accessor("$kotlinName?", "relationAttribute($name, $kotlinName)", "reference(value)", emptySet())
        }
        if (relationship) return raw(name)
        val serializer = "kotlinx.serialization.builtins.serializer"
        return when (atlanType) {
            "string" -> Accessor("String?", "stringAttribute($name)", "encodeAttribute(value, String.serializer())", setOf(serializer))
            "int" -> Accessor("Int?", "intAttribute($name)", "encodeAttribute(value, Int.serializer())", setOf(serializer))
            "long" -> Accessor("Long?", "longAttribute($name)", "encodeAttribute(value, Long.serializer())", setOf(serializer))
            "float", "double" -> Accessor("Double?", "doubleAttribute($name)", "encodeAttribute(value, Double.serializer())", setOf(serializer))
            "boolean" -> Accessor("Boolean?", "booleanAttribute($name)", "encodeAttribute(value, Boolean.serializer())", setOf(serializer))
            "date" -> Accessor("Instant?", "instantAttribute($name)", "encodeInstant(value)", setOf("java.time.Instant"))
            else -> serialized(atlanType)?.let { (type, serializer, imports) ->
                Accessor("$type?", "decodedAttribute($name, $serializer)", "encodeAttribute(value, $serializer)", imports)
            } ?: raw(name)
        }
    }

    private fun raw(name: String) = Accessor("JsonElement?", "attribute($name)", "value", setOf("kotlinx.serialization.json.JsonElement"))

    /** Kotlin type, serializer expression and imports for a value decoded with kotlinx.serialization, or null. */
    private fun serialized(atlanType: String): Triple<String, String, Set<String>>? {
        val builtins = "kotlinx.serialization.builtins"
        arrayElement(atlanType)?.let { element ->
            val (type, serializer, imports) = serialized(element) ?: return null
            return Triple("List<$type>", "ListSerializer($serializer)", imports + "$builtins.ListSerializer")
        }
        mapTypes(atlanType)?.let { (key, value) ->
            val k = serialized(key) ?: return null
            val v = serialized(value) ?: return null
            return Triple("Map<${k.first}, ${v.first}>", "MapSerializer(${k.second}, ${v.second})", k.third + v.third + "$builtins.MapSerializer")
        }
        val serializerImport = "$builtins.serializer"
        return when (atlanType) {
            "string" -> Triple("String", "String.serializer()", setOf(serializerImport))
            "int" -> Triple("Int", "Int.serializer()", setOf(serializerImport))
            "long", "date" -> Triple("Long", "Long.serializer()", setOf(serializerImport))
            "float", "double" -> Triple("Double", "Double.serializer()", setOf(serializerImport))
            "boolean" -> Triple("Boolean", "Boolean.serializer()", setOf(serializerImport))
            in model.enums -> typeName(atlanType).let { Triple(it, "$it.serializer()", setOf("$ENUMS.$it")) }
            in model.structs -> typeName(atlanType).let { Triple(it, "$it.serializer()", setOf("$STRUCTS.$it")) }
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
