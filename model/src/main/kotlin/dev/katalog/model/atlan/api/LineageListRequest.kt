package dev.katalog.model.atlan.api

import kotlinx.serialization.SerialName
import kotlinx.serialization.Serializable

/**
 * The body of `POST /api/meta/lineage/list`: from the asset [guid], up to [depth] hops (a hop is asset → process →
 * asset) in [direction], [size] results from [from]. [entityFilters] choose which assets are listed (the others are
 * still walked through); [entityTraversalFilters] and [relationshipTraversalFilters] stop the walk at assets or
 * relationships that fail them. Build it with the lineage DSL (`FluentLineage`); unset fields are not sent.
 */
@Serializable
public data class LineageListRequest(
    val guid: String,
    val size: Int? = null,
    val from: Int? = null,
    val depth: Int? = null,
    val direction: LineageDirection? = null,
    val entityFilters: LineageFilterList? = null,
    val entityTraversalFilters: LineageFilterList? = null,
    val relationshipTraversalFilters: LineageFilterList? = null,
    val attributes: List<String>? = null,
    val relationAttributes: List<String>? = null,
    val excludeMeanings: Boolean? = null,
    val excludeClassifications: Boolean? = null,
    @SerialName("immediateNeighbours") val immediateNeighbours: Boolean? = null,
)
