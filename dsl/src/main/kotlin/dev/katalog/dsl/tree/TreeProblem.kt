package dev.katalog.dsl.tree

/** One problem of a tree: where ([path], e.g. `analytics/SALES/PUBLIC/ORDERS/column[3]`) and what. */
public data class TreeProblem(val path: String, val problem: String) {
    override fun toString(): String = "$path: $problem"
}
