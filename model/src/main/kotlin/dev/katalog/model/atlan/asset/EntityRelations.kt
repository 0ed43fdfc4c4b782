package dev.katalog.model.atlan.asset

/**
 * The root of the generated typed relationship changes (`Table.Relations`: `appendColumns(columns)`,
 * `removeColumns(columns)`): each adds or takes away related assets on save, keeping the others, as Atlan's
 * `appendRelationshipAttributes` and `removeRelationshipAttributes` do; the asset's other attributes are untouched.
 */
public interface EntityRelations<B> {
    /**
     * Adds [related] (saved assets, placeholders, or `Column.refByQualifiedName(…)`) to the relationship [attribute],
     * keeping what the asset already holds there. Use it for relationships this SDK does not model.
     */
    public fun appendRelated(attribute: String, related: List<Entity>): B

    /** Takes [related] out of the relationship [attribute], keeping the others. */
    public fun removeRelated(attribute: String, related: List<Entity>): B
}
