package dev.katalog.dsl.lineage

import dev.katalog.model.atlan.api.LineageCriterion
import dev.katalog.model.atlan.api.LineageDirection
import dev.katalog.model.atlan.api.LineageFilterList
import dev.katalog.model.atlan.api.LineageListRequest
import dev.katalog.model.atlan.api.LineageOperator
import dev.katalog.model.atlan.field.AttributeHandle

/**
 * Builds a lineage query (`POST /api/meta/lineage/list`) from the asset [startGuid], in the style of the search DSL:
 * direction ([downstream] by default, [upstream], or [bothWays]), [depth] in hops (asset → process → asset; all of
 * them by default), [pageSize], [immediateNeighbours], attributes to return ([include], [includeOnRelations]),
 * tags and terms ([excludeClassifications], [excludeMeanings]), and filters:
 * - [whereAssets]: the walk stops at assets (not processes) failing these conditions;
 * - [whereProcesses]: the walk stops at processes failing these conditions;
 * - [includeInResults]: only vertices passing these are listed, the walk goes on through the others.
 * Each filter's conditions must all hold, or any one ([assetsMatch], [processesMatch], [resultsMatch]).
 * Defaults are those of Atlan's SDKs: downstream, depth 1,000,000, 10 per page, no terms nor tags on results.
 */
public class FluentLineage private constructor(public val startGuid: String) {
    private var direction: LineageDirection = LineageDirection.DOWNSTREAM
    private var both = false
    private var depth = ALL_HOPS
    private var size = DEFAULT_PAGE_SIZE
    private var immediateNeighbours = false
    private var excludeMeanings = true
    private var excludeClassifications = true
    private val attributes = LinkedHashSet<String>()
    private val relationAttributes = LinkedHashSet<String>()
    private val assets = ArrayList<LineageCondition>()
    private val processes = ArrayList<LineageCondition>()
    private val results = ArrayList<LineageCondition>()
    private var assetsMatch = LineageMatch.ALL
    private var processesMatch = LineageMatch.ALL
    private var resultsMatch = LineageMatch.ALL

    public fun downstream(): FluentLineage = apply { direction = LineageDirection.DOWNSTREAM; both = false }
    public fun upstream(): FluentLineage = apply { direction = LineageDirection.UPSTREAM; both = false }

    /** Upstream, then downstream: two walks, one after the other. */
    public fun bothWays(): FluentLineage = apply { both = true }
    public fun direction(direction: LineageDirection): FluentLineage = apply { this.direction = direction; both = false }

    /** How many hops (asset → process → asset) to walk; 1 lists the immediate neighbours and their processes. */
    public fun depth(hops: Int): FluentLineage = apply {
        if (hops < 1) throw InvalidLineageException("Lineage from $startGuid: depth must be at least 1 hop, was $hops: use depth(1) for the immediate neighbours, or leave it out for all hops")
        depth = hops
    }

    /** Results per page (10 by default). */
    public fun pageSize(count: Int): FluentLineage = apply {
        if (count < 1) throw InvalidLineageException("Lineage from $startGuid: pageSize must be at least 1, was $count")
        size = count
    }

    /** List the starting asset too, and each result's immediate upstream and downstream assets. */
    @JvmOverloads
    public fun immediateNeighbours(include: Boolean = true): FluentLineage = apply { immediateNeighbours = include }
    public fun excludeMeanings(exclude: Boolean): FluentLineage = apply { excludeMeanings = exclude }
    public fun excludeClassifications(exclude: Boolean): FluentLineage = apply { excludeClassifications = exclude }

    public fun include(vararg handles: AttributeHandle): FluentLineage = apply { handles.mapTo(attributes) { it.attribute } }
    public fun include(vararg attributeNames: String): FluentLineage = apply { attributes += attributeNames }
    public fun includeOnRelations(vararg handles: AttributeHandle): FluentLineage = apply { handles.mapTo(relationAttributes) { it.attribute } }

    public fun whereAssets(condition: LineageCondition): FluentLineage = apply { assets += condition }
    public fun whereProcesses(condition: LineageCondition): FluentLineage = apply { processes += condition }
    public fun includeInResults(condition: LineageCondition): FluentLineage = apply { results += condition }
    public fun assetsMatch(match: LineageMatch): FluentLineage = apply { assetsMatch = match }
    public fun processesMatch(match: LineageMatch): FluentLineage = apply { processesMatch = match }
    public fun resultsMatch(match: LineageMatch): FluentLineage = apply { resultsMatch = match }

    /** True when this query walks both ways: send [toRequests]. */
    public val isBothWays: Boolean get() = both

    /** The request of a one-way query; [toRequests] for a query walking both ways. */
    public fun toRequest(): LineageListRequest {
        if (both) throw InvalidLineageException("Lineage from $startGuid walks both ways, which is two requests: use toRequests(), or choose upstream() or downstream()")
        return request(direction)
    }

    /** The requests this query sends: one, or upstream then downstream for [bothWays]. */
    public fun toRequests(): List<LineageListRequest> =
        if (both) listOf(request(LineageDirection.UPSTREAM), request(LineageDirection.DOWNSTREAM)) else listOf(request(direction))

    private fun request(direction: LineageDirection): LineageListRequest {
        val walkFilters = listOfNotNull(
            assets.takeIf { it.isNotEmpty() }?.let { scoped(processOnly = false, it, assetsMatch) },
            processes.takeIf { it.isNotEmpty() }?.let { scoped(processOnly = true, it, processesMatch) },
        )
        return LineageListRequest(
            guid = startGuid,
            size = size,
            from = 0,
            depth = depth,
            direction = direction,
            entityFilters = results.takeIf { it.isNotEmpty() }?.let { LineageFilterList(condition(resultsMatch), it.map(LineageCondition::criterion)) },
            entityTraversalFilters = when (walkFilters.size) {
                0 -> null
                1 -> walkFilters.single()
                else -> LineageFilterList(LineageFilterList.Condition.AND, walkFilters.map { group -> LineageCriterion.group(group) })
            },
            attributes = attributes.toList().takeIf { it.isNotEmpty() },
            relationAttributes = relationAttributes.toList().takeIf { it.isNotEmpty() },
            excludeMeanings = excludeMeanings,
            excludeClassifications = excludeClassifications,
            immediateNeighbours = immediateNeighbours,
        )
    }

    /** Conditions that bind only processes ([processOnly]) or only other assets: the rest of the walk passes. */
    private fun scoped(processOnly: Boolean, conditions: List<LineageCondition>, match: LineageMatch): LineageFilterList {
        val own = LineageFilterList(condition(match), conditions.map(LineageCondition::criterion))
        val others = if (processOnly) notAProcess() else aProcess()
        return LineageFilterList(LineageFilterList.Condition.OR, listOf(LineageCriterion.group(others), LineageCriterion.group(own)))
    }

    private fun condition(match: LineageMatch) = if (match == LineageMatch.ALL) LineageFilterList.Condition.AND else LineageFilterList.Condition.OR

    public companion object {
        /** Depth that walks every hop, as Atlan's SDKs ask for it. */
        public const val ALL_HOPS: Int = 1_000_000
        public const val DEFAULT_PAGE_SIZE: Int = 10

        /** A lineage query from the asset with [guid]. */
        @JvmStatic
        public fun from(guid: String): FluentLineage {
            if (guid.isBlank()) throw InvalidLineageException("A lineage query needs the GUID of its starting asset: save the asset first and use its guid")
            return FluentLineage(guid)
        }

        private fun aProcess() = LineageFilterList(
            LineageFilterList.Condition.OR,
            listOf(LineageCriterion.of("__typeName", LineageOperator.EQ, "Process"), LineageCriterion.of("__superTypeNames", LineageOperator.EQ, "Process")),
        )

        private fun notAProcess() = LineageFilterList(
            LineageFilterList.Condition.AND,
            listOf(LineageCriterion.of("__typeName", LineageOperator.NEQ, "Process"), LineageCriterion.of("__superTypeNames", LineageOperator.NEQ, "Process")),
        )
    }
}
