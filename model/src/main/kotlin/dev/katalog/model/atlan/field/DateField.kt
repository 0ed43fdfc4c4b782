package dev.katalog.model.atlan.field

/** A date attribute, stored as epoch milliseconds, e.g. `sourceCreatedAt`. */
public class DateField(
    override val attribute: String,
    override val numericField: String,
) : DateSearchable {
    override fun toString(): String = attribute
}
