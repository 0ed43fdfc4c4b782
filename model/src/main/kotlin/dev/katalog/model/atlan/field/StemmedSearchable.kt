package dev.katalog.model.atlan.field

import dev.katalog.model.atlan.search.Query
import kotlinx.serialization.json.JsonPrimitive

/** Full-text matching on a stemmed sub-field, so `ordering` finds `orders`. */
public interface StemmedSearchable : AttributeHandle {
    /** The stemmed index field, e.g. `name.stemmed`. */
    public val stemmedField: String

    /** Full-text match of the stems of [text]. */
    public infix fun matchStemmed(text: String): Query = Query.Match(stemmedField, JsonPrimitive(text))
}
