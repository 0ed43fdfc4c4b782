package dev.katalog.model.atlan.typedef

/**
 * How the search index keeps one attribute: its [base] field (named as the attribute) and the
 * [subFields] (`<attribute>.<suffix>`). [isDate] marks numeric fields that hold epoch milliseconds.
 */
public data class AttributeIndex(
    val attribute: String,
    val base: IndexField,
    val subFields: List<IndexField>,
    val isDate: Boolean = false,
) {
    /** The base field and then the sub-fields. */
    public val fields: List<IndexField> get() = listOf(base) + subFields

    /** The field exact-value queries use: the base keyword, else a keyword sub-field. */
    public val keyword: IndexField? get() = fields.firstOrNull { it.isKeyword }

    /** The field full-text queries use: the base text, else a text sub-field other than the stemmed one. */
    public val text: IndexField? get() = if (base.isText) base else subFields.firstOrNull { it.isText && it.name != "$attribute.stemmed" }

    /** The stemmed text sub-field, when there is one. */
    public val stemmed: IndexField? get() = subFields.firstOrNull { it.isText && it.name == "$attribute.stemmed" }

    /** The `rank_feature` sub-field, when there is one. */
    public val rank: IndexField? get() = subFields.firstOrNull { it.type == "rank_feature" }
}
