package dev.katalog.local.store

import dev.katalog.local.error.CatalogException
import dev.katalog.model.atlan.typedef.AttributeDef
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject

/** Custom metadata on assets: `{"<hashed set>":{"<hashed attribute>":value}}`, checked against the business metadata definitions. */
internal class BusinessAttributes(private val types: TypeRegistry) {

    fun check(entityType: String, value: JsonElement) {
        if (value is JsonNull) return
        val sets = value as? JsonObject
            ?: throw CatalogException.BadRequest("businessAttributes must map custom metadata set names to objects of attributes")
        val validator = AttributeValidator(types)
        for ((setName, attributes) in sets) {
            val set = types.businessMetadata.firstOrNull { it.name == setName }
                ?: throw CatalogException.BadRequest("Unknown custom metadata set $setName in businessAttributes", "ATLAS-400-00-01E")
            if (attributes is JsonNull) continue
            val values = attributes as? JsonObject
                ?: throw CatalogException.BadRequest("businessAttributes.$setName must be an object of attributes")
            for ((attributeName, attributeValue) in values) {
                val def = attributeOf(setName, attributeName)
                    ?: throw CatalogException.BadRequest(
                        "Unknown attribute $attributeName of custom metadata set $setName (${set.displayName})",
                        "ATLAS-400-00-01E",
                    )
                validator.check(entityType, def, attributeValue)
            }
        }
    }

    fun attributeOf(setName: String, attributeName: String): AttributeDef? =
        types.businessMetadata.firstOrNull { it.name == setName }?.attributeDefs?.firstOrNull { it.name == attributeName }
}
