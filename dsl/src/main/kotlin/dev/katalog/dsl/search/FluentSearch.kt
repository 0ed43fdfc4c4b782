package dev.katalog.dsl.search

import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.AssetType
import dev.katalog.model.atlan.asset.AtlanTypes
import dev.katalog.model.atlan.field.AttributeHandle
import dev.katalog.model.atlan.search.Aggregation
import dev.katalog.model.atlan.search.IndexSearchRequest
import dev.katalog.model.atlan.search.Query
import dev.katalog.model.atlan.search.RequestMetadata
import dev.katalog.model.atlan.search.SearchDsl
import dev.katalog.model.atlan.search.SortItem
import kotlinx.serialization.json.JsonPrimitive

/**
 * Builds an Atlan index search: filters (`where`), exclusions (`whereNot`), alternatives (`whereSome`
 * with `minSomes`), paging, sorting, attributes to return and aggregations. The same builder serves the
 * Kotlin DSL (`search { … }`, `Table.search { … }`) and Java (`FluentSearch.select(Table.class).where(…).toRequest()`).
 *
 * Unless a status is chosen ([active], [archived], [includeArchived]), only active assets are searched,
 * and that filter comes first. The sort always ends with `__guid` ascending so that paging is stable.
 */
@SearchDslMarker
public class FluentSearch private constructor(type: AssetType<*>?) {
    private val filters = ArrayList<Query>()
    private val mustNots = ArrayList<Query>()
    private val shoulds = ArrayList<Query>()
    private var minSomes: Int? = null
    private var statusChosen = false
    private var size = DEFAULT_PAGE_SIZE
    private var offset = 0
    private val sorts = ArrayList<SortItem>()
    private val attributes = LinkedHashSet<String>()
    private val relationAttributes = LinkedHashSet<String>()
    private val aggregations = LinkedHashMap<String, Aggregation>()

    init {
        if (type != null) filters += Asset.TYPE_NAME eq type.typeName
    }

    /** Results must match [query] (a `bool` filter: no scoring). */
    public fun where(query: Query): FluentSearch = apply { filters += query }

    /**
     * Results must not match [query]: it joins the search's own `must_not` list as it is, as pyatlan's
     * `FluentSearch.where_not` does (not negated with [not], which would rewrite a bool clause by clause).
     */
    public fun whereNot(query: Query): FluentSearch = apply { mustNots += query }

    /** Results should match [query]; at least [minSomes] of these alternatives must match (1 by default). */
    public fun whereSome(query: Query): FluentSearch = apply { shoulds += query }

    /** How many of the [whereSome] alternatives must match. */
    public fun minSomes(count: Int): FluentSearch = apply {
        if (count < 1) throw InvalidSearchException("minSomes must be at least 1, was $count: drop whereSome clauses instead")
        minSomes = count
    }

    /** Results per page (300 by default; 0 for aggregations only). */
    public fun pageSize(count: Int): FluentSearch = apply {
        if (count < 0) throw InvalidSearchException("pageSize must be 0 or more, was $count")
        size = count
    }

    /** Index of the first result to return. */
    public fun from(index: Int): FluentSearch = apply {
        if (index < 0) throw InvalidSearchException("from must be 0 or more, was $index")
        offset = index
    }

    /** Sort by [items], in order; `__guid` ascending is always added last. */
    public fun sort(vararg items: SortItem): FluentSearch = apply { sorts += items }

    /** Return these attributes on each result. */
    public fun include(vararg handles: AttributeHandle): FluentSearch = apply { handles.mapTo(attributes) { it.attribute } }

    /** Return these attributes, by Atlan name, on each result. */
    public fun include(vararg attributeNames: String): FluentSearch = apply { attributes += attributeNames }

    /** Return these attributes on the assets each result refers to. */
    public fun includeOnRelations(vararg handles: AttributeHandle): FluentSearch =
        apply { handles.mapTo(relationAttributes) { it.attribute } }

    /** Return these attributes, by Atlan name, on the assets each result refers to. */
    public fun includeOnRelations(vararg attributeNames: String): FluentSearch = apply { relationAttributes += attributeNames }

    /** Compute [aggregation] over the results, answered under [name]. */
    public fun aggregate(name: String, aggregation: Aggregation): FluentSearch = apply {
        if (name.isBlank()) throw InvalidSearchException("An aggregation needs a non-blank name")
        if (aggregations.put(name, aggregation) != null) throw InvalidSearchException("Aggregation \"$name\" is defined twice: use distinct names")
    }

    /** Only active assets (the default), with the filter at this point of the clause order. */
    public fun active(): FluentSearch = status("ACTIVE")

    /** Only archived (soft-deleted) assets. */
    public fun archived(): FluentSearch = status("DELETED")

    /** Active and archived assets alike. */
    public fun includeArchived(): FluentSearch = apply { statusChosen = true }

    /** Only assets of [type] (exactly that type). */
    public fun assetType(type: AssetType<*>): FluentSearch = where(Asset.TYPE_NAME eq type.typeName)

    /** Only assets of any of [types]. */
    public fun assetTypes(vararg types: AssetType<*>): FluentSearch {
        if (types.isEmpty()) throw InvalidSearchException("assetTypes() needs at least one type")
        return where(Asset.TYPE_NAME within types.map { it.typeName })
    }

    /** Only assets of [type] or any of its subtypes. */
    public fun superType(type: AssetType<*>): FluentSearch = where(Asset.SUPER_TYPE_NAMES eq type.typeName)

    /**
     * Only assets carrying any of the Atlan tags [names] (display names: the client translates them), put on the
     * asset itself or propagated to it from another, as pyatlan's `FluentSearch.tagged` asks (operation vector
     * `search-tagged`).
     */
    public fun tagged(vararg names: String): FluentSearch {
        val tags = tagValues(names, "tagged")
        return where(Query.Bool(should = listOf(Query.Terms(Asset.ATLAN_TAGS.keywordField, tags), Query.Terms(Asset.PROPAGATED_ATLAN_TAGS.keywordField, tags)), minimumShouldMatch = JsonPrimitive(1)))
    }

    /** Only assets carrying any of the Atlan tags [names] (display names) put on the asset itself, not propagated. */
    public fun taggedDirectly(vararg names: String): FluentSearch = where(Query.Terms(Asset.ATLAN_TAGS.keywordField, tagValues(names, "taggedDirectly")))

    private fun tagValues(names: Array<out String>, function: String): List<JsonPrimitive> {
        if (names.isEmpty() || names.any { it.isBlank() }) throw InvalidSearchException("$function() needs one or more tag names, none blank")
        return names.map(::JsonPrimitive)
    }

    /** Only assets with lineage. */
    public fun withLineage(): FluentSearch = where(Asset.HAS_LINEAGE eq true)

    private fun status(state: String): FluentSearch = apply {
        statusChosen = true
        filters += Asset.STATUS eq state
    }

    /** The request this search compiles to. */
    public fun toRequest(): IndexSearchRequest {
        if (offset.toLong() + size > MAX_WINDOW) {
            throw InvalidSearchException("from + pageSize is ${offset.toLong() + size}, over the index's window of $MAX_WINDOW: page with the client's streaming search instead")
        }
        if (minSomes != null && shoulds.isEmpty()) throw InvalidSearchException("minSomes is set but there is no whereSome clause")
        if (minSomes != null && minSomes!! > shoulds.size) {
            throw InvalidSearchException("minSomes is $minSomes but there are only ${shoulds.size} whereSome clauses: no result could match")
        }
        val allFilters = if (statusChosen) filters.toList() else listOf(Asset.STATUS eq "ACTIVE") + filters
        val query = Query.Bool(
            mustNot = mustNots.toList().ifEmpty { null },
            should = shoulds.toList().ifEmpty { null },
            filter = allFilters.ifEmpty { null },
            minimumShouldMatch = if (shoulds.isEmpty()) null else JsonPrimitive(minSomes ?: 1),
        )
        val dsl = SearchDsl.builder()
            .from(offset)
            .size(size)
            .aggregations(aggregations.toMap())
            .trackTotalHits(true)
            .query(if (allFilters.isEmpty() && mustNots.isEmpty() && shoulds.isEmpty()) Query.MatchAll() else query)
            .sort(sorts.filter { it != SortItem.BY_GUID } + SortItem.BY_GUID)
            .build()
        return IndexSearchRequest.builder(dsl)
            .attributes(attributes.toList().ifEmpty { null })
            .relationAttributes(relationAttributes.toList().ifEmpty { null })
            .requestMetadata(RequestMetadata.builder().saveSearchLog(false).utmTags(listOf(UTM_TAG)).build())
            .build()
    }

    public companion object {
        /** Results per page unless [pageSize] says otherwise. */
        public const val DEFAULT_PAGE_SIZE: Int = 300

        /** The largest `from + size` the index answers. */
        public const val MAX_WINDOW: Int = 100_000

        /** How the SDK names itself in `requestMetadata.utmTags`. */
        public const val UTM_TAG: String = "project_sdk_katalog"

        /** A search over any asset (active ones unless a status is chosen). */
        @JvmStatic
        public fun select(): FluentSearch = FluentSearch(null)

        /** A search over assets of [type] (active ones unless a status is chosen). */
        @JvmStatic
        public fun select(type: AssetType<*>): FluentSearch = FluentSearch(type)

        /** A search over assets of the generated type [type], e.g. `Table.class`. */
        @JvmStatic
        public fun select(type: Class<out Asset>): FluentSearch = FluentSearch(AtlanTypes.forClass(type))
    }
}
