package dev.katalog.dsl.tree

import dev.katalog.model.atlan.asset.Connector

/**
 * Resolves a connection of a tree (by name and connector) to its qualifiedName, which only a catalog
 * knows: the client binds an existing connection with the same name and connector, or a new one.
 */
public fun interface ConnectionBinding {
    /** The qualifiedName of the connection [name] for [connector], e.g. `default/snowflake/1700000000`. */
    public fun qualifiedNameOf(name: String, connector: Connector): String

    public companion object {
        /** Binds connections by name from [qualifiedNames], for tests and offline compilation. */
        @JvmStatic
        public fun of(qualifiedNames: Map<String, String>): ConnectionBinding = ConnectionBinding { name, _ ->
            qualifiedNames[name] ?: throw IllegalArgumentException("No qualifiedName is bound for connection \"$name\": bound are ${qualifiedNames.keys}")
        }
    }
}
