package dev.katalog.model.atlan.field

/** An attribute indexed as a keyword, as text and as stemmed text, e.g. `name`. */
public class KeywordTextStemmedField(
    override val attribute: String,
    override val keywordField: String,
    override val textField: String,
    override val stemmedField: String,
) : KeywordSearchable, TextSearchable, StemmedSearchable {
    override fun toString(): String = attribute
}
