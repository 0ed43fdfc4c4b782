package dev.katalog.local.store

import dev.katalog.local.json.orEmpty
import dev.katalog.model.atlan.typedef.IndexField
import dev.katalog.model.atlan.typedef.IndexFieldRule
import dev.katalog.model.atlan.typedef.InternalFields
import dev.katalog.model.atlan.typedef.TypeDefResponse
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put
import kotlinx.serialization.json.putJsonObject

/**
 * The asset index's settings and mapping, derived from the type definitions with [IndexFieldRule] (the
 * rule the SDK's search fields come from) plus [InternalFields.indexFields] and the catalog's own
 * bookkeeping fields, analysed with Atlan's own settings ([AtlanAnalysis]). Attributes nothing declares are kept in
 * the document but not indexed.
 */
internal class IndexMapping(private val typeDefs: TypeDefResponse) {
    /** A mapped field: its base type and settings, and its sub-fields by suffix. */
    class Field(var base: IndexField, val subFields: LinkedHashMap<String, IndexField> = LinkedHashMap())

    private val rule = IndexFieldRule(typeDefs)

    val fields: Map<String, Field> = buildFields(typeDefs)

    /**
     * Mapping properties for custom metadata sets. Each attribute is a top-level field named by its hashed name,
     * as Atlan's SDKs search it (pyatlan 9.10.3, operation vector `search-cm`: `exists` on the attribute's hashed
     * name); each set is also an object field holding its attributes, so `<set>.<attribute>` is searchable too.
     */
    fun businessMetadataProperties(defs: List<dev.katalog.model.atlan.typedef.TypeDef>): JsonObject = buildJsonObject {
        for (set in defs) {
            val setName = set.name ?: continue
            val fields = set.attributeDefs.orEmpty().mapNotNull { attribute ->
                val index = rule.indexOf(attribute) ?: return@mapNotNull null
                attribute.name to fieldJson(Field(index.base, LinkedHashMap(index.subFields.associateBy { it.name.removePrefix(index.attribute + ".") })))
            }
            for ((name, field) in fields) put(name, field)
            putJsonObject(setName) { putJsonObject("properties") { for ((name, field) in fields) put(name, field) } }
        }
    }

    /** Whether custom metadata [attribute] of a set gets an index field. */
    fun indexes(attribute: dev.katalog.model.atlan.typedef.AttributeDef): Boolean = rule.indexOf(attribute) != null

    /** The fields a document may carry at its top level, with their base type. */
    fun baseType(name: String): String? = fields[name]?.base?.type

    fun settingsAndMappings(): JsonObject = buildJsonObject {
        putJsonObject("settings") {
            put("number_of_shards", 1)
            put("number_of_replicas", 0)
            put("max_result_window", MAX_RESULT_WINDOW)
            put("mapping.total_fields.limit", 20000)
            // Refreshed when a search needs it, never on a timer: between searches, writes build one segment, not one a second.
            put("refresh_interval", REFRESH_INTERVAL)
            // Stored in `__guid` order, the order every SDK search ends its sort with (pyatlan's FluentSearch and ours add
            // it to page stably): a page deep into a search is then collected in index order instead of sorting every
            // match up to `from`, 2–3 times faster at `from` 15,000 of 30,000. Answers are the same; only hits that tie
            // in an unsorted search come in `__guid` order rather than in the order they were written.
            put("sort.field", "__guid")
            put("sort.order", "asc")
            put("similarity", AtlanAnalysis.similarity)
            put("analysis", AtlanAnalysis.analysis)
        }
        putJsonObject("mappings") {
            // Unknown attributes stay in the stored document but get no index field (no mapping explosions).
            put("dynamic", false)
            // The analysis version this index was built with; an index from an older one is rebuilt at start.
            putJsonObject("_meta") { put(VERSION_KEY, AtlanAnalysis.VERSION) }
            putJsonObject("properties") {
                for ((name, field) in fields) put(name, fieldJson(field))
                for ((name, set) in businessMetadataProperties(typeDefs.businessMetadataDefs.orEmpty())) put(name, set)
                putJsonObject(ENTITY) { put("type", "object"); put("enabled", false) }
            }
        }
    }

    private fun fieldJson(field: Field): JsonObject = buildJsonObject {
        putType(field.base)
        if (field.subFields.isNotEmpty()) putJsonObject("fields") {
            for ((suffix, sub) in field.subFields) put(suffix, buildJsonObject { putType(sub) })
        }
    }

    private fun kotlinx.serialization.json.JsonObjectBuilder.putType(field: IndexField) {
        // rank_feature rejects zero and negative values that assets legitimately carry; a float keeps them sortable.
        val type = if (field.type == "rank_feature") "float" else field.type
        put("type", type)
        for ((k, v) in field.settings) {
            val allowed = when (type) {
                "text" -> k == "analyzer" || k == "search_analyzer"
                "keyword" -> k == "normalizer" || k == "ignore_above"
                "date" -> k == "format"
                else -> false
            }
            if (allowed) put(k, v)
        }
        if (type == "keyword" && "ignore_above" !in field.settings) put("ignore_above", 32766)
    }

    private fun buildFields(typeDefs: TypeDefResponse): Map<String, Field> {
        val out = LinkedHashMap<String, Field>()
        val attributes = typeDefs.entityDefs.orEmpty().flatMap { it.attributeDefs.orEmpty() }
        for (attribute in attributes) {
            val index = rule.indexOf(attribute) ?: continue
            merge(out, index.base, index.subFields.associateBy { it.name.removePrefix(index.attribute + ".") })
        }
        for (internal in InternalFields.indexFields + OWN_FIELDS) {
            val dot = internal.name.indexOf('.')
            if (dot < 0) merge(out, internal, emptyMap())
            else {
                val parent = internal.name.substring(0, dot)
                val suffix = internal.name.substring(dot + 1)
                val field = out.getOrPut(parent) { Field(IndexField(parent, "keyword")) }
                field.subFields.putIfAbsent(suffix, internal.copy(name = internal.name))
            }
        }
        return out
    }

    // Two types may declare one attribute differently: a keyword base wins, numbers widen, sub-fields are united.
    private fun merge(out: MutableMap<String, Field>, base: IndexField, subs: Map<String, IndexField>) {
        val existing = out[base.name]
        if (existing == null) {
            out[base.name] = Field(base, LinkedHashMap(subs))
            return
        }
        if (base.type != existing.base.type) {
            when {
                base.isKeyword -> existing.base = base
                // Numbers of different widths share the widest, so every declaration's values fit.
                base.isNumeric && existing.base.isNumeric && NUMERIC_WIDTH.indexOf(base.type) > NUMERIC_WIDTH.indexOf(existing.base.type) -> existing.base = base
            }
        }
        for ((suffix, sub) in subs) existing.subFields.putIfAbsent(suffix, sub)
    }

    companion object {
        const val MAX_RESULT_WINDOW = 100_000
        const val REFRESH_INTERVAL = "-1"
        /** The `_meta` entry of the mapping that records [AtlanAnalysis.VERSION]. */
        const val VERSION_KEY = "katalogAnalysisVersion"
        private val NUMERIC_WIDTH = listOf("integer", "long", "float", "double")
        /** The stored entity, returned by reads and searches; never indexed. */
        const val ENTITY = "__entity"
        /** `typeName|qualifiedName`, the upsert key. */
        const val KEY = "__key"
        /** `<inverse attribute>:<target guid>` for each relationship this document holds. */
        const val RELATIONS = "__rel"
        /** The guids this document's relationships point to. */
        const val RELATION_TARGETS = "__relTargets"
        const val HAS_LINEAGE = "__hasLineage"

        private val OWN_FIELDS = listOf(
            IndexField(KEY, "keyword"), IndexField(RELATIONS, "keyword"), IndexField(RELATION_TARGETS, "keyword"),
            IndexField(HAS_LINEAGE, "boolean"), IndexField("__labels", "keyword"),
        )
    }
}
