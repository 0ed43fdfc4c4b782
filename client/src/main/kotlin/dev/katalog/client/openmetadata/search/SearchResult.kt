package dev.katalog.client.openmetadata.search

import dev.katalog.model.openmetadata.OpenMetadataEntity
import kotlinx.serialization.json.JsonObject

/**
 * One page of a search: the matching entities decoded from the hits' `_source`, in order, the [total] number
 * of matches (when the server counted them), and the [raw] Elasticsearch answer for anything else (aggregations…).
 */
public class SearchResult<E : OpenMetadataEntity> internal constructor(
    public val hits: List<E>,
    public val total: Long?,
    public val raw: JsonObject,
) {
    /** The aggregations the query asked for, as the server answered them; empty when none. */
    public val aggregations: JsonObject get() = raw["aggregations"] as? JsonObject ?: JsonObject(emptyMap())

    override fun toString(): String = "SearchResult(hits=${hits.size}, total=$total)"
}
