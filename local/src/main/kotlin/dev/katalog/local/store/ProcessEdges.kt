package dev.katalog.local.store

import dev.katalog.local.json.arr
import dev.katalog.local.json.obj
import dev.katalog.local.json.orEmpty
import dev.katalog.local.json.str
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.add
import kotlinx.serialization.json.buildJsonArray
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put
import kotlinx.serialization.json.putJsonArray
import kotlinx.serialization.json.putJsonObject

/**
 * Every active process (Process and its subtypes) with the assets it reads and writes, and the reverse: for each asset
 * the processes that read it and that write it. Atlan walks lineage over these edges; the catalog keeps one copy per
 * state of the index ([of] reloads it after any write), so a walk costs no search per hop. Each process's header
 * (the entity without its inputs and outputs) is kept too: a process writing thousands of assets is a document of
 * megabytes, which a lineage page listing it would otherwise read and parse again.
 */
internal class ProcessEdges private constructor(
    val inputs: Map<String, List<String>>,
    val outputs: Map<String, List<String>>,
    private val archived: Set<String>,
    private val headers: Map<String, StoredAsset> = emptyMap(),
) {
    /** The process [guid] without its relationships, as a lineage page reads every vertex, or null for an asset. */
    fun header(guid: String): StoredAsset? = headers[guid]

    /** Asset → the processes that read it. */
    val readers: Map<String, List<String>> = invert(inputs)

    /** Asset → the processes that write it. */
    val writers: Map<String, List<String>> = invert(outputs)

    fun isProcess(guid: String): Boolean = guid in inputs

    /** The next vertices from [guid] going downstream ([downstream]) or upstream. */
    fun next(guid: String, downstream: Boolean): List<String> = when {
        isProcess(guid) -> (if (downstream) outputs[guid].orEmpty() else inputs[guid].orEmpty()).let { ends ->
            if (archived.isEmpty()) ends else ends.filter { it !in archived }
        }
        downstream -> readers[guid].orEmpty()
        else -> writers[guid].orEmpty()
    }

    companion object {
        private const val PAGE = 5_000

        /** What of a process a lineage answer lists or filters on (see LineageVertex). */
        private val HEADER_FIELDS = listOf(
            "guid", "typeName", "status", "attributes", "createdBy", "updatedBy", "createTime", "updateTime", "classificationNames", "classifications", "labels",
        )

        /** Loads the edges of [index] as they are now. */
        suspend fun load(index: AssetIndex): ProcessEdges {
            val inputs = LinkedHashMap<String, List<String>>()
            val outputs = LinkedHashMap<String, List<String>>()
            val headers = HashMap<String, StoredAsset>()
            var after: JsonArray? = null
            while (true) {
                val answer = index.search(query(after))
                val hits = AssetIndex.hits(answer)
                for (hit in hits) {
                    val entity = hit.obj("_source")?.obj(IndexMapping.ENTITY) ?: continue
                    val guid = entity.str("guid") ?: continue
                    val relations = entity.obj("relationshipAttributes")
                    inputs[guid] = guids(relations?.get("inputs"))
                    outputs[guid] = guids(relations?.get("outputs"))
                    headers[guid] = StoredAsset(JsonObject(entity - "relationshipAttributes"))
                }
                if (hits.size < PAGE) break
                after = hits.last().arr("sort") ?: break
            }
            return ProcessEdges(inputs, outputs, archived(index), headers)
        }

        /** Archived assets still named by processes: out of the walk until restored. */
        private suspend fun archived(index: AssetIndex): Set<String> {
            val body = buildJsonObject {
                put("size", 10_000)
                putJsonObject("query") {
                    putJsonObject("bool") {
                        putJsonArray("filter") { add(buildJsonObject { putJsonObject("term") { put(IndexMapping.HAS_LINEAGE, true) } }) }
                        putJsonArray("must_not") { add(buildJsonObject { putJsonObject("term") { put("__state", "ACTIVE") } }) }
                    }
                }
                put("_source", false)
            }
            return AssetIndex.hits(index.search(body)).mapNotNull { it.str("_id") }.toSet()
        }

        private fun guids(value: kotlinx.serialization.json.JsonElement?): List<String> =
            (value as? JsonArray).orEmpty().mapNotNull { it.obj()?.str("guid") }.distinct()

        private fun invert(edges: Map<String, List<String>>): Map<String, List<String>> {
            val out = HashMap<String, MutableList<String>>()
            for ((process, ends) in edges) for (end in ends) out.getOrPut(end) { ArrayList() } += process
            return out
        }

        private fun query(after: JsonArray?): JsonObject = buildJsonObject {
            put("size", PAGE)
            putJsonObject("query") {
                putJsonObject("bool") {
                    putJsonArray("filter") {
                        add(buildJsonObject { putJsonObject("term") { put("__state", "ACTIVE") } })
                    }
                    putJsonArray("should") {
                        add(buildJsonObject { putJsonObject("term") { put("__typeName.keyword", "Process") } })
                        add(buildJsonObject { putJsonObject("term") { put("__superTypeNames.keyword", "Process") } })
                    }
                    put("minimum_should_match", 1)
                }
            }
            putJsonArray("_source") {
                add("${IndexMapping.ENTITY}.relationshipAttributes.inputs.guid")
                add("${IndexMapping.ENTITY}.relationshipAttributes.outputs.guid")
                for (field in HEADER_FIELDS) add("${IndexMapping.ENTITY}.$field")
            }
            putJsonArray("sort") { add(buildJsonObject { put(IndexMapping.KEY, "asc") }) }
            if (after != null) put("search_after", after)
            put("track_total_hits", false)
        }
    }
}
