package dev.katalog.local.openmetadata

import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put
import java.util.UUID

/**
 * The types OpenMetadata 1.4 registers at start (open-metadata/OpenMetadata 1.4.x,
 * openmetadata-service/src/main/java/org/openmetadata/service/resources/types/TypeResource.java `initialize`, through
 * `util/JsonUtils.getTypes`), read from the spec on the classpath so they never drift from it: the property types
 * (category `field`) are the definitions of `type/` schemas marked `@om-field-type` (`type/basic.json`,
 * `type/customProperties/complexTypes.json`), named by their definition, in the name space of their file; the entity
 * types (category `entity`) are the `entity/` schemas marked `@om-entity-type`, named by their file, in the name space
 * of their folder. Ids are derived from the names, so they survive a restart of the catalog.
 */
internal object BuiltInTypes {
    /** A built-in type: its JSON without custom properties, and where the JSON Schema that validates its values lives. */
    class BuiltIn(val json: JsonObject, val schemaPath: String) {
        val name: String get() = (json["name"] as JsonPrimitive).content
        val id: String get() = (json["id"] as JsonPrimitive).content
        val isField: Boolean get() = (json["category"] as JsonPrimitive).content == FIELD
    }

    const val FIELD = "field"
    const val ENTITY = "entity"
    private const val FIELD_MARK = "@om-field-type"
    private const val ENTITY_MARK = "@om-entity-type"
    private val FIELD_FILES = listOf("type/basic.json", "type/customProperties/complexTypes.json")

    /** Every built-in type by name, field types first, each group in the order its schema declares it. */
    val all: Map<String, BuiltIn> by lazy {
        val fields = FIELD_FILES.flatMap { file ->
            val definitions = schema(file)["definitions"] as? JsonObject ?: return@flatMap emptyList()
            definitions.mapNotNull { (name, node) ->
                val definition = node as? JsonObject ?: return@mapNotNull null
                if (!definition.marked(FIELD_MARK)) return@mapNotNull null
                BuiltIn(type(name, FIELD, file.substringAfterLast('/').removeSuffix(".json"), definition.text("description"), definition.toString()), "$file#/definitions/$name")
            }
        }
        val entities = EntityKinds.all.map { it.entitySchema }.distinct().mapNotNull { file ->
            val schema = schema(file)
            if (!schema.marked(ENTITY_MARK)) return@mapNotNull null
            val name = file.substringAfterLast('/').removeSuffix(".json")
            BuiltIn(type(name, ENTITY, file.substringBeforeLast('/').substringAfterLast('/'), schema.text("description"), schema.toString()), file)
        }
        (fields + entities).associateBy { it.name }
    }

    fun byId(id: String): BuiltIn? = all.values.firstOrNull { it.id == id }

    /** The id of the type named [name]: the same on every start. */
    fun idOf(name: String): String = UUID.nameUUIDFromBytes("katalog-local-type:$name".toByteArray()).toString()

    private fun type(name: String, category: String, nameSpace: String, description: String?, schema: String): JsonObject = buildJsonObject {
        put("id", idOf(name))
        put("name", name)
        put("fullyQualifiedName", name)
        put("displayName", name)
        put("description", description.orEmpty())
        put("category", category)
        put("nameSpace", nameSpace)
        put("schema", schema)
        put("version", 0.1)
        put("updatedAt", 0L)
        put("updatedBy", "admin")
    }

    private fun JsonObject.marked(mark: String): Boolean = text("\$comment")?.contains(mark) == true

    private fun JsonObject.text(key: String): String? = (this[key] as? JsonPrimitive)?.takeIf { it.isString }?.content

    private fun schema(path: String): JsonObject {
        val text = BuiltInTypes::class.java.classLoader.getResourceAsStream("json/schema/$path")?.use { it.readBytes().toString(Charsets.UTF_8) }
            ?: error("json/schema/$path is missing from the classpath")
        return Json.parseToJsonElement(text) as JsonObject
    }
}
