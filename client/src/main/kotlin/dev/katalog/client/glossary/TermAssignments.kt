package dev.katalog.client.glossary

import dev.katalog.client.assets.AssetsApi
import dev.katalog.client.atlan.MutationResult
import dev.katalog.client.core.UsageException
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.AssetType
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import java.util.concurrent.ThreadLocalRandom

/**
 * Terms on assets as Atlan's SDK changes them (pyatlan 9.10.3 `append_terms` / `remove_terms`, operation vectors
 * `terms-append`, `terms-remove`): the asset's type, qualifiedName and name under a placeholder GUID, the terms in
 * `appendRelationshipAttributes` or `removeRelationshipAttributes`, so that its other terms and attributes stay.
 */
internal class TermAssignments(private val assets: AssetsApi) {

    suspend fun <T : Asset> change(type: AssetType<T>, qualifiedName: String, key: String, termGuids: List<String>): MutationResult {
        check(termGuids)
        val existing = assets.get(type, qualifiedName)
        return assets.save(updateOf(existing).field(key, meanings(termGuids)).build())
    }

    suspend fun changeMany(targets: List<Asset>, key: String, termGuids: List<String>): MutationResult {
        check(termGuids)
        UsageException.check(targets.isNotEmpty(), { "No asset to change the terms of" }, "Pass at least one asset")
        return assets.save(targets.map { updateOf(it).field(key, meanings(termGuids)).build() })
    }

    suspend fun <T : Asset> replace(type: AssetType<T>, qualifiedName: String, termGuids: List<String>): MutationResult {
        UsageException.check(termGuids.none { it.isBlank() }, { "A term GUID is blank in $termGuids" }, "Pass each term's GUID")
        val existing = assets.get(type, qualifiedName)
        return assets.save(updateOf(existing).attribute("meanings", JsonArray(termGuids.map(::termReference))).build())
    }

    suspend fun replaceMany(targets: List<Asset>, termGuids: List<String>): MutationResult {
        UsageException.check(termGuids.none { it.isBlank() }, { "A term GUID is blank in $termGuids" }, "Pass each term's GUID")
        UsageException.check(targets.isNotEmpty(), { "No asset to change the terms of" }, "Pass at least one asset")
        return assets.save(targets.map { updateOf(it).attribute("meanings", JsonArray(termGuids.map(::termReference))).build() })
    }

    private fun check(termGuids: List<String>) {
        UsageException.check(termGuids.isNotEmpty(), { "No term GUID given" }, "Pass at least one term's GUID (findTerm(name, glossary).guid)")
        UsageException.check(termGuids.none { it.isBlank() }, { "A term GUID is blank in $termGuids" }, "Pass each term's GUID")
    }

    /** What the update needs of [existing]: type, qualifiedName and name under a placeholder GUID (matched by qualifiedName). */
    private fun updateOf(existing: Asset) = Asset.trimToRequired(existing).guid("-" + ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE))

    private fun meanings(termGuids: List<String>) = JsonObject(mapOf("meanings" to JsonArray(termGuids.map(::termReference))))

    // A term by GUID as Atlan's SDK writes one (its qualifiedName slot carries the GUID too).
    private fun termReference(guid: String) = JsonObject(
        mapOf(
            "typeName" to JsonPrimitive("AtlasGlossaryTerm"),
            "attributes" to JsonObject(mapOf("qualifiedName" to JsonPrimitive(guid))),
            "guid" to JsonPrimitive(guid),
        ),
    )

    companion object {
        const val APPEND = "appendRelationshipAttributes"
        const val REMOVE = "removeRelationshipAttributes"
    }
}
