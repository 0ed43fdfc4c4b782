package dev.katalog.dsl.tree

/**
 * One problem of a tree: where ([path], e.g. `analytics/SALES/PUBLIC/ORDERS/column[3]`) and what; [attribute]
 * names the attribute at fault when the problem is one attribute's.
 */
public data class TreeProblem @JvmOverloads constructor(val path: String, val problem: String, val attribute: String? = null) {
    override fun toString(): String = "$path: $problem"
}
