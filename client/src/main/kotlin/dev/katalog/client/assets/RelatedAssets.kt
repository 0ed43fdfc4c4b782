package dev.katalog.client.assets

import dev.katalog.client.atlan.AtlanCalls
import dev.katalog.client.atlan.MutationResult
import dev.katalog.client.atlan.SaveOptions
import dev.katalog.client.core.UsageException
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.AssetType
import dev.katalog.model.atlan.asset.AtlanTypes
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import java.util.concurrent.ThreadLocalRandom

/**
 * Adding and removing related assets under one relationship attribute without replacing the others: Atlan's
 * `appendRelationshipAttributes` / `removeRelationshipAttributes` on a bulk save, the asset matched by type and
 * qualifiedName under a placeholder GUID (as pyatlan 9.10.3 sends them, operation vectors `terms-append`, `terms-remove`).
 */
internal class RelatedAssets(private val calls: AtlanCalls) {

    suspend fun change(existing: Asset, type: AssetType<*>, attribute: String, related: List<Asset>, key: String): MutationResult {
        checkRelationship(type, attribute)
        UsageException.check(related.isNotEmpty(), { "No related asset given for ${type.typeName}.$attribute" }, "Pass at least one asset (e.g. Column.refByGuid(guid))")
        val refs = JsonArray(related.map(::reference))
        val update = Asset.trimToRequired(existing).guid("-" + ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE))
            .field(key, JsonObject(mapOf(attribute to refs))).build()
        return calls.save(listOf(update), SaveOptions.DEFAULT)
    }

    /** [attribute] must be a relationship of [type]: an attribute whose values are other entities. */
    fun checkRelationship(type: AssetType<*>, attribute: String) {
        val relationships = type.attributeTypes.filterValues { isEntityType(it) }.keys
        if (attribute in relationships) return
        val close = relationships.filter { it.contains(attribute, ignoreCase = true) || attribute.contains(it, ignoreCase = true) }
        throw UsageException(
            if (type.hasAttribute(attribute)) "${type.typeName}.$attribute is a plain attribute, not a relationship to other assets"
            else "${type.typeName} has no relationship attribute \"$attribute\"",
            "Use one of ${type.typeName}'s relationships: ${(close.ifEmpty { relationships.sorted().take(12) })}" +
                if (type.hasAttribute(attribute)) "; set a plain attribute with an updater and save" else "",
        )
    }

    private fun isEntityType(attributeType: String): Boolean {
        val element = attributeType.removePrefix("array<").removePrefix("set<").removeSuffix(">")
        return AtlanTypes.forName(element) != null
    }

    // A related asset by GUID when it has one, else by type and qualifiedName.
    private fun reference(asset: Asset): JsonElement {
        val guid = asset.guid
        val qualifiedName = asset.qualifiedName
        val fields = linkedMapOf<String, JsonElement>("typeName" to JsonPrimitive(asset.typeName))
        when {
            guid != null -> fields["guid"] = JsonPrimitive(guid)
            qualifiedName != null -> fields["uniqueAttributes"] = JsonObject(mapOf("qualifiedName" to JsonPrimitive(qualifiedName)))
            else -> throw UsageException("A related ${asset.typeName} has neither a GUID nor a qualifiedName", "Refer to it with ${asset.typeName}.refByGuid(guid) or refByQualifiedName(qualifiedName)")
        }
        return JsonObject(fields)
    }

    companion object {
        const val APPEND = "appendRelationshipAttributes"
        const val REMOVE = "removeRelationshipAttributes"
    }
}
