package dev.katalog.local.openmetadata

import dev.katalog.local.json.arr
import dev.katalog.local.json.obj
import dev.katalog.local.json.str
import kotlinx.coroutines.sync.Mutex
import kotlinx.coroutines.sync.withLock
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put

/**
 * `/metadata/types` as OpenMetadata 1.4 serves it (open-metadata/OpenMetadata 1.4.x, openmetadata-service/src/main/java/
 * org/openmetadata/service/resources/types/TypeResource.java and jdbi3/TypeRepository.java): the [BuiltInTypes], listed
 * by category, read by name or id, `customProperties` only when `fields=` asks for them (and never on a property type),
 * and custom properties added to an entity type by `PUT /metadata/types/{id}`. The custom properties of each entity
 * type are kept as one extension document, so they outlive the catalog's process.
 */
internal class TypeService(private val index: EntityIndex, private val clock: () -> Long = System::currentTimeMillis) {
    private val lock = Mutex()

    /** `GET /metadata/types?category=&limit=&after=`: types in name order, with name cursors. */
    suspend fun list(category: String?, limit: Int, after: String?, fields: Set<String>, baseUrl: String): JsonObject {
        if (category != null && category != BuiltInTypes.FIELD && category != BuiltInTypes.ENTITY) {
            // Jersey cannot turn the text into the Category enum: the parameter conversion fails as a 404.
            throw dev.katalog.local.error.CatalogException.NotFound("category must be field or entity, was ${category.take(40)}")
        }
        if (limit !in 0..MAX_LIMIT) throw OpenMetadataErrors.badRequest("[query param limit must be between 0 and $MAX_LIMIT]")
        val start = after?.let { ListCursor.decode(it) }
        val matching = BuiltInTypes.all.values.filter { category == null || (it.isField == (category == BuiltInTypes.FIELD)) }.sortedBy { it.name }
        val page = matching.filter { start == null || it.name > start }.take(limit)
        val more = matching.count { start == null || it.name > start } > limit
        val data = page.map { answer(it, fields, baseUrl) }
        return buildJsonObject {
            put("data", JsonArray(data))
            put("paging", buildJsonObject {
                if (start != null && page.isNotEmpty()) put("before", ListCursor.encode(page.first().name))
                if (more && page.isNotEmpty()) put("after", ListCursor.encode(page.last().name))
                put("total", matching.size)
            })
        }
    }

    /** `GET /metadata/types/name/{name}`. */
    suspend fun byName(name: String, fields: Set<String>, baseUrl: String): JsonObject =
        answer(BuiltInTypes.all[name] ?: throw OpenMetadataErrors.notFound(TYPE, name), fields, baseUrl)

    /** `GET /metadata/types/{id}`. */
    suspend fun byId(id: String, fields: Set<String>, baseUrl: String): JsonObject =
        answer(BuiltInTypes.byId(id) ?: throw OpenMetadataErrors.notFound(TYPE, id), fields, baseUrl)

    /**
     * `PUT /metadata/types/{id}` with a `CustomProperty` (TypeRepository.addCustomProperty): the property type is looked up
     * by id, its config checked (`validateProperty`), a property type refused as the target, and the property replaces
     * the one of the same name or is added; the type answers with its custom properties, in name order.
     */
    suspend fun addProperty(id: String, body: JsonElement, user: String, baseUrl: String): JsonObject = lock.withLock {
        val property = body as? JsonObject ?: throw OpenMetadataErrors.badRequest("A custom property is a JSON object (type/customProperty.json)")
        val problems = OpenMetadataSchemas.validate(PROPERTY_SCHEMA, property.toString())
        if (problems.isNotEmpty()) throw OpenMetadataErrors.badRequest("Invalid custom property ($PROPERTY_SCHEMA): ${problems.joinToString("; ")}")
        val target = BuiltInTypes.byId(id) ?: throw OpenMetadataErrors.notFound(TYPE, id)
        val propertyTypeId = property.obj("propertyType")!!.str("id")!!
        val propertyType = BuiltInTypes.byId(propertyTypeId) ?: throw OpenMetadataErrors.notFound(TYPE, propertyTypeId)
        CustomPropertyConfigRules.check(propertyType.name, property.obj("customPropertyConfig"))
        if (target.isField) throw OpenMetadataErrors.badRequest("Only entity types can be extended and field types can't be extended")
        val stored = stored(target.name)
        val held = stored?.arr("customProperties").orEmpty().mapNotNull { it.obj() }
        val kept = JsonObject(property - "propertyType" + ("propertyType" to JsonPrimitive(propertyType.name)))
        val next = (held.filter { it.str("name") != property.str("name") } + kept).sortedBy { it.str("name") }
        if (next != held) {
            val version = EntityVersion.next(stored?.get("version") ?: target.json["version"])
            index.putExtension(documentId(target.name), buildJsonObject {
                put("entityId", target.id)
                put("entityFqn", target.name)
                put("entityType", TYPE)
                put("extension", EXTENSION)
                put("payload", buildJsonObject {
                    put("customProperties", JsonArray(next))
                    put("version", EntityVersion.json(version))
                    put("updatedAt", clock())
                    put("updatedBy", user)
                })
            })
        }
        answer(target, setOf(CUSTOM_PROPERTIES), baseUrl)
    }

    /** The custom properties of the entity type [entityType] as stored (each `propertyType` the property type's name). */
    suspend fun customProperties(entityType: String): List<JsonObject> =
        stored(entityType)?.arr("customProperties").orEmpty().mapNotNull { it.obj() }

    private suspend fun answer(type: BuiltInTypes.BuiltIn, fields: Set<String>, baseUrl: String): JsonObject {
        val out = LinkedHashMap(type.json)
        out["href"] = JsonPrimitive("$baseUrl/api/v1/metadata/types/${type.id}")
        if (!type.isField) {
            val stored = stored(type.name)
            stored?.let { s -> listOf("version", "updatedAt", "updatedBy").forEach { key -> s[key]?.let { out[key] = it } } }
            // TypeRepository.setFields: a property type has no custom properties; an entity type lists its own when asked.
            if (CUSTOM_PROPERTIES in fields) {
                out[CUSTOM_PROPERTIES] = JsonArray(stored?.arr("customProperties").orEmpty().mapNotNull { it.obj() }.map { withReference(it, baseUrl) })
            }
        }
        return JsonObject(out)
    }

    // Stored with the property type's name; answered with a reference to it (TypeRepository.getCustomProperties).
    private fun withReference(property: JsonObject, baseUrl: String): JsonObject {
        val propertyType = BuiltInTypes.all.getValue(property.str("propertyType")!!)
        return JsonObject(property + ("propertyType" to buildJsonObject {
            put("id", propertyType.id)
            put("type", TYPE)
            put("name", propertyType.name)
            put("fullyQualifiedName", propertyType.name)
            put("description", propertyType.json.str("description"))
            put("displayName", propertyType.name)
            put("deleted", false)
            put("href", "$baseUrl/api/v1/metadata/types/${propertyType.id}")
        }))
    }

    private suspend fun stored(entityType: String): JsonObject? = index.extension(documentId(entityType))?.obj("payload")

    private fun documentId(entityType: String): String = "$EXTENSION|$entityType"

    private fun JsonArray?.orEmpty(): List<JsonElement> = this ?: emptyList()

    companion object {
        const val TYPE = "type"
        const val CUSTOM_PROPERTIES = "customProperties"
        private const val EXTENSION = "metadataType.customProperties"
        private const val PROPERTY_SCHEMA = "type/customProperty.json"
        private const val MAX_LIMIT = 1_000_000
    }
}
