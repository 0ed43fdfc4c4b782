package dev.katalog.model.atlan.api

import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.Process
import dev.katalog.model.json.EmptyJsonObject
import dev.katalog.model.json.Lossless
import dev.katalog.model.json.LosslessSerializer
import kotlinx.serialization.KeepGeneratedSerializer
import kotlinx.serialization.Serializable
import kotlinx.serialization.Transient
import kotlinx.serialization.json.JsonObject

/**
 * The answer of `GET /api/meta/lineage/{guid}`: every asset and process met ([guidEntityMap]) and the edges between
 * them ([relations]), kept as sent (fields not modelled here round-trip). Walk it: [successors] and [predecessors]
 * one edge away, [downstream] and [upstream] every asset reachable (processes passed through), [paths] between two.
 */
@KeepGeneratedSerializer
@Serializable(with = LineageGraph.Serializer::class)
public data class LineageGraph(
    val baseEntityGuid: String? = null,
    val lineageDirection: String? = null,
    val lineageDepth: Int? = null,
    val limit: Int? = null,
    val offset: Int? = null,
    val hasMoreUpstreamVertices: Boolean? = null,
    val hasMoreDownstreamVertices: Boolean? = null,
    val guidEntityMap: Map<String, Asset>? = null,
    val relations: List<LineageRelation>? = null,
    @Transient override val extras: JsonObject = EmptyJsonObject,
) : Lossless {
    private val forward: Map<String, List<String>> by lazy { adjacency { it.fromEntityId to it.toEntityId } }
    private val backward: Map<String, List<String>> by lazy { adjacency { it.toEntityId to it.fromEntityId } }

    /** The asset or process with [guid], when the graph holds it. */
    public fun asset(guid: String): Asset? = guidEntityMap?.get(guid)

    /** GUIDs one edge downstream of [guid] (processes, or assets when processes are hidden or [guid] is a process). */
    public fun successors(guid: String): List<String> = forward[guid].orEmpty()

    /** GUIDs one edge upstream of [guid]. */
    public fun predecessors(guid: String): List<String> = backward[guid].orEmpty()

    /** Every asset downstream of [guid] (the base by default), nearest first, without the processes between them. */
    @JvmOverloads
    public fun downstream(guid: String = base()): List<Asset> = reachable(guid, forward)

    /** Every asset upstream of [guid] (the base by default), nearest first, without the processes between them. */
    @JvmOverloads
    public fun upstream(guid: String = base()): List<Asset> = reachable(guid, backward)

    /** Every path of GUIDs from [from] down to [to], processes included, each visiting a vertex once. */
    public fun paths(from: String, to: String): List<List<String>> {
        val found = ArrayList<List<String>>()
        fun extend(path: List<String>) {
            val last = path.last()
            if (last == to) {
                found += path
                return
            }
            for (next in successors(last)) if (next !in path) extend(path + next)
        }
        extend(listOf(from))
        return found
    }

    private fun base(): String = baseEntityGuid ?: throw IllegalStateException("This lineage graph names no baseEntityGuid: pass the GUID to start from")

    private fun reachable(start: String, edges: Map<String, List<String>>): List<Asset> {
        val seen = LinkedHashSet<String>().apply { add(start) }
        val queue = ArrayDeque(listOf(start))
        while (queue.isNotEmpty()) for (next in edges[queue.removeFirst()].orEmpty()) if (seen.add(next)) queue.addLast(next)
        return seen.drop(1).mapNotNull { asset(it) }.filter { it !is Process }
    }

    private fun adjacency(ends: (LineageRelation) -> Pair<String?, String?>): Map<String, List<String>> {
        val out = LinkedHashMap<String, MutableList<String>>()
        for (relation in relations.orEmpty()) {
            val (from, to) = ends(relation)
            if (from != null && to != null && to !in out.getOrPut(from) { ArrayList() }) out.getValue(from) += to
        }
        return out
    }

    internal object Serializer : LosslessSerializer<LineageGraph>(generatedSerializer()) {
        override fun withExtras(value: LineageGraph, extras: JsonObject) = value.copy(extras = extras)
    }
}
