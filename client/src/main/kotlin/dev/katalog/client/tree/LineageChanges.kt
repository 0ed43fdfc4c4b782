package dev.katalog.client.tree

/**
 * The lineage edges a plan adds to or removes from one process, each end by qualifiedName: what it starts or stops
 * reading ([addedInputs], [removedInputs]) and writing ([addedOutputs], [removedOutputs]).
 */
public class LineageChanges internal constructor(
    public val addedInputs: List<String>,
    public val removedInputs: List<String>,
    public val addedOutputs: List<String>,
    public val removedOutputs: List<String>,
) {
    /** True when the process keeps exactly the edges it has. */
    public val isEmpty: Boolean get() = addedInputs.isEmpty() && removedInputs.isEmpty() && addedOutputs.isEmpty() && removedOutputs.isEmpty()

    /** One line per edge: `+ reads …`, `- reads …`, `+ writes …`, `- writes …`. */
    internal fun lines(): List<String> =
        addedInputs.map { "+ reads $it" } + removedInputs.map { "- reads $it" } + addedOutputs.map { "+ writes $it" } + removedOutputs.map { "- writes $it" }

    override fun toString(): String = lines().joinToString(", ", "LineageChanges(", ")")
}
