package dev.katalog.model.atlan.field

import dev.katalog.model.atlan.search.Query
import kotlinx.serialization.json.JsonPrimitive

/** Full-text operators on an analyzed index field. */
public interface TextSearchable : AttributeHandle {
    /** The text index field, e.g. `name`. */
    public val textField: String

    /** Full-text match of the words of [text] (analyzed, never parsed as query syntax). */
    public infix fun match(text: String): Query = Query.Match(textField, JsonPrimitive(text))

    /** The words of [phrase], in order. */
    public infix fun matchPhrase(phrase: String): Query = Query.MatchPhrase(textField, phrase)
}
