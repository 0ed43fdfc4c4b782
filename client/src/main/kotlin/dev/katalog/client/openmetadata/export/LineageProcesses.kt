package dev.katalog.client.openmetadata.export

import dev.katalog.client.export.ExportedPaths
import dev.katalog.client.export.KotlinLiterals
import dev.katalog.client.export.ProcessExport
import dev.katalog.client.openmetadata.lineage.LineageApi
import dev.katalog.model.openmetadata.kinds.EntityKinds
import dev.katalog.model.openmetadata.Fqn
import dev.katalog.model.openmetadata.InvalidFqnException
import dev.katalog.model.openmetadata.type.ColumnLineage
import dev.katalog.model.openmetadata.type.LineageDetails

/**
 * OpenMetadata's lineage edges between exported tables as the tree's processes, the inverse of what a tree's process
 * becomes on OpenMetadata (`compileForOpenMetadata`: one edge per table read × table written, each carrying the
 * process's description and SQL in `lineageDetails`, source `Manual`). Edges with the same details are one process
 * when their tables form such a product: the tables read with the same set of tables written are one process's reads;
 * the edges' column lineage becomes the process's column processes.
 * OpenMetadata keeps no name for a process, so each is named after its tables (`A, B → C`). What a process cannot
 * carry (another source than Manual, a pipeline) is listed as not exported; edges to or from tables
 * outside the export are left to their own service's export and listed.
 */
internal object LineageProcesses {
    private class Edge(val from: String, val to: String, val details: LineageDetails?)

    /** A process to write: the tables it reads and writes, its edges' shared details, and its edges' column lineage. */
    private class Found(val reads: List<String>, val writes: List<String>, val details: LineageDetails?, val columns: List<ColumnLineage>)

    suspend fun read(lineage: LineageApi, tables: List<Pair<String, String>>, paths: ExportedPaths, notExported: MutableList<String>): List<ProcessExport> {
        val edges = ArrayList<Edge>()
        for ((fqn, id) in tables) {
            val from = paths.of(fqn, id) ?: continue
            for (edge in lineage.get(EntityKinds.TABLE, fqn, upstreamDepth = 0, downstreamDepth = 1).downstreamEdges.orEmpty()) {
                if (edge.fromEntity != id) continue
                val to = paths.of(null, edge.toEntity)
                if (to == null) {
                    notExported += "the lineage edge from table $fqn to ${edge.toEntity}: its end is not a table of the export"
                    continue
                }
                edges += Edge(from, to, edge.lineageDetails)
            }
        }
        val processes = ArrayList<Found>()
        for ((_, same) in edges.groupBy { key(it.details) }) {
            val writesOf = same.groupBy { it.from }.mapValues { (_, out) -> out.map { it.to }.distinct().sorted() }
            for ((writes, readers) in writesOf.entries.groupBy({ it.value }, { it.key })) {
                val columns = same.filter { it.from in readers && it.to in writes }.flatMap { it.details?.columnsLineage.orEmpty() }
                processes += Found(readers.sorted(), writes, same.first().details, columns)
            }
        }
        val used = HashSet<String>()
        // Named in a stable order, so a second export names each process as the first did.
        processes.sortWith(compareBy({ "${names(it.reads)} → ${names(it.writes)}" }, { it.reads.joinToString("\n") }, { it.writes.joinToString("\n") }, { key(it.details).toString() }))
        return processes.map { found ->
            val reads = found.reads
            val writes = found.writes
            val details = found.details
            var name = "${names(reads)} → ${names(writes)}"
            var n = 2
            val stem = name
            while (!used.add(name)) name = "$stem (${n++})"
            val label = "the lineage from ${reads.joinToString(", ")} to ${writes.joinToString(", ")}"
            // A tree's process makes Manual edges: an edge of another source (or none) is put again by a plan on OpenMetadata.
            if (details?.source != LineageDetails.Source.Manual) {
                notExported += "$label: its source ${details?.source?.value ?: "(none)"}, which a tree's process cannot set (it makes Manual edges)"
            }
            details?.pipeline?.let { notExported += "$label: its pipeline ${it.fullyQualifiedName ?: it.id}, which a process of a database service cannot name" }
            val lines = listOfNotNull(
                details?.description?.takeIf { it.isNotEmpty() }?.let { "description = ${KotlinLiterals.string(it)}" },
                details?.sqlQuery?.takeIf { it.isNotEmpty() }?.let { "sql = ${KotlinLiterals.string(it)}" },
            )
            ProcessExport(name, lines, reads, writes, columnProcesses(found.columns, paths, label, notExported))
        }.sortedBy { it.name }
    }

    // An edge's column lineage is its own (a process's column processes spread over its edges), so it is not part of the key.
    private fun key(details: LineageDetails?): List<Any?> = listOf(details?.description, details?.sqlQuery, details?.source, details?.pipeline?.id)

    /**
     * Each column lineage entry as a column process (`columnProcess("<column>") { reads(…); writes(…) }`), named after
     * the column it writes, the inverse of how a tree's column processes become an edge's `columnsLineage`.
     */
    private fun columnProcesses(columns: List<ColumnLineage>, paths: ExportedPaths, label: String, notExported: MutableList<String>): List<String> {
        val used = HashSet<String>()
        val lines = ArrayList<String>()
        for (entry in columns.sortedBy { it.toColumn.orEmpty() }) {
            val to = entry.toColumn?.let { columnPath(it, paths) }
            val from = entry.fromColumns.orEmpty().map { it to columnPath(it, paths) }
            if (to == null || from.isEmpty() || from.any { it.second == null }) {
                notExported += "$label: its column lineage into ${entry.toColumn}, whose columns are not all columns of the export"
                continue
            }
            val stem = to.substringAfterLast('/')
            var name = stem
            var n = 2
            while (!used.add(name)) name = "$stem (${n++})"
            lines += "columnProcess(${KotlinLiterals.string(name)}) {"
            lines += "    reads(${KotlinLiterals.strings(from.map { it.second!! })})"
            lines += "    writes(${KotlinLiterals.string(to)})"
            lines += "}"
        }
        return lines
    }

    /** The tree path of the column with [fqn]: its table's path and its name. */
    private fun columnPath(fqn: String, paths: ExportedPaths): String? {
        val parts = try { Fqn.split(fqn) } catch (e: InvalidFqnException) { return null }
        if (parts.size < 2) return null
        val table = paths.of(Fqn.build(parts.dropLast(1)), null) ?: return null
        return "$table/${parts.last()}"
    }

    /** The tables' names (the last part of each tree path), the first three then how many more. */
    private fun names(paths: List<String>): String {
        val names = paths.map { it.substringAfterLast('/') }
        return if (names.size <= 3) names.joinToString(", ") else names.take(3).joinToString(", ") + " and ${names.size - 3} more"
    }
}
