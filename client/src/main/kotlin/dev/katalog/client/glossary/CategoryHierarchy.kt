package dev.katalog.client.glossary

import dev.katalog.model.atlan.asset.AtlasGlossary
import dev.katalog.model.atlan.asset.AtlasGlossaryCategory

/** One category of a glossary's hierarchy and the categories directly under it, in name order. */
public class CategoryNode internal constructor(public val category: AtlasGlossaryCategory, public val children: List<CategoryNode>) {
    /** The category's name. */
    public val name: String get() = category.name.orEmpty()

    /** This node, then every node under it, depth first. */
    public fun walk(): Sequence<CategoryNode> = sequence {
        yield(this@CategoryNode)
        for (child in children) yieldAll(child.walk())
    }

    override fun toString(): String = "CategoryNode($name, ${children.size} children)"
}

/**
 * The categories of [glossary] as a tree: [roots] are the top-level categories, each [CategoryNode] holds its
 * children. `hierarchy.find("Finance", "Revenue")` follows a path of names; [walk] visits every node depth first.
 */
public class CategoryHierarchy internal constructor(public val glossary: AtlasGlossary, public val roots: List<CategoryNode>) {
    /** Every node, depth first from the roots. */
    public fun walk(): Sequence<CategoryNode> = roots.asSequence().flatMap { it.walk() }

    /** Every node as a list, depth first (for Java). */
    public fun all(): List<CategoryNode> = walk().toList()

    /** The node at the path of names [path] from a root, or null when there is none. */
    public fun find(vararg path: String): CategoryNode? {
        var level = roots
        var found: CategoryNode? = null
        for (name in path) {
            found = level.firstOrNull { it.name == name } ?: return null
            level = found.children
        }
        return found
    }

    override fun toString(): String = "CategoryHierarchy(${glossary.name}, ${walk().count()} categories)"

    internal companion object {
        /** The tree of [categories], each pointing at its parent by qualifiedName ([parentOf]). */
        fun of(glossary: AtlasGlossary, categories: List<AtlasGlossaryCategory>, parentOf: (AtlasGlossaryCategory) -> String?): CategoryHierarchy {
            val known = categories.mapNotNull { it.qualifiedName }.toSet()
            val byParent = categories.groupBy { c -> parentOf(c)?.takeIf { it in known } }
            fun build(parent: String?): List<CategoryNode> = byParent[parent].orEmpty().sortedBy { it.name.orEmpty() }
                .map { c -> CategoryNode(c, c.qualifiedName?.let(::build).orEmpty()) }
            return CategoryHierarchy(glossary, build(null))
        }
    }
}
