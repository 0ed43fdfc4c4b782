package dev.katalog.dsl.tree

/**
 * A declarative set of assets (connections with their databases, schemas, tables and columns;
 * glossaries with categories and terms), as an immutable value. [validate] reports every problem at
 * once; [compile] turns a valid tree into entities for a given binding of its connections.
 */
public class CatalogTree(public val roots: List<AssetNode>) {
    /** Every problem of the tree, each with its path; empty when the tree can be applied. */
    public fun problems(): List<TreeProblem> = TreeValidator.problems(roots)

    /** Throws [InvalidTreeException] listing every problem, if there is any. */
    public fun validate(): CatalogTree = apply {
        val problems = problems()
        if (problems.isNotEmpty()) throw InvalidTreeException(problems)
    }

    /** The entities of this tree, its connections bound by [binding]; throws [InvalidTreeException] for an invalid tree. */
    public fun compile(binding: ConnectionBinding): CompiledTree = TreeCompiler(binding).compile(validate().roots)

    /** The entities of this tree, its connections bound by name to [connectionQualifiedNames]. */
    public fun compile(connectionQualifiedNames: Map<String, String>): CompiledTree = compile(ConnectionBinding.of(connectionQualifiedNames))

    /** This tree with [node] added at the top. */
    public fun with(node: AssetNode): CatalogTree = CatalogTree(roots + node)

    public companion object {
        /** An empty tree, for Java: add nodes with [with]. */
        @JvmStatic
        public fun empty(): CatalogTree = CatalogTree(emptyList())
    }
}
