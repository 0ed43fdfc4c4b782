package dev.katalog.local.openmetadata

import dev.katalog.local.json.arr
import dev.katalog.local.json.bool
import dev.katalog.local.json.obj
import dev.katalog.local.json.str
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/**
 * An entity's `extension` (its custom property values) checked as OpenMetadata 1.4 does on create, PUT and PATCH
 * (open-metadata/OpenMetadata, openmetadata-service/src/main/java/org/openmetadata/service/jdbi3/EntityRepository.java,
 * `validateExtension`, `validateEnumKeys`; messages from `exception/CatalogExceptionMessage.java`): every key must be a
 * custom property of the entity's type ("Unknown custom field X", 400), an enum's values must be among its config's
 * values and be one unless it is multi-select, and each value must match its property type's JSON Schema ("Custom field
 * X has invalid JSON [...]", 400). Enum values are stored sorted, as there.
 */
internal class ExtensionRules(private val types: TypeService) {
    /** [extension] checked against the custom properties of [kind]; enum values sorted. Null stays null. */
    suspend fun checked(kind: EntityKind, extension: JsonElement?): JsonElement? {
        if (extension == null || extension is kotlinx.serialization.json.JsonNull) return extension
        val values = extension as? JsonObject ?: throw OpenMetadataErrors.badRequest("extension is a JSON object of custom property values")
        val properties = types.customProperties(kind.type).associateBy { it.str("name") }
        val out = LinkedHashMap<String, JsonElement>()
        for ((name, value) in values) {
            val property = properties[name] ?: throw OpenMetadataErrors.badRequest("Unknown custom field $name")
            val propertyType = property.str("propertyType")!!
            var checked = value
            if (propertyType == "enum") checked = enumValues(name, value, property.obj("customPropertyConfig")?.obj("config"))
            val schema = BuiltInTypes.all[propertyType]?.schemaPath ?: throw OpenMetadataErrors.badRequest("Unknown custom field $name")
            val problems = OpenMetadataSchemas.validate(schema, checked.toString())
            if (problems.isNotEmpty()) throw OpenMetadataErrors.badRequest("Custom field $name has invalid JSON ${problems.joinToString(", ", "[", "]")}")
            out[name] = checked
        }
        return JsonObject(out)
    }

    private fun enumValues(name: String, value: JsonElement, config: JsonObject?): JsonElement {
        val array = value as? JsonArray ?: return value
        if (config?.get("multiSelect").bool() != true && array.size > 1) {
            throw OpenMetadataErrors.badRequest("Only one value allowed for non-multiSelect $name property")
        }
        val allowed = config?.arr("values").orEmpty().mapNotNull { (it as? JsonPrimitive)?.content }.toSet()
        val given = array.map { (it as? JsonPrimitive)?.content ?: it.toString() }
        val unknown = given.filter { it !in allowed }.toSet()
        if (unknown.isNotEmpty()) throw OpenMetadataErrors.badRequest("Values '${unknown.joinToString(", ", "[", "]")}' not supported for property $name")
        return JsonArray(array.sortedBy { (it as? JsonPrimitive)?.content ?: it.toString() })
    }

    private fun JsonArray?.orEmpty(): List<JsonElement> = this ?: emptyList()
}
