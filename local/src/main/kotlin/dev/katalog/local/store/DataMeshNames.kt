package dev.katalog.local.store

import dev.katalog.local.error.CatalogException
import dev.katalog.local.json.str
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/**
 * What Atlan does to domains and data products whatever the client sent (atlanhq/atlas-metastore,
 * `preprocessor/datamesh/DataDomainPreProcessor`, `DataProductPreProcessor`):
 * - a new domain becomes `default/domain/<id>/super`, a new subdomain `<parent>/domain/<id>` with its parent's and
 *   super domain's qualifiedNames; a new product `<domain>/product/<id>`, with the same two, and must have a domain;
 * - a name is unique among the domains (or products) of the same parent;
 * - a product's asset selection (`dataProductAssetsDSL`) is required and must be a non-empty JSON object.
 * A stored domain or product keeps its qualifiedName, parent and super domain on update.
 */
internal object DataMeshNames {
    private const val DOMAIN = "DataDomain"
    private const val PRODUCT = "DataProduct"
    private const val PARENT_QN = "parentDomainQualifiedName"
    private const val SUPER_QN = "superDomainQualifiedName"
    private const val ASSETS_DSL = "dataProductAssetsDSL"

    /** Once references resolve, in request order (a parent before its children): names new domains and products. */
    suspend fun nameNew(inc: IncomingEntity, references: Map<String, List<ResolvedReference>>, index: AssetIndex) {
        if (inc.typeName == PRODUCT) checkAssetsDsl(inc, required = inc.existing == null && inc.sameAs == null)
        if (inc.typeName != DOMAIN && inc.typeName != PRODUCT) return
        val stored = inc.existing
        if (stored != null) {
            // An update keeps the stored qualifiedName and hierarchy, whatever was sent.
            inc.qualifiedName = stored.qualifiedName
            for (key in listOf(PARENT_QN, SUPER_QN)) stored.attributes[key]?.let { inc.serverSet[key] = it }
            return
        }
        if (inc.sameAs != null) return
        val parent = references[if (inc.typeName == DOMAIN) "parentDomain" else "dataDomain"]?.firstOrNull()
        if (parent == null && inc.typeName == PRODUCT) {
            throw CatalogException.BadRequest("entities[${inc.position}] (DataProduct): Cannot create a Product without a Domain Relationship", "ATLAS-400-00-01D")
        }
        val parentName = parent?.qualifiedName
        unique(inc, parentName, index)
        val id = RandomNames.nanoId()
        if (parent == null || parentName == null) {
            inc.qualifiedName = "default/domain/$id/super"
            return
        }
        val parentSuper = parent.stored?.attributes?.str(SUPER_QN) ?: parent.incoming?.serverSet?.get(SUPER_QN).str()
        inc.serverSet[PARENT_QN] = JsonPrimitive(parentName)
        inc.serverSet[SUPER_QN] = JsonPrimitive(parentSuper ?: parentName)
        inc.qualifiedName = if (inc.typeName == DOMAIN) "$parentName/domain/$id" else "$parentName/product/$id"
    }

    private suspend fun unique(inc: IncomingEntity, parentName: String?, index: AssetIndex) {
        val name = inc.name ?: return
        val clash = index.byTypeAndName(inc.typeName, name).any { it.attributes.str(PARENT_QN) == parentName }
        if (clash) {
            val where = parentName?.let { " in $it" } ?: ""
            throw CatalogException.BadRequest("entities[${inc.position}] (${inc.typeName}): $name already exists$where", "ATLAS-400-00-0A7")
        }
    }

    private fun checkAssetsDsl(inc: IncomingEntity, required: Boolean) {
        val sent = inc.plain[ASSETS_DSL]
        if (sent == null || sent is JsonNull) {
            if (required) throw CatalogException.BadRequest("entities[${inc.position}] (DataProduct): dataProductAssetsDSL attribute is mandatory for DataProducts")
            return
        }
        val text = (sent as? JsonPrimitive)?.takeIf { it.isString }?.content?.trim()
        val parsed = text?.let { runCatching { Json.parseToJsonElement(it) }.getOrNull() }
        if (parsed !is JsonObject) {
            throw CatalogException.BadRequest("entities[${inc.position}] (DataProduct): dataProductAssetsDSL attribute must be a valid JSON object")
        }
        if (parsed.isEmpty()) throw CatalogException.BadRequest("entities[${inc.position}] (DataProduct): dataProductAssetsDSL attribute cannot be empty")
    }
}
