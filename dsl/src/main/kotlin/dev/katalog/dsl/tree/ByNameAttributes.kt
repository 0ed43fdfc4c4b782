package dev.katalog.dsl.tree

import kotlinx.serialization.json.JsonElement

/**
 * Where attributes set by name that the model has no typed setter for enter a tree (`attribute("x", …)` in a
 * scope, `AssetNode.withAttribute` from Java): custom types and attributes of newer tenants. Every such attribute
 * of every node passes through [problemOf] when the tree is validated, so a check against the catalog's type
 * definitions belongs here. Today every name is accepted and sent as given.
 */
internal object ByNameAttributes {
    /** The problem with setting [attribute] to [value] on a node of [kind] by name, or null when it may be sent. */
    @Suppress("UNUSED_PARAMETER")
    fun problemOf(kind: NodeKind, attribute: String, value: JsonElement): String? = null
}
