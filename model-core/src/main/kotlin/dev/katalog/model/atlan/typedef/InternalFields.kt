package dev.katalog.model.atlan.typedef

import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/**
 * The index fields Atlan maintains itself (not in any type definition): the `__` fields of the
 * contract, and the search handles over them. The local catalog maps and fills these; the generator
 * turns [handles] into constants such as `Asset.TYPE_NAME`.
 */
public object InternalFields {
    /**
     * Every internal index field, for the index mapping, with the analysis Atlan gives it
     * (atlanhq/atlas-metastore, `GraphBackedSearchIndexer.java`: the `createCommonVertexIndex` calls).
     */
    public val indexFields: List<IndexField> = listOf(
        IndexField("__typeName", "text"), IndexField("__typeName.keyword", "keyword", NORMALIZED),
        IndexField("__superTypeNames", "text"), IndexField("__superTypeNames.keyword", "keyword", NORMALIZED),
        IndexField("__qualifiedNameHierarchy", "keyword"),
        IndexField("__guid", "keyword"), IndexField("__state", "keyword"),
        IndexField("__createdBy", "keyword"), IndexField("__modifiedBy", "keyword"),
        IndexField("__timestamp", "long"), IndexField("__timestamp.date", "date", EPOCH_MILLIS),
        IndexField("__modificationTimestamp", "long"), IndexField("__modificationTimestamp.date", "date", EPOCH_MILLIS),
        IndexField("__traitNames", "keyword"), IndexField("__propagatedTraitNames", "keyword"),
        IndexField("__classificationsText", "text"), IndexField("__classificationsText.text", "text", analyzer("whitespace")),
        IndexField("__meanings", "keyword"), IndexField("__meaningsText", "text", analyzer("atlan_text_comma_analyzer")),
        IndexField("__meaningNames", "keyword", NORMALIZED), IndexField("__meaningNames.text", "text", analyzer("atlan_glossary_analyzer")),
        IndexField("__glossary", "keyword"), IndexField("__categories", "keyword"), IndexField("__parentCategory", "keyword"),
    )

    private val NORMALIZED: JsonObject get() = JsonObject(mapOf("normalizer" to JsonPrimitive("atlan_normalizer")))

    private val EPOCH_MILLIS: JsonObject get() = JsonObject(mapOf("format" to JsonPrimitive("epoch_millis")))

    private fun analyzer(name: String): JsonObject = JsonObject(mapOf("analyzer" to JsonPrimitive(name)))

    /** Search handles over internal fields, each on the type whose instances carry it. */
    public val handles: List<InternalHandle> = listOf(
        InternalHandle("TYPE_NAME", "typeName", "Referenceable", keyword = "__typeName.keyword", text = "__typeName"),
        InternalHandle("SUPER_TYPE_NAMES", "typeName", "Referenceable", keyword = "__superTypeNames.keyword", text = "__superTypeNames"),
        InternalHandle("GUID", "guid", "Referenceable", keyword = "__guid"),
        InternalHandle("STATUS", "status", "Referenceable", keyword = "__state"),
        InternalHandle("CREATED_BY", "createdBy", "Referenceable", keyword = "__createdBy"),
        InternalHandle("UPDATED_BY", "updatedBy", "Referenceable", keyword = "__modifiedBy"),
        InternalHandle("CREATE_TIME", "createTime", "Referenceable", date = "__timestamp"),
        InternalHandle("UPDATE_TIME", "updateTime", "Referenceable", date = "__modificationTimestamp"),
        InternalHandle("ATLAN_TAGS", "classificationNames", "Referenceable", keyword = "__traitNames", text = "__classificationsText"),
        InternalHandle("PROPAGATED_ATLAN_TAGS", "classificationNames", "Referenceable", keyword = "__propagatedTraitNames", text = "__classificationsText"),
        InternalHandle("ASSIGNED_TERMS", "meanings", "Referenceable", keyword = "__meanings", text = "__meaningsText"),
        InternalHandle("ANCHOR", "anchor", "AtlasGlossaryTerm", keyword = "__glossary"),
        InternalHandle("CATEGORIES", "categories", "AtlasGlossaryTerm", keyword = "__categories"),
        InternalHandle("ANCHOR", "anchor", "AtlasGlossaryCategory", keyword = "__glossary"),
        InternalHandle("PARENT_CATEGORY", "parentCategory", "AtlasGlossaryCategory", keyword = "__parentCategory"),
    )
}

/** A search handle over internal fields: a [keyword] and/or [text] field, or a [date] field. */
public data class InternalHandle(
    val constant: String,
    val attribute: String,
    val ownerType: String,
    val keyword: String? = null,
    val text: String? = null,
    val date: String? = null,
)
