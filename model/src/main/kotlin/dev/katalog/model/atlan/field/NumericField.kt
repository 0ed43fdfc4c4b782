package dev.katalog.model.atlan.field

/** A numeric attribute, e.g. `rowCount`. */
public class NumericField(
    override val attribute: String,
    override val numericField: String,
) : NumericSearchable {
    override fun toString(): String = attribute
}
