package dev.katalog.dsl.tree

import dev.katalog.model.atlan.asset.EntitySetters
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonPrimitive

/**
 * What every node of a tree can set. Each subclass also implements the generated `Setters` of its asset type
 * (`TableScope : Table.Setters<TableScope>`), whose typed setters all write through [attribute]; attributes the
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

    // Kept as properties so `description = "…"` reads naturally; the generated setters give the same as functions.
    /** The description. */
    public var description: String?
        get() = (attributes["description"] as? JsonPrimitive)?.content
        set(value) { attribute("description", value?.let(::JsonPrimitive)) }

    /** The description written by users in Atlan (shown before [description]). */
    public var userDescription: String?
        get() = (attributes["userDescription"] as? JsonPrimitive)?.content
        set(value) { attribute("userDescription", value?.let(::JsonPrimitive)) }

    /** The users who own the asset: `ownerUsers("alice", "bob")`. */
    public fun ownerUsers(vararg users: String): S = attribute("ownerUsers", AssetNode.byNameValue(users.toList()))

    /** The groups who own the asset. */
    public fun ownerGroups(vararg groups: String): S = attribute("ownerGroups", AssetNode.byNameValue(groups.toList()))

    internal open fun node(): AssetNode = AssetNode(kind, nodeName, LinkedHashMap(attributes), children.toList())

    override fun toString(): String = "${kind.label} \"$nodeName\""
}
