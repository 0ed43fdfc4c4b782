package dev.katalog.client.openmetadata.search

import dev.katalog.dsl.search.InvalidSearchException
import dev.katalog.model.atlan.search.Query
import dev.katalog.model.json.KatalogJson
import dev.katalog.model.openmetadata.kinds.EntityKind
import kotlinx.serialization.json.JsonObject

/**
 * A search of one OpenMetadata index through `/search/query`: free [text] (query-string syntax) narrowed by
 * filters built from the same [Query] tree and field handles as Atlan searches, sent as `query_filter`. As in
 * OpenMetadata 1.4, a search of glossary terms finds Approved ones only: list Draft ones through `entities.list`.
 *
 * ```
 * om.search.page(EntityKinds.TABLE) { text("orders"); where(OpenMetadataFields.SERVICE eq "warehouse"); size(20) }
 * ```
 */
@OpenMetadataSearchDsl
public class OpenMetadataSearch internal constructor(private val kind: EntityKind<*>) {
    private var text: String = "*"
    private val filters = ArrayList<Query>()
    private val exclusions = ArrayList<Query>()
    private var offset = 0
    private var pageSize = 10
    private var sortField: String? = null
    private var descending = true
    private var includeDeleted = false
    private var trackTotalHits = true

    /** Free text in query-string syntax over the index's text fields; `*` (the default) matches everything. */
    public fun text(query: String): OpenMetadataSearch = apply { text = query.ifBlank { "*" } }

    /** Results must match [query]. */
    public fun where(query: Query): OpenMetadataSearch = apply { filters += query }

    /** Results must not match [query]. */
    public fun whereNot(query: Query): OpenMetadataSearch = apply { exclusions += query }

    /** Skip the first [offset] results. */
    public fun from(offset: Int): OpenMetadataSearch = apply {
        if (offset < 0) throw InvalidSearchException("from must be 0 or more, was $offset")
        this.offset = offset
    }

    /** Results per page (10 by default, as OpenMetadata's). */
    public fun size(count: Int): OpenMetadataSearch = apply {
        if (count < 0) throw InvalidSearchException("size must be 0 or more, was $count")
        pageSize = count
    }

    /** Sort by the keyword or numeric [field], descending unless [ascending]; by relevance when not set. */
    public fun sortBy(field: String, ascending: Boolean = false): OpenMetadataSearch = apply {
        if (field.isBlank()) throw InvalidSearchException("sortBy needs a field name, e.g. name.keyword")
        sortField = field
        descending = !ascending
    }

    /** Search soft-deleted entities instead of live ones. */
    public fun deleted(value: Boolean = true): OpenMetadataSearch = apply { includeDeleted = value }

    /** Whether the server counts every match (true by default) or stops at 10,000. */
    public fun trackTotalHits(value: Boolean): OpenMetadataSearch = apply { trackTotalHits = value }

    /** The query parameters of `GET /search/query`. */
    internal fun parameters(): List<Pair<String, String>> = buildList {
        add("q" to text)
        add("index" to kind.searchIndex)
        add("from" to offset.toString())
        add("size" to pageSize.toString())
        add("deleted" to includeDeleted.toString())
        add("track_total_hits" to trackTotalHits.toString())
        sortField?.let { add("sort_field" to it); add("sort_order" to if (descending) "desc" else "asc") }
        queryFilter()?.let { add("query_filter" to it) }
    }

    /**
     * The `query_filter` JSON, `{"query":{"bool":{…}}}`, or null without filters. Always well-formed: OpenMetadata
     * 1.4 ignores a `query_filter` it cannot parse and answers unfiltered, so a broken one must never leave here.
     */
    internal fun queryFilter(): String? {
        if (filters.isEmpty() && exclusions.isEmpty()) return null
        val bool = Query.Bool(filter = filters.toList().ifEmpty { null }, mustNot = exclusions.toList().ifEmpty { null })
        return JsonObject(mapOf("query" to KatalogJson.encodeToElement(Query.serializer(), bool))).toString()
    }
}

/** Keeps a search block from reaching outer receivers. */
@DslMarker
public annotation class OpenMetadataSearchDsl
