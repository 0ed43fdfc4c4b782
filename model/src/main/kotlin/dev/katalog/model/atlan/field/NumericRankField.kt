package dev.katalog.model.atlan.field

/** A numeric attribute that also feeds relevance ranking, e.g. `popularityScore`. */
public class NumericRankField(
    override val attribute: String,
    override val numericField: String,
    /** The `rank_feature` sub-field used for scoring. */
    public val rankField: String,
) : NumericSearchable {
    override fun toString(): String = attribute
}
