package dev.katalog.local.openmetadata

import dev.katalog.local.json.arr
import dev.katalog.local.json.obj
import kotlinx.serialization.json.JsonObject

/**
 * What OpenMetadata checks of a custom property's `customPropertyConfig` before adding it (open-metadata/OpenMetadata,
 * openmetadata-service/src/main/java/org/openmetadata/service/jdbi3/TypeRepository.java, `validateProperty` and
 * `validateEnumConfig`): an enum needs its config, with values, none of them twice. The schema
 * (`type/customProperty.json`) has already checked the config's shape.
 */
internal object CustomPropertyConfigRules {
    fun check(propertyType: String, config: JsonObject?) {
        if (propertyType != "enum") return
        val enumConfig = config?.obj("config") ?: throw OpenMetadataErrors.badRequest("Enum Custom Property Type must have EnumConfig.")
        val values = enumConfig.arr("values")
        if (values != null && values.isEmpty()) throw OpenMetadataErrors.badRequest("Enum Custom Property Type must have EnumConfig populated with values.")
        if (values != null && values.distinct().size != values.size) throw OpenMetadataErrors.badRequest("Enum Custom Property values cannot have duplicates.")
    }
}
