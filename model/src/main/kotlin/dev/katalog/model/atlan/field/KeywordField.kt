package dev.katalog.model.atlan.field

/** An attribute indexed as a keyword only, e.g. `connectorName`. */
public class KeywordField(
    override val attribute: String,
    override val keywordField: String,
) : KeywordSearchable {
    override fun toString(): String = attribute
}
