package dev.katalog.model.atlan.field

import dev.katalog.model.atlan.search.Query
import kotlinx.serialization.json.JsonPrimitive

/** Truth-value operators on a boolean index field. */
public interface BooleanSearchable : Sortable {
    /** The boolean index field. */
    public val booleanField: String

    override val sortField: String get() = booleanField

    /** Is [value]. */
    public infix fun eq(value: Boolean): Query = Query.Term(booleanField, JsonPrimitive(value))

    /** Has any value at all. */
    public fun hasAnyValue(): Query = Query.Exists(booleanField)
}
