package dev.katalog.dsl.tree

import dev.katalog.model.atlan.asset.EntitySetters
import dev.katalog.model.atlan.asset.TagPropagation
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull

/**
 * What every node of a tree can set. Each subclass also implements the generated `Setters` of its asset type
 * (`TableScope : Table.Setters<TableScope>`), whose typed setters (`rowCount(5)`, or as properties `rowCount = 5`)
 * all write through [attribute]; attributes the
 * model lacks are set by name with [attribute]`(name, Any?)`. What the tree decides itself (names, qualifiedNames,
 * parents) is refused when the tree is validated.
 */
@CatalogDslMarker
public abstract class NodeScope<S : NodeScope<S>> internal constructor(private val kind: NodeKind, private val nodeName: String) : EntitySetters<S> {
    internal val attributes = LinkedHashMap<String, JsonElement>()
    internal val children = ArrayList<AssetNode>()

    internal abstract fun self(): S

    /** Where every typed setter of the scope writes: the attribute [name] as JSON (`null` clears it). */
    final override fun attribute(name: String, value: JsonElement?): S {
        attributes[name] = value ?: JsonNull
        return self()
    }

    /**
     * Sets the attribute [attribute] by name, for attributes the model lacks (custom types, newer tenants): a String,
     * Number, Boolean, Enum, a list of those, or JSON. Prefer the typed setter (`rowCount(5)`) when there is one.
     */
    public fun attribute(attribute: String, value: Any?): S = attribute(attribute, AssetNode.byNameValue(value))

    /** What the attribute [name] is set to so far (the generated setter properties read it: `description = "…"`). */
    final override fun attributeValue(name: String): JsonElement? = attributes[name]

    /** The users who own the asset: `ownerUsers("alice", "bob")`. */
    public fun ownerUsers(vararg users: String): S = attribute("ownerUsers", AssetNode.byNameValue(users.toList()))

    /** The groups who own the asset. */
    public fun ownerGroups(vararg groups: String): S = attribute("ownerGroups", AssetNode.byNameValue(groups.toList()))

    /** The Atlan tags the asset has of its own: exactly these (display names), not propagated. */
    public fun tags(vararg names: String): S = tags(TagPropagation.NONE, *names)

    /** The Atlan tags the asset has of its own: exactly these (display names), each spreading as [propagation] says. */
    public fun tags(propagation: TagPropagation, vararg names: String): S {
        tags = TreeTags(names.toList(), propagation)
        return self()
    }

    private var tags: TreeTags? = null

    /**
     * The glossary terms assigned to the asset: exactly these, `terms("Business" / "Revenue")`; `terms()` removes
     * every term. Without it, the asset's terms are left as they are.
     */
    public fun terms(vararg terms: TreeTerm): S {
        this.terms = terms.toList()
        return self()
    }

    /** The term named [term] in the glossary named by this string, for [terms]: `"Business" / "Revenue"`. */
    public operator fun String.div(term: String): TreeTerm = TreeTerm(this, term)

    private var terms: List<TreeTerm>? = null

    /**
     * The custom metadata set named [set] (display name), exactly as [values] gives it: `customMetadata("Quality") { "Score" to 92.5 }`.
     * The set's attributes not given are cleared; sets the tree does not name are left as they are.
     */
    public fun customMetadata(set: String, values: CustomMetadataScope.() -> Unit): S {
        customMetadata[set] = CustomMetadataScope().apply(values).values.toMap()
        return self()
    }

    private val customMetadata = LinkedHashMap<String, Map<String, JsonElement>>()

    /** The asset's README, as HTML. Without it, the asset's README is left as it is. */
    public fun readme(html: String): S {
        readme = html
        removesReadme = false
        return self()
    }

    /** Removes the asset's README (archives it, as deleting it in Atlan does), if it has one. */
    public fun noReadme(): S {
        readme = null
        removesReadme = true
        return self()
    }

    private var readme: String? = null
    private var removesReadme = false

    internal open fun node(): AssetNode = AssetNode(
        kind, nodeName, LinkedHashMap(attributes), children.toList(), tags = tags,
        terms = terms, customMetadata = LinkedHashMap(customMetadata), readme = readme, removesReadme = removesReadme,
    )

    override fun toString(): String = "${kind.label} \"$nodeName\""
}
