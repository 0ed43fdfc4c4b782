package dev.katalog.local.openmetadata

import dev.katalog.local.error.CatalogException
import dev.katalog.local.json.obj
import dev.katalog.local.json.str
import kotlinx.serialization.SerializationException
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put
import kotlinx.serialization.json.putJsonArray
import kotlinx.serialization.json.putJsonObject

/**
 * `GET /api/v1/search/query`: `q` (query string syntax, `*` for everything) on OpenMetadata's index names, narrowed
 * by `query_filter` (`{"query":…}`, plus `aggs` when given) and `deleted` (false by default), answered with
 * OpenSearch's own response (`hits.total`, `hits.hits[]._source`, `sort`, `aggregations`).
 */
internal class OpenMetadataSearch(private val index: EntityIndex) {
    suspend fun query(parameters: Map<String, String>): JsonObject {
        val indices = indices(parameters["index"] ?: "table_search_index")
        val from = number(parameters, "from", 0)
        val size = number(parameters, "size", 10)
        val sortField = parameters["sort_field"]?.takeIf { it.isNotBlank() } ?: "_score"
        val sortOrder = (parameters["sort_order"] ?: "desc").lowercase()
        if (sortOrder != "asc" && sortOrder != "desc") throw OpenMetadataErrors.badRequest("sort_order must be asc or desc")
        val deleted = flag(parameters, "deleted", false)
        val filter = parameters["query_filter"]?.let(::queryFilter)
        val answer = search(indices, body(parameters, from, size, sortField, sortOrder, deleted, filter))
            // OpenMetadata 1.4 drops a query_filter its parser refuses and answers unfiltered (see queryFilter).
            .let { if (!it.ok && it.status in 400..499 && filter != null) search(indices, body(parameters, from, size, sortField, sortOrder, deleted, null)) else it }
        if (!answer.ok) {
            if (answer.status in 400..499) throw OpenMetadataErrors.badRequest("Search failed: ${answer.reason.take(500)}")
            throw CatalogException.Backend("Search backend failure: ${answer.reason}")
        }
        return publicIndexNames(answer.json)
    }

    private suspend fun search(indices: List<String>, body: JsonObject) = index.attempt(indices, body)

    private fun body(parameters: Map<String, String>, from: Int, size: Int, sortField: String, sortOrder: String, deleted: Boolean, filter: JsonObject?): JsonObject =
        buildJsonObject {
            putJsonObject("query") {
                putJsonObject("bool") {
                    putJsonArray("must") { add(textQuery(parameters["q"])) }
                    putJsonArray("filter") {
                        add(if (deleted) buildJsonObject { putJsonObject("term") { put("deleted", true) } } else EntityIndex.notDeleted())
                        filter?.get("query")?.let { add(it) }
                    }
                    // OpenMetadata 1.4's search of exactly glossary_term_search_index finds Approved terms only
                    // (ElasticSearchClient / OpenSearchClient search(), since open-metadata/OpenMetadata#13496).
                    if (parameters["index"].equals("glossary_term_search_index", ignoreCase = true)) putJsonArray("must_not") { add(UNAPPROVED_TERMS) }
                }
            }
            put("from", from)
            put("size", size)
            putJsonArray("sort") {
                add(buildJsonObject { putJsonObject(sortField) { put("order", sortOrder) } })
                // A stable tiebreak, so that paging with search_after on the returned sort values never skips.
                if (sortField != "id") add(buildJsonObject { putJsonObject("id") { put("order", "asc") } })
            }
            put("track_total_hits", flag(parameters, "track_total_hits", false))
            if (!flag(parameters, "fetch_source", true)) put("_source", false)
            (filter?.get("aggs") ?: filter?.get("aggregations"))?.let { put("aggs", it) }
            filter?.get("search_after")?.let { put("search_after", it) }
        }

    private fun indices(names: String): List<String> {
        val wanted = names.split(',').map { it.trim() }.filter { it.isNotEmpty() }
        val known = EntityKinds.searchIndices
        return wanted.flatMap { name ->
            when {
                name == "all" || name == "dataAsset" -> known
                name in known -> listOf(name)
                else -> listOf(
                    EntityKinds.ofType(name)?.searchIndex
                        ?: throw OpenMetadataErrors.badRequest("Unknown search index ${name.take(100)}: use one of ${known.joinToString(", ")} or all"),
                )
            }
        }.distinct().map { index.prefixed(it) }
    }

    private fun textQuery(q: String?): JsonObject {
        if (q.isNullOrBlank() || q.trim() == "*") return buildJsonObject { putJsonObject("match_all") {} }
        return buildJsonObject {
            putJsonObject("query_string") {
                put("query", q)
                putJsonArray("fields") {
                    for (field in TEXT_FIELDS) add(JsonPrimitive(field))
                }
                put("lenient", true)
            }
        }
    }

    /**
     * The filter of `query_filter`, or null when there is none or it is not `{"query":{…}}` JSON: OpenMetadata 1.4
     * (ElasticSearchClient / OpenSearchClient `search`) logs "Error parsing query_filter … ignoring filter" and answers
     * unfiltered instead of refusing it, and so does this catalog.
     */
    private fun queryFilter(text: String): JsonObject? {
        if (text.isBlank() || text.trim() == "{}") return null
        val parsed = try {
            Json.parseToJsonElement(text)
        } catch (e: SerializationException) {
            return null
        }
        val filter = parsed as? JsonObject ?: return null
        return filter.takeIf { it["query"] is JsonObject || it["aggs"] is JsonObject || it["aggregations"] is JsonObject }
    }

    private fun flag(parameters: Map<String, String>, name: String, default: Boolean): Boolean {
        val value = parameters[name] ?: return default
        return value.lowercase().toBooleanStrictOrNull() ?: throw OpenMetadataErrors.badRequest("$name must be true or false")
    }

    private fun number(parameters: Map<String, String>, name: String, default: Int): Int {
        val value = parameters[name] ?: return default
        return value.toIntOrNull()?.takeIf { it >= 0 } ?: throw OpenMetadataErrors.badRequest("$name must be a whole number of 0 or more")
    }

    // Hits name our prefixed indices; callers know OpenMetadata's names.
    private fun publicIndexNames(answer: JsonObject): JsonObject {
        val hits = answer.obj("hits") ?: return answer
        val list = hits["hits"] as? JsonArray ?: return answer
        val renamed = JsonArray(list.map { hit ->
            val o = hit.obj() ?: return@map hit
            val name = o.str("_index") ?: return@map hit
            JsonObject(o + ("_index" to JsonPrimitive(index.publicName(name))))
        })
        return JsonObject(answer + ("hits" to JsonObject(hits + ("hits" to renamed))))
    }

    private companion object {
        val UNAPPROVED_TERMS: JsonObject = buildJsonObject {
            putJsonObject("bool") {
                putJsonArray("filter") { add(EntityIndex.term("entityType", "glossaryTerm")) }
                putJsonArray("must_not") { add(EntityIndex.term("status", "Approved")) }
            }
        }
        val TEXT_FIELDS = listOf("name^10", "displayName^5", "fullyQualifiedName^3", "description", "columns.name^2", "synonyms", "email", "tags.tagFQN")
    }
}

