package dev.katalog.local.openmetadata

import dev.katalog.local.json.obj
import dev.katalog.local.json.str
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.buildJsonArray
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put
import kotlinx.serialization.json.putJsonArray

/**
 * `PUT /dataProducts/{name}/assets/add` and `…/remove` with a `BulkAssets` body, as OpenMetadata 1.4's
 * DataProductResource and `EntityRepository.bulkAssetsOperation` (openmetadata-service/src/main/java/org/openmetadata/
 * service/jdbi3/EntityRepository.java): every asset must exist before anything changes (404 for the first that does
 * not), the product then holds (or no longer holds) each, and the answer is a `BulkOperationResult` listing each asset
 * as a success. Removing an asset the product does not hold succeeds and changes nothing.
 */
internal class DataProductAssets(private val entities: EntityService, private val references: StoredReferences) {
    suspend fun change(productFqn: String, body: JsonElement, add: Boolean, user: String): JsonObject {
        val request = body as? JsonObject ?: throw OpenMetadataErrors.badRequest("A bulk assets request is a JSON object (api/bulkAssets.json)")
        val problems = OpenMetadataSchemas.validate(SCHEMA, request.toString())
        if (problems.isNotEmpty()) throw OpenMetadataErrors.badRequest("Invalid bulk assets request ($SCHEMA): ${problems.joinToString("; ")}")
        val product = entities.byName(EntityKinds.DATA_PRODUCT, productFqn, Include.NON_DELETED)
        val assets = references.list(request["assets"] as? JsonArray ?: JsonArray(emptyList()))
        val held = (product["assets"] as? JsonArray).orEmpty().mapNotNull { it.obj() }
        val ids = assets.mapNotNull { it.obj()?.str("id") }.toSet()
        val next = if (add) held + assets.mapNotNull { it.obj() }.filter { asset -> held.none { it.str("id") == asset.str("id") } } else held.filter { it.str("id") !in ids }
        if (next != held) {
            val patch = buildJsonArray {
                add(buildJsonObject {
                    put("op", if ("assets" in product) "replace" else "add")
                    put("path", "/assets")
                    put("value", JsonArray(next))
                })
            }
            entities.patch(EntityKinds.DATA_PRODUCT, product.str("id")!!, patch, user)
        }
        return buildJsonObject {
            put("dryRun", false)
            put("status", "success")
            put("numberOfRowsProcessed", assets.size)
            put("numberOfRowsPassed", assets.size)
            put("numberOfRowsFailed", 0)
            putJsonArray("successRequest") { for (asset in assets) add(buildJsonObject { put("request", asset) }) }
        }
    }

    private fun JsonArray?.orEmpty(): List<JsonElement> = this ?: emptyList()

    private companion object {
        const val SCHEMA = "api/bulkAssets.json"
    }
}
