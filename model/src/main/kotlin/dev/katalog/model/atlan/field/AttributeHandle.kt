package dev.katalog.model.atlan.field

/**
 * A named attribute of an Atlan type, usable to ask for it on search results. Handles that can also be
 * searched implement the capabilities of their index fields ([KeywordSearchable], [TextSearchable] …),
 * so an operator the index cannot answer does not compile.
 */
public interface AttributeHandle {
    /** The Atlan attribute name, e.g. `rowCount`. */
    public val attribute: String
}
