package dev.katalog.local.store

import dev.katalog.local.json.arr
import dev.katalog.local.json.bool
import dev.katalog.local.json.jsonStrings
import dev.katalog.local.json.obj
import dev.katalog.local.json.orEmpty
import dev.katalog.local.json.str
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put

/** Turns a stored entity into its index document: the declared attributes, the `__` fields, and the entity itself. */
internal class AssetDocument(private val types: TypeRegistry, private val mapping: IndexMapping) {

    fun of(entity: JsonObject): JsonObject {
        val asset = StoredAsset(entity)
        val type = asset.typeName
        val attributes = asset.attributes
        val relationships = asset.relationships
        return buildJsonObject {
            for ((name, value) in attributes) {
                if (value is JsonNull || mapping.baseType(name) == null) continue
                // Only attributes the type declares are indexed: another type's field of the same name may differ in type.
                if (types.attribute(type, name) == null) continue
                put(name, value)
            }
            put("__typeName", type)
            put("__superTypeNames", jsonStrings(types.superTypes(type)))
            put("__guid", asset.guid)
            put("__state", asset.status)
            entity["createTime"]?.let { put("__timestamp", it) }
            entity["updateTime"]?.let { put("__modificationTimestamp", it) }
            entity.str("createdBy")?.let { put("__createdBy", it) }
            entity.str("updatedBy")?.let { put("__modifiedBy", it) }
            val tags = entity.arr("classifications").orEmpty().mapNotNull { it.obj() }
            val own = tags.filter { t -> t.str("entityGuid").let { it == null || it == asset.guid } }.mapNotNull { it.str("typeName") }
            val propagated = tags.filter { t -> t.str("entityGuid").let { it != null && it != asset.guid } }.mapNotNull { it.str("typeName") }
            put("__traitNames", jsonStrings(own))
            put("__propagatedTraitNames", jsonStrings(propagated))
            put("__classificationsText", (own + propagated).joinToString(" "))
            val meanings = refs(relationships["meanings"])
            put("__meanings", jsonStrings(meanings.mapNotNull { qualifiedNameOf(it) }))
            // As Atlan keeps them: names joined by commas (one token each under the comma analyzer), and as a list.
            val meaningNames = meanings.mapNotNull { it.str("displayText") }
            put("__meaningsText", meaningNames.joinToString(","))
            put("__meaningNames", jsonStrings(meaningNames))
            put("__qualifiedNameHierarchy", jsonStrings(QualifiedNameHierarchy.of(type, asset.qualifiedName)))
            if (type == TypeRegistry.TERM || type == TypeRegistry.CATEGORY) {
                refs(relationships["anchor"]).firstOrNull()?.let { qualifiedNameOf(it) }?.let { put("__glossary", it) }
            }
            if (type == TypeRegistry.TERM) put("__categories", jsonStrings(refs(relationships["categories"]).mapNotNull { qualifiedNameOf(it) }))
            if (type == TypeRegistry.CATEGORY) {
                refs(relationships["parentCategory"]).firstOrNull()?.let { qualifiedNameOf(it) }?.let { put("__parentCategory", it) }
            }
            val business = BusinessAttributes(types)
            for ((setName, values) in entity.obj("businessAttributes").orEmpty()) {
                val indexed = values.obj()?.filter { (attribute, value) ->
                    value !is JsonNull && business.attributeOf(setName, attribute)?.let(mapping::indexes) == true
                } ?: continue
                if (indexed.isNotEmpty()) put(setName, JsonObject(indexed))
                for ((attribute, value) in indexed) put(attribute, value)
            }
            put(IndexMapping.HAS_LINEAGE, attributes[IndexMapping.HAS_LINEAGE].bool() ?: false)
            put("__labels", entity["labels"] ?: JsonArray(emptyList()))
            put(IndexMapping.KEY, "$type|${asset.qualifiedName}")
            val relations = ArrayList<String>()
            val targets = LinkedHashSet<String>()
            for ((attribute, value) in relationships) {
                val inverse = types.inverseOf(type, attribute) ?: continue
                for (ref in refs(value)) {
                    val guid = ref.str("guid") ?: continue
                    relations += "$inverse:$guid"
                    targets += guid
                }
            }
            put(IndexMapping.RELATIONS, jsonStrings(relations))
            put(IndexMapping.RELATION_TARGETS, jsonStrings(targets))
            put(IndexMapping.ENTITY, entity)
        }
    }

    companion object {
        fun refs(value: JsonElement?): List<JsonObject> = when (value) {
            is JsonObject -> listOf(value)
            is JsonArray -> value.mapNotNull { it.obj() }
            else -> emptyList()
        }

        /** The `meanings` (assigned glossary terms) of an entity, as Atlan lists them on the entity itself. */
        fun meanings(entity: JsonObject): JsonArray = JsonArray(
            refs(entity.obj("relationshipAttributes")?.get("meanings")).map { ref ->
                buildJsonObject {
                    ref.str("guid")?.let { put("termGuid", it) }
                    ref.str("displayText")?.let { put("displayText", it) }
                    put("confidence", 0)
                    put("status", "ACTIVE")
                }
            },
        )

        fun meaningNames(entity: JsonObject): JsonArray =
            jsonStrings(refs(entity.obj("relationshipAttributes")?.get("meanings")).mapNotNull { it.str("displayText") })

        fun qualifiedNameOf(ref: JsonObject): String? = ref.obj("uniqueAttributes")?.str("qualifiedName")

        fun isRef(value: JsonElement?): Boolean = value is JsonObject && value["typeName"] is JsonPrimitive &&
            (value["guid"] is JsonPrimitive || value["uniqueAttributes"] is JsonObject)
    }
}
