package dev.katalog.client.export

import dev.katalog.client.atlan.NameCheck
import dev.katalog.dsl.tree.NodeKind
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.AtlanTag
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.longOrNull

/**
 * The lines inside an asset's block: the attributes it has that differ from the defaults (unset, empty), each with
 * the setter a tree takes, its own tags by display name, and its terms, custom metadata and README ([ExportCuration]). The attributes a plan compares are exactly these, so a
 * plan of the exported definition against the same catalog is empty.
 */
internal object AssetLines {
    /** What every exported asset may carry, besides its kind's own ([KIND_ATTRIBUTES]). */
    private val COMMON = listOf("description", "userDescription", "certificateStatus", "certificateStatusMessage", "ownerUsers", "ownerGroups")
    private val KIND_ATTRIBUTES = mapOf(
        NodeKind.CONNECTION to listOf("adminUsers", "adminGroups"),
        NodeKind.TABLE to listOf("rowCount"),
        NodeKind.VIEW to listOf("rowCount"),
        NodeKind.MATERIALISED_VIEW to listOf("rowCount"),
        NodeKind.PROCESS to listOf("sql", "code"),
    )

    /** Every attribute a search must read for an export. */
    val READ: List<String> = (COMMON + KIND_ATTRIBUTES.values.flatten() + listOf("dataType", "order", "inputs", "outputs")).distinct()

    suspend fun of(kind: NodeKind, asset: Asset, names: NameCheck, curation: ExportCuration): List<String> {
        val lines = ArrayList<String>()
        for (attribute in COMMON + KIND_ATTRIBUTES[kind].orEmpty()) {
            val value = asset.attributes[attribute] ?: continue
            when {
                value is JsonArray -> {
                    val items = value.mapNotNull { (it as? JsonPrimitive)?.content }.sorted()
                    if (items.isNotEmpty()) lines += "$attribute(${KotlinLiterals.strings(items)})"
                }
                value !is JsonPrimitive || value.content.isEmpty() && value.isString -> Unit
                attribute == "certificateStatus" -> lines += "certificateStatus = CertificateStatus.${value.content}"
                attribute == "rowCount" -> value.longOrNull?.let { lines += "rowCount = ${it}L" }
                value.isString -> lines += "$attribute = ${KotlinLiterals.string(value.content)}"
            }
        }
        lines += tags(asset, names)
        lines += curation.lines(asset)
        return lines
    }

    /**
     * `tags(…)` with the asset's own tags (not those propagated to it), none when it has none. A tree gives all of a
     * node's tags one propagation, the first tag's (by name) here; when the catalog's differ, a comment says so and the
     * plan shows the change.
     */
    private suspend fun tags(asset: Asset, names: NameCheck): List<String> {
        val own = asset.atlanTags.orEmpty().filter { it.entityGuid == null || it.entityGuid == asset.guid }
        if (own.isEmpty()) return emptyList()
        val named = own.map { names.tagNameOf(it.typeName) to it }.sortedBy { it.first }
        val displayNames = named.map { it.first }.distinct()
        val propagation = propagation(named.first().second)
        val line = if (propagation == null) "tags(${KotlinLiterals.strings(displayNames)})" else "tags($propagation, ${KotlinLiterals.strings(displayNames)})"
        if (named.map { propagation(it.second) }.distinct().size == 1) return listOf(line)
        return listOf("// the catalog spreads these tags in different ways; a tree gives them one, ${KotlinLiterals.comment(KotlinLiterals.string(displayNames.first()))}'s", line)
    }

    /** How [tag] spreads, as Kotlin, or null for Atlan's default (it stays where it is put). */
    private fun propagation(tag: AtlanTag): String? {
        val propagate = tag.propagate ?: false
        val removeOnDelete = tag.removePropagationsOnEntityDelete ?: true
        val restrictLineage = tag.restrictPropagationThroughLineage ?: false
        val restrictHierarchy = tag.restrictPropagationThroughHierarchy ?: false
        return when {
            !propagate && removeOnDelete && !restrictLineage && !restrictHierarchy -> null
            propagate && removeOnDelete && !restrictLineage && !restrictHierarchy -> "TagPropagation.FULL"
            else -> "TagPropagation.builder().propagate($propagate).removePropagationsOnEntityDelete($removeOnDelete)" +
                ".restrictPropagationThroughLineage($restrictLineage).restrictPropagationThroughHierarchy($restrictHierarchy).build()"
        }
    }
}
