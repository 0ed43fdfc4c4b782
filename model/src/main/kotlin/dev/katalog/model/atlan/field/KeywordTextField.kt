package dev.katalog.model.atlan.field

/** An attribute indexed both as a keyword and as analyzed text, e.g. `qualifiedName`. */
public class KeywordTextField(
    override val attribute: String,
    override val keywordField: String,
    override val textField: String,
) : KeywordSearchable, TextSearchable {
    override fun toString(): String = attribute
}
