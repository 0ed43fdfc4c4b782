package dev.katalog.client.tree

import dev.katalog.client.atlan.AtlanCalls
import dev.katalog.dsl.search.FluentSearch
import dev.katalog.dsl.tree.CompiledAsset
import dev.katalog.dsl.tree.InvalidTreeException
import dev.katalog.dsl.tree.LineageEnd
import dev.katalog.dsl.tree.TreeProblem
import dev.katalog.model.atlan.asset.Asset
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/**
 * The ends of a tree's processes as a plan sees them: the ones outside the tree must be active in the catalog (else
 * the plan fails, naming each), and each end is known by qualifiedName, so the edges a process has can be compared
 * with the ones the tree declares.
 */
internal class ProcessEnds private constructor(private val qualifiedNamesByGuid: Map<String, String>) {

    /** The edges [planned] (a compiled process) adds to and removes from [current] (null when the process is new). */
    fun changes(planned: Asset, current: Asset?): LineageChanges {
        val wantedInputs = names(planned.attributes["inputs"])
        val wantedOutputs = names(planned.attributes["outputs"])
        val haveInputs = names(current?.attributes?.get("inputs"))
        val haveOutputs = names(current?.attributes?.get("outputs"))
        return LineageChanges(wantedInputs - haveInputs.toSet(), haveInputs - wantedInputs.toSet(), wantedOutputs - haveOutputs.toSet(), haveOutputs - wantedOutputs.toSet())
    }

    private fun names(ends: JsonElement?): List<String> = (ends as? JsonArray).orEmpty().mapNotNull { end ->
        val ref = end as? JsonObject ?: return@mapNotNull null
        val qualifiedName = ((ref["uniqueAttributes"] as? JsonObject)?.get("qualifiedName") as? JsonPrimitive)?.content
        val guid = (ref["guid"] as? JsonPrimitive)?.content
        qualifiedName ?: guid?.let { qualifiedNamesByGuid[it] ?: it }
    }.distinct()

    companion object {
        private const val CHUNK = 500

        /** Checks that every end of [compiled]'s processes outside the tree is active in the catalog; throws [InvalidTreeException] naming those that are not. */
        suspend fun resolve(calls: AtlanCalls, compiled: List<CompiledAsset>): ProcessEnds {
            val declared = compiled.filter { it.node.kind.isProcess }.flatMap { item ->
                item.node.inputs.map { Triple(item, it, "reads") } + item.node.outputs.map { Triple(item, it, "writes") }
            }.filter { it.second is LineageEnd.InCatalog }
            if (declared.isEmpty()) return ProcessEnds(emptyMap())
            val ends = declared.map { it.second as LineageEnd.InCatalog }
            val byQualifiedName = HashSet<String>()
            val byGuid = HashMap<String, String>()
            for (chunk in ends.mapNotNull { it.qualifiedName }.distinct().chunked(CHUNK)) {
                val request = FluentSearch.select().where(Asset.QUALIFIED_NAME within chunk).include(Asset.QUALIFIED_NAME).pageSize(CHUNK).toRequest()
                calls.searchPage(request).entities.orEmpty().mapNotNullTo(byQualifiedName) { it.qualifiedName }
            }
            for (chunk in ends.filter { it.qualifiedName == null }.mapNotNull { it.asset.guid }.distinct().chunked(CHUNK)) {
                val request = FluentSearch.select().where(Asset.GUID within chunk).include(Asset.QUALIFIED_NAME).pageSize(CHUNK).toRequest()
                for (found in calls.searchPage(request).entities.orEmpty()) byGuid[found.guid!!] = found.qualifiedName ?: found.guid!!
            }
            val problems = declared.mapNotNull { (item, end, verb) ->
                end as LineageEnd.InCatalog
                val known = end.qualifiedName?.let { it in byQualifiedName } ?: (end.asset.guid in byGuid)
                if (known) null
                else TreeProblem(
                    item.path,
                    "${item.node.kind.label} \"${item.node.name}\" $verb $end, which the catalog does not have (or has archived): " +
                        "add it to the tree, or create it before applying",
                    if (verb == "reads") "inputs" else "outputs",
                )
            }
            if (problems.isNotEmpty()) throw InvalidTreeException(problems)
            return ProcessEnds(byGuid)
        }
    }
}
