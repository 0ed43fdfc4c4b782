package dev.katalog.local.store

import dev.katalog.local.error.CatalogException
import dev.katalog.local.json.arr
import dev.katalog.local.json.obj
import dev.katalog.local.json.orEmpty
import dev.katalog.local.json.str
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject

/**
 * Reads one entity of a bulk save against the [types] in force: splits plain attributes from relationships,
 * validates attribute values, references, tags and custom metadata, and refuses what cannot be saved.
 */
internal class IncomingEntityParser(private val types: TypeRegistry) {
    private val validator = AttributeValidator(types)

    fun parse(position: Int, raw: JsonObject): IncomingEntity {
        val typeName = raw.str("typeName")
            ?: throw CatalogException.BadRequest("entities[$position]: typeName is required", "ATLAS-400-00-01B")
        if (types.entity(typeName) == null) {
            throw CatalogException.BadRequest("entities[$position]: Type ENTITY with name $typeName does not exist", "ATLAS-400-00-01E")
        }
        val plain = LinkedHashMap<String, JsonElement>()
        val relations = LinkedHashMap<String, JsonElement>()
        val attributes = raw["attributes"]?.let {
            it.obj() ?: if (it is JsonNull) null else throw CatalogException.BadRequest("entities[$position].attributes is not a JSON object")
        }.orEmpty()
        for ((name, value) in attributes) {
            val declared = types.attribute(typeName, name)
            val relationship = types.relationshipAttribute(typeName, name)
            val looksRelational = AssetDocument.isRef(value) || (value is JsonArray && value.isNotEmpty() && value.all { AssetDocument.isRef(it) })
            when {
                relationship != null && (declared == null || looksRelational) -> relations[name] = value
                declared != null -> { validator.check(typeName, declared, value); plain[name] = value }
                looksRelational -> relations[name] = value
                else -> plain[name] = value
            }
        }
        for ((name, value) in raw.obj("relationshipAttributes").orEmpty()) relations[name] = value
        for ((name, value) in relations) checkReferences(position, typeName, name, value)
        val append = raw.obj("appendRelationshipAttributes").orEmpty()
        val remove = raw.obj("removeRelationshipAttributes").orEmpty()
        for ((name, value) in append + remove) checkReferences(position, typeName, name, value)
        val qualifiedName = plain["qualifiedName"]
        if (qualifiedName != null && qualifiedName !is JsonNull && qualifiedName.str() == null) {
            throw CatalogException.BadRequest("entities[$position] ($typeName): qualifiedName must be a string")
        }
        if (qualifiedName.str().isNullOrBlank() && !types.isGlossaryType(typeName)) {
            throw CatalogException.BadRequest("entities[$position] ($typeName): attribute qualifiedName is required", "ATLAS-400-00-01B")
        }
        listOf("classifications", "addOrUpdateClassifications", "removeClassifications").flatMap { raw.arr(it).orEmpty() }.forEach { tag ->
            val name = tag.obj()?.str("typeName")
                ?: throw CatalogException.BadRequest("entities[$position] ($typeName): each classification needs a typeName")
            if (types.classifications.none { it.name == name }) {
                throw CatalogException.BadRequest("entities[$position] ($typeName): unknown Atlan tag (classification) $name", "ATLAS-400-00-01E")
            }
        }
        raw["businessAttributes"]?.let { BusinessAttributes(types).check(typeName, it) }
        return IncomingEntity(position, typeName, raw.str("guid")?.takeIf { it.isNotBlank() }, plain, relations, append, remove, raw)
    }

    private fun checkReferences(position: Int, typeName: String, attribute: String, value: JsonElement) {
        val ok = value is JsonNull || AssetDocument.isRef(value) || (value is JsonArray && value.all { AssetDocument.isRef(it) })
        if (!ok) {
            throw CatalogException.BadRequest(
                "entities[$position] ($typeName): relationship attribute $attribute needs references " +
                    "({\"typeName\",\"guid\"} or {\"typeName\",\"uniqueAttributes\":{\"qualifiedName\"}})",
                "ATLAS-400-00-06D",
            )
        }
    }
}
