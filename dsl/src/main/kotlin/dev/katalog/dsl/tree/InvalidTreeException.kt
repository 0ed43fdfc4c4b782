package dev.katalog.dsl.tree

/** A tree that cannot be applied: [problems] lists every problem found, each with its path in the tree. */
public class InvalidTreeException(public val problems: List<TreeProblem>) : IllegalArgumentException(
    "The asset tree has ${problems.size} problem${if (problems.size == 1) "" else "s"}:\n" + problems.joinToString("\n") { "  $it" },
)
