package dev.katalog.local.store

import dev.katalog.local.error.CatalogException
import dev.katalog.local.json.orEmpty
import dev.katalog.local.json.str
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put
import kotlinx.serialization.json.putJsonObject

/** Reads of single assets, and the relationship views (held and inverse) reads and searches share. */
internal class AssetReader(private val store: CatalogStore) {

    suspend fun byGuid(guid: String, minExtInfo: Boolean, ignoreRelationships: Boolean): JsonObject {
        val asset = store.index.get(guid) ?: throw CatalogException.NotFound("Given instance guid $guid is invalid/not found", "ATLAS-404-00-005")
        return answer(asset, minExtInfo, ignoreRelationships)
    }

    suspend fun byUniqueAttribute(typeName: String, qualifiedName: String?, minExtInfo: Boolean, ignoreRelationships: Boolean): JsonObject {
        if (store.types.entity(typeName) == null) {
            throw CatalogException.NotFound("Type ENTITY with name $typeName does not exist", "ATLAS-404-00-001")
        }
        if (qualifiedName.isNullOrEmpty()) throw CatalogException.BadRequest("Query parameter attr:qualifiedName is required")
        val asset = store.index.byKeys(listOf("$typeName|$qualifiedName"))["$typeName|$qualifiedName"]
            ?: store.index.byQualifiedName(typeName, qualifiedName)
            ?: throw CatalogException.NotFound(
                "Instance $typeName with unique attribute {qualifiedName:$qualifiedName} does not exist",
                "ATLAS-404-00-009",
            )
        return answer(asset, minExtInfo, ignoreRelationships)
    }

    private suspend fun answer(asset: StoredAsset, minExtInfo: Boolean, ignoreRelationships: Boolean): JsonObject {
        val relations = if (ignoreRelationships) null else relationships(listOf(asset))[asset.guid].orEmpty()
        val referred = if (minExtInfo || relations == null) emptyMap() else {
            val guids = relations.values.flatMap(AssetDocument::refs).mapNotNull { it.str("guid") }
            store.index.mget(guids)
        }
        return buildJsonObject {
            put("entity", full(asset, relations))
            putJsonObject("referredEntities") {
                for ((guid, other) in referred) put(guid, full(other, null))
            }
        }
    }

    /** The entity as a read answers it; relationships in `relationshipAttributes` unless [relations] is null. */
    fun full(asset: StoredAsset, relations: Map<String, JsonElement>?): JsonObject = buildJsonObject {
        // Filtered sources come back from OpenSearch in no particular key order; answer in Atlan's.
        val keys = ENVELOPE_ORDER.filter { it in asset.entity } + asset.entity.keys.filter { it !in ENVELOPE_ORDER }
        for (k in keys) {
            if (k == "relationshipAttributes") continue
            put(k, asset.entity.getValue(k))
        }
        asset.name?.let { put("displayText", it) }
        put("isIncomplete", false)
        put("meaningNames", AssetDocument.meaningNames(asset.entity))
        put("meanings", AssetDocument.meanings(asset.entity))
        if (relations != null) put("relationshipAttributes", JsonObject(relations))
    }

    /**
     * For each of [assets], its relationships by attribute: those it holds (targets looked up for their
     * current name and status; removed targets dropped) and those other active assets hold towards it.
     */
    suspend fun relationships(assets: List<StoredAsset>, only: Set<String>? = null): Map<String, Map<String, JsonElement>> {
        if (assets.isEmpty()) return emptyMap()
        val types = store.types
        val heldTargets = assets.flatMap { a -> a.relationships.filterKeys { only == null || it in only }.values.flatMap(AssetDocument::refs) }
            .mapNotNull { it.str("guid") }
        val targets = store.index.mget(heldTargets)
        val holders = store.index.holdersOf(assets.map { it.guid })
        val out = HashMap<String, Map<String, JsonElement>>()
        for (asset in assets) {
            val result = LinkedHashMap<String, MutableList<JsonObject>>()
            val single = HashSet<String>()
            for ((attribute, value) in asset.relationships) {
                if (only != null && attribute !in only) continue
                if (value is JsonObject) single += attribute
                val list = result.getOrPut(attribute) { ArrayList() }
                for (ref in AssetDocument.refs(value)) {
                    val target = targets[ref.str("guid")] ?: continue
                    list += view(target, types.relationshipTypeOf(asset.typeName, attribute))
                }
            }
            for ((holder, relations) in holders) {
                for (relation in relations) {
                    val attribute = relation.substringBeforeLast(':')
                    if (relation.substringAfterLast(':') != asset.guid) continue
                    if (only != null && attribute !in only) continue
                    val list = result.getOrPut(attribute) { ArrayList() }
                    if (list.none { it.str("guid") == holder.guid }) list += view(holder, types.relationshipTypeOf(asset.typeName, attribute))
                    if (types.relationshipAttribute(asset.typeName, attribute)?.cardinality == "SINGLE") single += attribute
                }
            }
            out[asset.guid] = result.mapValues { (attribute, refs) ->
                if (attribute in single) refs.lastOrNull() ?: JsonNull else JsonArray(refs)
            }
        }
        return out
    }

    private fun view(target: StoredAsset, relationshipType: String?): JsonObject = buildJsonObject {
        put("guid", target.guid)
        put("typeName", target.typeName)
        put("entityStatus", target.status)
        target.name?.let { put("displayText", it) }
        relationshipType?.let { put("relationshipType", it) }
        put("relationshipStatus", "ACTIVE")
        putJsonObject("uniqueAttributes") { target.qualifiedName?.let { put("qualifiedName", it) } }
        putJsonObject("attributes") {
            target.qualifiedName?.let { put("qualifiedName", it) }
            target.name?.let { put("name", it) }
        }
    }

    private companion object {
        val ENVELOPE_ORDER = listOf(
            "typeName", "attributes", "guid", "status", "classifications", "classificationNames", "businessAttributes",
            "customAttributes", "labels", "createdBy", "updatedBy", "createTime", "updateTime", "version",
        )
    }
}
