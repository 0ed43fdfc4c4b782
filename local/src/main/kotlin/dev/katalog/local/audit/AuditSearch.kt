package dev.katalog.local.audit

import dev.katalog.local.error.CatalogException
import dev.katalog.local.json.long
import dev.katalog.local.json.obj
import dev.katalog.local.json.str
import dev.katalog.local.store.AssetIndex
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.buildJsonArray
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put
import kotlinx.serialization.json.putJsonObject

/**
 * `POST /api/meta/entity/auditSearch`: `{"dsl":{…}}` runs on the [trail] as atlanhq/atlas-metastore's EntityREST
 * and ESBasedAuditRepository run it (newest first when the dsl has no sort), answered as their
 * EntityAuditSearchResult: `entityAudits` (each with `entityDetail`, the asset as it is now, when it still exists),
 * `aggregations`, `count` (this page) and `totalCount`.
 */
internal class AuditSearch(private val trail: AuditTrail, private val assets: AssetIndex) {
    suspend fun search(body: JsonElement): JsonObject {
        val dsl = body.obj()?.obj("dsl") ?: throw CatalogException.BadRequest("The body needs a \"dsl\" object, e.g. {\"dsl\":{\"query\":{…},\"size\":10}}")
        val query = JsonObject(
            dsl.toMutableMap().apply {
                putIfAbsent("sort", buildJsonArray { add(buildJsonObject { putJsonObject("created") { put("order", "desc") } }) })
                put("track_total_hits", kotlinx.serialization.json.JsonPrimitive(true))
                if ((get("aggregations") as? JsonObject)?.isEmpty() == true) remove("aggregations")
            },
        )
        val answer = trail.search(query)
        val sources = AssetIndex.hits(answer).mapNotNull { it.obj("_source") }
        val current = assets.mget(sources.mapNotNull { it.str("entityId") }.distinct())
        val audits = sources.map { source ->
            val entity = current[source.str("entityId")]
            JsonObject(
                source.toMutableMap().apply {
                    putIfAbsent("eventKey", kotlinx.serialization.json.JsonPrimitive("${source.str("entityId")}:${source["timestamp"].long()}"))
                    entity?.let { asset ->
                        put("entityDetail", buildJsonObject {
                            put("typeName", asset.typeName)
                            put("guid", asset.guid)
                            put("status", asset.status)
                            put("attributes", JsonObject(asset.attributes.filterKeys { it == "qualifiedName" || it == "name" }))
                        })
                    }
                },
            )
        }
        return buildJsonObject {
            put("entityAudits", JsonArray(audits))
            put("aggregations", answer.obj("aggregations") ?: JsonObject(emptyMap()))
            put("count", audits.size)
            put("totalCount", answer.obj("hits")?.obj("total")?.get("value").long() ?: audits.size.toLong())
            put("linkedEntities", JsonObject(emptyMap()))
        }
    }

}
