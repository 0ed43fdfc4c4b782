package dev.katalog.client.export

import dev.katalog.client.atlan.AtlanCalls
import dev.katalog.client.search.SearchApi
import dev.katalog.dsl.search.FluentSearch
import dev.katalog.dsl.tree.NodeKind
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.Process
import kotlinx.coroutines.flow.toList
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/**
 * A process of the connection as a tree declares it: `process(name) { reads(path…); writes(path…) }`, each end a tree
 * path of the export. A process a tree could not keep (its qualifiedName is not `<connection>/<name>`, or an end is
 * outside the export) is listed as not exported instead.
 */
internal class ProcessExport(
    val name: String,
    private val lines: List<String>,
    private val reads: List<String>,
    private val writes: List<String>,
    /** Lines after the ends: the process's column processes. */
    private val columnLines: List<String> = emptyList(),
) {
    fun writeTo(text: DefinitionText) {
        text.block("process(${KotlinLiterals.string(name)})") {
            lines.forEach { line(it) }
            if (reads.isNotEmpty()) line("reads(${KotlinLiterals.strings(reads)})")
            if (writes.isNotEmpty()) line("writes(${KotlinLiterals.strings(writes)})")
            columnLines.forEach { line(it) }
        }
    }

    companion object {
        suspend fun read(
            calls: AtlanCalls, search: SearchApi, curation: ExportCuration, connectionQualifiedName: String, paths: ExportedPaths, notExported: MutableList<String>,
        ): List<ProcessExport> {
            val request = FluentSearch.select(Process).where(Asset.CONNECTION_QUALIFIED_NAME eq connectionQualifiedName)
                .include(*(AssetLines.READ + curation.reads).toTypedArray()).toRequest()
            val out = ArrayList<ProcessExport>()
            val processes = search.stream(request).toList().sortedWith(compareBy({ it.name }, { it.qualifiedName }))
            curation.prepare(processes)
            for (process in processes) {
                val name = process.name ?: ""
                val label = "Process ${KotlinLiterals.string(name)} (${process.qualifiedName})"
                if (process.qualifiedName != "$connectionQualifiedName/$name") {
                    notExported += "$label: a tree keeps a process as <connection>/<name>, and this one's qualifiedName differs"
                    continue
                }
                val reads = ends(process.attributes["inputs"], paths)
                val writes = ends(process.attributes["outputs"], paths)
                val outside = (reads + writes).filter { it.second == null }.map { it.first }
                if (outside.isNotEmpty()) {
                    notExported += "$label: it links assets outside the export (${outside.joinToString(", ")})"
                    continue
                }
                out += ProcessExport(name, AssetLines.of(NodeKind.PROCESS, process, calls.names, curation), reads.map { it.second!! }.sorted(), writes.map { it.second!! }.sorted())
            }
            return out
        }

        /** Each end as (how the catalog names it, its tree path or null when it is not exported). */
        private fun ends(value: JsonElement?, paths: ExportedPaths): List<Pair<String, String?>> = (value as? JsonArray).orEmpty().mapNotNull { end ->
            val ref = end as? JsonObject ?: return@mapNotNull null
            val qualifiedName = ((ref["uniqueAttributes"] as? JsonObject)?.get("qualifiedName") as? JsonPrimitive)?.content
                ?: ((ref["attributes"] as? JsonObject)?.get("qualifiedName") as? JsonPrimitive)?.content
            val guid = (ref["guid"] as? JsonPrimitive)?.content
            (qualifiedName ?: guid ?: "?") to paths.of(qualifiedName, guid)
        }
    }
}
