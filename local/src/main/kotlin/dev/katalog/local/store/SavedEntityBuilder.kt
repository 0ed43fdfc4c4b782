package dev.katalog.local.store

import dev.katalog.local.json.arr
import dev.katalog.local.json.jsonStrings
import dev.katalog.local.json.long
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

/**
 * Makes the entity a save stores: what was sent merged into what was stored (attributes not sent are kept, `null`
 * removes one), relationships, tags and custom metadata as the [flags] say, and the server's fields.
 */
internal class SavedEntityBuilder(
    private val types: TypeRegistry,
    private val flags: SaveFlags,
    private val user: String,
    private val now: Long,
) {
    fun build(inc: IncomingEntity, previous: JsonObject?, resolved: Map<String, List<ResolvedReference>>): JsonObject {
        val before = previous?.let(::StoredAsset)
        val attributes = LinkedHashMap<String, JsonElement>(before?.attributes.orEmpty())
        for ((name, value) in inc.plain) if (value is JsonNull) attributes.remove(name) else attributes[name] = value
        attributes.putAll(inc.serverSet)
        inc.qualifiedName?.let { attributes["qualifiedName"] = JsonPrimitive(it) }
        val relations = LinkedHashMap<String, JsonElement>(before?.relationships.orEmpty())
        for ((name, targets) in resolved) {
            when {
                name.startsWith("+") -> {
                    val attr = name.substring(1)
                    val current = AssetDocument.refs(relations[attr])
                    val adding = targets.filter { t -> current.none { it.str("guid") == t.guid } }.map { it.toJson() }
                    relations[attr] = JsonArray(current + adding)
                }
                name.startsWith("-") -> {
                    val attr = name.substring(1)
                    val dropping = targets.map { it.guid }.toSet()
                    relations[attr] = JsonArray(AssetDocument.refs(relations[attr]).filter { it.str("guid") !in dropping })
                }
                else -> {
                    val single = types.relationshipAttribute(inc.typeName, name)?.cardinality == "SINGLE" && inc.relations[name] !is JsonArray
                    relations[name] = when {
                        targets.isEmpty() -> if (single) JsonNull else JsonArray(emptyList())
                        single -> targets.first().toJson()
                        else -> JsonArray(targets.map { it.toJson() })
                    }
                }
            }
        }
        relations.entries.removeIf { it.value is JsonNull }
        val tags = tagsAfter(inc, previous)
        val sentBusiness = inc.raw.obj("businessAttributes")
        val business: JsonObject? = when {
            before == null -> sentBusiness
            sentBusiness == null || !flags.replaceBusinessAttributes -> previous.obj("businessAttributes")
            flags.overwriteBusinessAttributes -> sentBusiness
            else -> JsonObject(previous.obj("businessAttributes").orEmpty() + sentBusiness)
        }
        val status = when {
            before == null -> "ACTIVE"
            inc.raw.str("status") == "ACTIVE" -> "ACTIVE"
            else -> before.status
        }
        val tagNames = tags.mapNotNull { it.obj()?.str("typeName") }
        return buildJsonObject {
            put("typeName", inc.typeName)
            put("guid", inc.guid)
            put("status", status)
            put("attributes", JsonObject(attributes))
            put("relationshipAttributes", JsonObject(relations))
            put("classifications", JsonArray(tags))
            put("classificationNames", jsonStrings(tagNames))
            put("labels", inc.raw["labels"] ?: previous?.get("labels") ?: JsonArray(emptyList()))
            (inc.raw["customAttributes"] ?: previous?.get("customAttributes"))?.let { put("customAttributes", it) }
            business?.let { put("businessAttributes", it) }
            put("createdBy", previous?.str("createdBy") ?: user)
            put("updatedBy", user)
            put("createTime", previous?.get("createTime") ?: JsonPrimitive(now))
            put("updateTime", now)
            put("version", (previous?.get("version").long() ?: 0L) + 1)
        }
    }

    // As Atlan (atlanhq/atlas-metastore, AtlasEntityComparator and EntityGraphMapper): without a flag, tags sent
    // for an existing asset are ignored; replaceTags replaces them with `classifications`; appendTags changes them
    // by `addOrUpdateClassifications` and `removeClassifications` only (`classifications` is not read). A new asset
    // takes `addOrUpdateClassifications` under appendTags when there are some, else `classifications`.
    private fun tagsAfter(inc: IncomingEntity, previous: JsonObject?): List<JsonElement> {
        fun sent(key: String) = inc.raw.arr(key)?.map { tagFor(it.obj()!!, inc) }
        val current = previous?.arr("classifications")?.toList()
        val classifications = sent("classifications")
        val adding = sent("addOrUpdateClassifications").orEmpty()
        return when {
            current == null -> if (flags.appendTags && adding.isNotEmpty()) adding else classifications.orEmpty()
            flags.replaceTags && classifications != null -> classifications
            flags.appendTags -> {
                val removing = sent("removeClassifications").orEmpty().mapNotNull { it.str("typeName") }.toSet()
                val addingNames = adding.mapNotNull { it.str("typeName") }.toSet()
                current.filter { it.obj()?.str("typeName") !in addingNames && it.obj()?.str("typeName") !in removing } +
                    adding.filter { it.str("typeName") !in removing }
            }
            else -> current
        }
    }

    private fun tagFor(tag: JsonObject, inc: IncomingEntity): JsonObject = JsonObject(
        tag.toMutableMap().apply {
            // A tag naming another asset was propagated from it; otherwise it is this asset's own.
            val from = tag.str("entityGuid")
            if (from == null || IncomingEntity.isPlaceholder(from) || from == inc.sentGuid) put("entityGuid", JsonPrimitive(inc.guid))
            putIfAbsent("entityStatus", JsonPrimitive("ACTIVE"))
            putIfAbsent("propagate", JsonPrimitive(false))
        },
    )
}
