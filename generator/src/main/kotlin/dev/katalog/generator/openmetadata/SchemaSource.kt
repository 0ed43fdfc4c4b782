package dev.katalog.generator.openmetadata

import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.jsonObject

/** Where a schema node sits: a file under `json/schema/` and a JSON pointer inside it (`""` for the file's root). */
internal data class SchemaLocation(val file: String, val pointer: String) {
    /** The location of a node below this one, e.g. `child("properties", "name")`. */
    fun child(vararg segments: String): SchemaLocation = copy(pointer = pointer + segments.joinToString("") { "/$it" })

    override fun toString(): String = "$file#$pointer"
}

/** Reads the OpenMetadata JSON Schemas (`json/schema/…`) from a class loader and follows their `$ref`s. */
internal class SchemaSource(private val read: (String) -> String?) {
    private val files = HashMap<String, JsonObject>()

    /** The schema node at [location]. */
    fun node(location: SchemaLocation): JsonObject {
        var node: JsonElement = file(location.file)
        for (segment in location.pointer.split('/').drop(1)) {
            node = when (node) {
                is JsonObject -> node[segment]
                is JsonArray -> segment.toIntOrNull()?.let(node::getOrNull)
                else -> null
            } ?: error("$location does not exist in the OpenMetadata schemas")
        }
        return node.jsonObject
    }

    /** Where [ref], written in [from]'s file, points. */
    fun resolve(from: SchemaLocation, ref: String): SchemaLocation {
        val file = ref.substringBefore('#')
        val pointer = if ('#' in ref) ref.substringAfter('#').trimEnd('/') else ""
        val target = if (file.isEmpty()) from.file else normalise(from.file.substringBeforeLast('/', "") + "/" + file)
        return SchemaLocation(target, pointer)
    }

    private fun file(path: String): JsonObject = files.getOrPut(path) {
        val text = read("$SCHEMA_ROOT/$path") ?: error("$SCHEMA_ROOT/$path is not on the classpath: is org.open-metadata:openmetadata-spec a dependency?")
        Json.parseToJsonElement(text).jsonObject
    }

    private fun normalise(path: String): String {
        val out = ArrayDeque<String>()
        for (segment in path.split('/')) when (segment) {
            "", "." -> Unit
            ".." -> out.removeLastOrNull() ?: error("$path leaves the schema root")
            else -> out.addLast(segment)
        }
        return out.joinToString("/")
    }

    companion object {
        const val SCHEMA_ROOT: String = "json/schema"

        /** Schemas read from [loader], e.g. the classpath holding the spec jar. */
        fun fromClassLoader(loader: ClassLoader): SchemaSource =
            SchemaSource { path -> loader.getResourceAsStream(path)?.use { it.readBytes().decodeToString() } }
    }
}
