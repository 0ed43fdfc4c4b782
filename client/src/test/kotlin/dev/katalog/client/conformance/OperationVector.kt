package dev.katalog.client.conformance

import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.jsonArray
import kotlinx.serialization.json.jsonObject
import kotlinx.serialization.json.jsonPrimitive
import java.io.File

/**
 * One operation vector of reference/atlan/vectors/operations: what pyatlan 9.10.3 sent for [intent]. Its
 * [request] still holds `${NAME}` placeholders; [bound] puts an estate's values in.
 */
class OperationVector(val id: String, val intent: String, private val request: JsonObject) {

    /** The request with every `${NAME}` but `${NEW_GUID}` replaced by [values]; an unknown name fails, naming it. */
    fun bound(values: Map<String, String>): WireRequest {
        fun bind(text: String): String = PLACEHOLDER.replace(text) { match ->
            val name = match.groupValues[1]
            if (name == "NEW_GUID") match.value else values[name] ?: error("Vector $id uses \${$name}, which the estate does not bind (it binds ${values.keys})")
        }
        fun bindJson(element: JsonElement): JsonElement = when (element) {
            is JsonObject -> JsonObject(element.mapValues { bindJson(it.value) })
            is JsonArray -> JsonArray(element.map(::bindJson))
            is JsonNull -> element
            is JsonPrimitive -> if (element.isString) JsonPrimitive(bind(element.content)) else element
        }
        val query = request["query"]?.jsonArray.orEmpty().map { pair -> pair.jsonArray.let { bind(it[0].jsonPrimitive.content) to bind(it[1].jsonPrimitive.content) } }
        return WireRequest(
            method = request.getValue("method").jsonPrimitive.content,
            path = bind(request.getValue("path").jsonPrimitive.content),
            query = query,
            body = request["body"]?.takeIf { it !is JsonNull }?.let(::bindJson),
        )
    }

    companion object {
        private val PLACEHOLDER = Regex("""\$\{([A-Z0-9_]+)}""")

        /** The folder of the vectors: `-Dkatalog.reference` (set by the build), else the repository's reference/. */
        val folder: File = File(System.getProperty("katalog.reference") ?: "../reference", "atlan/vectors/operations")

        /** Every vector, by id. */
        fun all(): Map<String, OperationVector> {
            val files = folder.listFiles { file -> file.name.endsWith(".json") }?.sortedBy { it.name }
                ?: error("No operation vectors in ${folder.absolutePath}: run from the repository or set -Dkatalog.reference")
            return files.associate { file ->
                val json = Json.parseToJsonElement(file.readText()).jsonObject
                val id = json.getValue("id").jsonPrimitive.content
                check(file.name == "$id.json") { "${file.name} holds vector $id: a vector's file is named by its id" }
                id to OperationVector(id, json.getValue("intent").jsonPrimitive.content, json.getValue("request").jsonObject)
            }
        }
    }
}
