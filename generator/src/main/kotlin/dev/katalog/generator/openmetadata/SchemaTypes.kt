package dev.katalog.generator.openmetadata

import com.squareup.kotlinpoet.BOOLEAN
import com.squareup.kotlinpoet.ClassName
import com.squareup.kotlinpoet.DOUBLE
import com.squareup.kotlinpoet.LIST
import com.squareup.kotlinpoet.LONG
import com.squareup.kotlinpoet.ParameterizedTypeName.Companion.parameterizedBy
import com.squareup.kotlinpoet.STRING
import com.squareup.kotlinpoet.TypeName
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.jsonPrimitive

/**
 * Maps schema nodes to Kotlin types, declaring a class or enum for each object or enum schema it meets:
 * referenced schemas are named after their `javaType` (or definition / file name) and live at top level;
 * inline ones are nested in the class whose property declares them.
 */
internal class SchemaTypes(private val source: SchemaSource, private val scope: GenerationScope = GenerationScope) {
    /** The top-level types declared so far, in the order they were met. */
    val topLevel: MutableList<GeneratedType> = ArrayList()
    private val byLocation = HashMap<SchemaLocation, TypeName>()
    private val byName = HashMap<ClassName, GeneratedType>()

    /** The class declared for the root of the schema file [file]. */
    fun classOf(file: String): ClassName = byLocation[SchemaLocation(file, "")] as? ClassName ?: error("$file declared no class")

    /** Declares the type of the schema file [file] and everything it references. */
    fun declareRoot(file: String): TypeName = typeOf(SchemaLocation(file, ""), owner = null, propertyName = null)

    private fun typeOf(location: SchemaLocation, owner: GeneratedClass?, propertyName: String?): TypeName {
        byLocation[location]?.let { return it }
        val schema = source.node(location)
        schema.string("\$ref")?.let { ref ->
            val target = source.resolve(location, ref)
            if (scope.isOpaque(target)) return if (source.node(target).string("type") == "object") JSON_OBJECT else JSON_ELEMENT
            return typeOf(target, owner = null, propertyName = null)
        }
        if (scope.isOpaque(location)) return JSON_OBJECT
        val alternatives = (schema["oneOf"] ?: schema["anyOf"]) as? JsonArray
        if (alternatives != null) return if (alternatives.indices.all { isObject(location.child(if ("oneOf" in schema) "oneOf" else "anyOf", "$it")) }) JSON_OBJECT else JSON_ELEMENT
        val type = schema["type"]?.let { (it as? JsonPrimitive)?.content }
        val enumValues = schema["enum"] as? JsonArray
        if (enumValues != null && (type == null || type == "string") && enumValues.all { it is JsonPrimitive && it.isString }) {
            return declareEnum(location, schema, enumValues, owner, propertyName)
        }
        return when (type) {
            "string" -> STRING
            "integer" -> LONG
            "number" -> DOUBLE
            "boolean" -> BOOLEAN
            "array" -> LIST.parameterizedBy(
                if (schema["items"] is JsonObject) typeOf(location.child("items"), owner, propertyName) else JSON_ELEMENT,
            )
            "object", null -> when {
                schema["properties"] is JsonObject -> declareClass(location, schema, owner, propertyName)
                type == null -> JSON_ELEMENT
                else -> JSON_OBJECT
            }
            else -> JSON_ELEMENT
        }
    }

    private fun isObject(location: SchemaLocation): Boolean {
        val schema = source.node(location)
        val ref = schema.string("\$ref") ?: return schema.string("type") == "object"
        return isObject(source.resolve(location, ref))
    }

    private fun declareClass(location: SchemaLocation, schema: JsonObject, owner: GeneratedClass?, propertyName: String?): TypeName {
        val declared = GeneratedClass(uniqueName(nameFor(location, schema, owner, propertyName), location), location, schema.string("description"))
        register(declared, owner)
        val required = (schema["required"] as? JsonArray)?.map { it.jsonPrimitive.content }.orEmpty().toSet()
        for (jsonName in (schema["properties"] as JsonObject).keys) {
            val type = typeOf(location.child("properties", jsonName), declared, jsonName)
            val description = source.node(location.child("properties", jsonName)).string("description")
            declared.properties += GeneratedProperty(jsonName, kotlinPropertyName(jsonName), type, jsonName in required, description)
        }
        check(declared.properties.none { it.kotlinName == "extras" }) { "$location has a property named extras, which the lossless model uses" }
        return declared.className
    }

    private fun declareEnum(location: SchemaLocation, schema: JsonObject, values: JsonArray, owner: GeneratedClass?, propertyName: String?): TypeName {
        val strings = values.map { it.jsonPrimitive.content }
        val name = nameFor(location, schema, owner, propertyName)
        // The same enum copied into several files (profileSampleType…) becomes one Kotlin enum.
        val existing = byName[name]
        if (existing is GeneratedEnum && existing.values == strings) return name.also { byLocation[location] = it }
        val declared = GeneratedEnum(uniqueName(name, location), location, schema.string("description"), strings)
        register(declared, owner)
        return declared.className
    }

    private fun register(type: GeneratedType, owner: GeneratedClass?) {
        byLocation[type.location] = type.className
        byName[type.className] = type
        if (type.className.enclosingClassName() != null) checkNotNull(owner).nested += type else topLevel += type
    }

    private fun nameFor(location: SchemaLocation, schema: JsonObject, owner: GeneratedClass?, propertyName: String?): ClassName {
        val segments = location.pointer.split('/').drop(1)
        val isNamed = segments.isEmpty() || (segments.size == 2 && segments[0] == "definitions")
        if (!isNamed && owner != null && propertyName != null) {
            val nestedName = typeName(propertyName)
            check(nestedName != "Serializer") { "$location would hide the lossless serializer of ${owner.className}" }
            return owner.className.nestedClass(nestedName)
        }
        val javaType = schema.string("javaType")?.takeIf { it.startsWith(OPENMETADATA_JAVA_PACKAGE) }
        val packageName = javaType?.substringBeforeLast('.')?.replaceFirst(OPENMETADATA_JAVA_PACKAGE, MODEL_PACKAGE)
            ?: (MODEL_PACKAGE + "." + location.file.substringBeforeLast('/').replace('/', '.')).trimEnd('.')
        val simpleName = javaType?.substringAfterLast('.')
            ?: typeName(if (segments.isEmpty()) location.file.substringAfterLast('/').removeSuffix(".json") else segments.last())
        return ClassName(packageName, simpleName)
    }

    // A different schema already took the name: prefix the file's name (TableProfileSampleType).
    private fun uniqueName(name: ClassName, location: SchemaLocation): ClassName {
        val holder = byName[name] ?: return name
        if (holder.location == location) return name
        val prefixed = ClassName(name.packageName, typeName(location.file.substringAfterLast('/').removeSuffix(".json")) + name.simpleName)
        check(prefixed !in byName) { "$location and ${holder.location} both want the Kotlin name ${name.canonicalName}" }
        return prefixed
    }

    companion object {
        const val MODEL_PACKAGE: String = "dev.katalog.model.openmetadata"
        private const val OPENMETADATA_JAVA_PACKAGE = "org.openmetadata.schema"
        val JSON_OBJECT: ClassName = ClassName("kotlinx.serialization.json", "JsonObject")
        val JSON_ELEMENT: ClassName = ClassName("kotlinx.serialization.json", "JsonElement")

        /** A schema name (`tableConstraint`, `TIME-UNIT`) as a Kotlin type name (`TableConstraint`). */
        fun typeName(name: String): String = identifierParts(name).joinToString("") { it.replaceFirstChar(Char::uppercaseChar) }

        /** A JSON key as a Kotlin property name: unchanged when it is already a valid identifier. */
        fun kotlinPropertyName(jsonName: String): String {
            if (jsonName.matches(IDENTIFIER)) return jsonName
            val parts = identifierParts(jsonName)
            val camel = parts.first().replaceFirstChar(Char::lowercaseChar) + parts.drop(1).joinToString("") { it.replaceFirstChar(Char::uppercaseChar) }
            return if (camel.first().isDigit()) "_$camel" else camel
        }

        /** An enum value as a Kotlin constant name: unchanged when it is a valid identifier, like OpenMetadata's Java model. */
        fun enumConstantName(value: String): String {
            val cleaned = value.replace(Regex("[^A-Za-z0-9_]"), "_").ifEmpty { "EMPTY" }
            return if (cleaned.first().isDigit()) "_$cleaned" else cleaned
        }

        private val IDENTIFIER = Regex("[A-Za-z_][A-Za-z0-9_]*")

        private fun identifierParts(name: String): List<String> = name.split(Regex("[^A-Za-z0-9]+")).filter { it.isNotEmpty() }.ifEmpty { listOf("value") }
    }
}

internal fun JsonObject.string(key: String): String? = (this[key] as? JsonPrimitive)?.takeIf { it.isString }?.content
