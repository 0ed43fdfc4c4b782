package dev.katalog.local.openmetadata

import dev.katalog.local.json.str
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import java.util.UUID

/**
 * The test definitions the local catalog serves, a few of those OpenMetadata 1.4 seeds at start-up from
 * openmetadata-service `src/main/resources/json/data/tests/` (`tableRowCountToBeBetween`,
 * `tableColumnCountToEqual`, `columnValuesToBeNotNull`, `columnValuesToBeBetween`), kept as data in
 * `openmetadata/test-definitions.json` with only the fields the 1.4 `tests/testDefinition.json` schema has.
 * Their ids derive from their names, so they are the same in every run.
 */
internal object BuiltInTestDefinitions {
    val all: List<JsonObject> by lazy {
        val text = BuiltInTestDefinitions::class.java.getResourceAsStream("/openmetadata/test-definitions.json")!!.use { it.readBytes().decodeToString() }
        (Json.parseToJsonElement(text) as JsonArray).map { element ->
            val definition = element as JsonObject
            val name = definition.str("name")!!
            JsonObject(
                definition + mapOf(
                    "id" to JsonPrimitive(UUID.nameUUIDFromBytes("testDefinition|$name".toByteArray()).toString()),
                    "provider" to JsonPrimitive("system"),
                    "version" to JsonPrimitive(0.1),
                    "updatedAt" to JsonPrimitive(0L),
                    "updatedBy" to JsonPrimitive("admin"),
                    "deleted" to JsonPrimitive(false),
                ),
            )
        }
    }

    fun byName(fqn: String): JsonObject? = all.firstOrNull { it.str("fullyQualifiedName") == fqn }

    fun byId(id: String): JsonObject? = all.firstOrNull { it.str("id") == id }
}
