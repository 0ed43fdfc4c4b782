package dev.katalog.model.atlan.field

import dev.katalog.model.atlan.search.Query

/** An attribute indexed as analyzed text only. */
public class TextField(
    override val attribute: String,
    override val textField: String,
) : TextSearchable {
    /** Has any value at all. */
    public fun hasAnyValue(): Query = Query.Exists(textField)

    override fun toString(): String = attribute
}
