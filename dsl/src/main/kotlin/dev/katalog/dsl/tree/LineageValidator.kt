package dev.katalog.dsl.tree

/**
 * The lineage problems of a tree: a process with no inputs or no outputs, an end the tree does not have, ends on
 * nodes other than processes, and cycles among the tree's processes (lineage flows one way, as Atlan draws it).
 */
internal object LineageValidator {
    private const val PATH_HINT = "give the path of an asset of the tree as connection/database/schema/table[/column], e.g. " +
        "\"analytics/SALES/PUBLIC/ORDERS\", or an asset of the catalog with Table.refByQualifiedName(…)"

    fun problems(roots: List<AssetNode>): List<TreeProblem> {
        val problems = ArrayList<TreeProblem>()
        val ends = LineageEnds.of(roots)
        checkNonProcesses(roots, "", problems)
        for ((process, path) in ends.processes) {
            val label = "${process.kind.label} \"${process.name}\""
            if (process.inputs.isEmpty()) {
                problems += TreeProblem(path, "$label reads nothing: lineage needs at least one input; declare what it reads with reads(…)", "inputs")
            }
            if (process.outputs.isEmpty()) {
                problems += TreeProblem(path, "$label writes nothing: lineage needs at least one output; declare what it writes with writes(…)", "outputs")
            }
            for ((declared, verb, attribute) in listOf(Triple(process.inputs, "reads", "inputs"), Triple(process.outputs, "writes", "outputs"))) {
                for (end in declared) {
                    if (end !is LineageEnd.InCatalog && ends.treePathOf(end) == null) {
                        problems += TreeProblem(path, "$label $verb $end, which is not an asset of this tree: $PATH_HINT", attribute)
                    }
                }
            }
        }
        for ((node, path) in ends.linking) {
            val label = "${node.kind.label} \"${node.name}\""
            when {
                node.kind != NodeKind.PIPELINE && node.outputs.isNotEmpty() ->
                    problems += TreeProblem(path, "$label writes ${node.outputs.first()}: lineage ends at a ${node.kind.label}; declare only what it reads", "outputs")
                node.kind == NodeKind.PIPELINE && node.inputs.isEmpty() != node.outputs.isEmpty() -> problems += TreeProblem(
                    path, "$label ${if (node.inputs.isEmpty()) "writes but reads nothing" else "reads but writes nothing"}: its lineage runs from what it reads to what it writes; declare both",
                    if (node.inputs.isEmpty()) "inputs" else "outputs",
                )
            }
            for ((declared, verb, attribute) in listOf(Triple(node.inputs, "reads", "inputs"), Triple(node.outputs, "writes", "outputs"))) {
                for (end in declared) {
                    if (end !is LineageEnd.InCatalog && ends.treePathOf(end) == null) {
                        problems += TreeProblem(path, "$label $verb $end, which is not an asset of this tree: $PATH_HINT", attribute)
                    }
                }
            }
        }
        problems += cycles(ends)
        return problems
    }

    /** Only processes read and write: a table given ends is a mistake worth reporting rather than ignoring. */
    private fun checkNonProcesses(nodes: List<AssetNode>, parentPath: String, problems: MutableList<TreeProblem>) {
        for ((node, path) in nodes.zip(TreeValidator.pathsOf(nodes, parentPath))) {
            if (!node.kind.isProcess && !node.kind.linksLineage && (node.inputs.isNotEmpty() || node.outputs.isNotEmpty())) {
                problems += TreeProblem(path, "a ${node.kind.label} does not read or write other assets: declare a process(…) in its connection that does")
            }
            checkNonProcesses(node.children, path, problems)
        }
    }

    /**
     * One problem per cycle found, at the process that closes it, with the cycle spelt out. Vertices are the ends
     * (tree paths, or the catalog asset's type and qualifiedName); each process links every input to every output.
     */
    private fun cycles(ends: LineageEnds): List<TreeProblem> {
        class Edge(val to: String, val process: AssetNode, val path: String)
        val graph = LinkedHashMap<String, MutableList<Edge>>()
        fun key(end: LineageEnd): String? = if (end is LineageEnd.InCatalog) end.toString() else ends.treePathOf(end)
        for ((process, path) in ends.processes + ends.linking) {
            // A dashboard or data model is itself the end of what it reads.
            val outputs = if (process.kind == NodeKind.DASHBOARD || process.kind == NodeKind.DATA_MODEL) listOf(path) else process.outputs.mapNotNull(::key)
            for (input in process.inputs.mapNotNull(::key)) for (output in outputs) {
                graph.getOrPut(input) { ArrayList() } += Edge(output, process, path)
            }
        }
        val problems = ArrayList<TreeProblem>()
        val done = HashSet<String>()
        val onStack = LinkedHashMap<String, Edge?>()
        fun visit(vertex: String, via: Edge?) {
            onStack[vertex] = via
            for (edge in graph[vertex].orEmpty()) {
                if (edge.to in onStack) {
                    val loop = onStack.keys.toList().let { it.subList(it.indexOf(edge.to), it.size) }
                    val steps = loop.drop(1).map { onStack.getValue(it)!! } + edge
                    val text = buildString {
                        append(edge.to)
                        for (step in steps) append(" → (").append(step.process.name).append(") → ").append(step.to)
                    }
                    problems += TreeProblem(
                        edge.path,
                        "${edge.process.kind.label} \"${edge.process.name}\" closes a cycle: $text; lineage must flow one way: remove one of these reads or writes",
                    )
                } else if (edge.to !in done) {
                    visit(edge.to, edge)
                }
            }
            onStack.remove(vertex)
            done += vertex
        }
        for (vertex in graph.keys.toList()) if (vertex !in done) visit(vertex, null)
        return problems
    }
}
