package dev.katalog.local.openmetadata

import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/** The top-level property names of a spec schema, read from the schema itself so they never drift from it. */
internal object SchemaProperties {
    fun of(schemaPath: String): Set<String> = (schema(schemaPath)["properties"] as? JsonObject)?.keys.orEmpty()

    fun requiredOf(schemaPath: String): Set<String> =
        (schema(schemaPath)["required"] as? JsonArray)?.mapNotNull { (it as? JsonPrimitive)?.content }?.toSet().orEmpty()

    private fun schema(schemaPath: String): JsonObject {
        val text = SchemaProperties::class.java.classLoader.getResourceAsStream("json/schema/$schemaPath")
            ?.use { it.readBytes().toString(Charsets.UTF_8) }
            ?: error("json/schema/$schemaPath is missing from the classpath")
        return Json.parseToJsonElement(text) as JsonObject
    }
}
