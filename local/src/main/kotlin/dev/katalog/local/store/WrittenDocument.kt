package dev.katalog.local.store

import dev.katalog.local.json.arr
import dev.katalog.local.json.obj
import dev.katalog.local.json.orEmpty
import dev.katalog.local.json.str
import kotlinx.serialization.json.JsonObject

/**
 * An asset index document written and not yet refreshed, with the values the write path's look-ups match on read
 * once: every look-up tests each document waiting ([UnrefreshedWrites]).
 */
internal class WrittenDocument(val source: JsonObject) {
    val asset: StoredAsset = StoredAsset(source.obj(IndexMapping.ENTITY).orEmpty())
    val key: String? = source.str(IndexMapping.KEY)
    val qualifiedName: String? = asset.qualifiedName
    val typeName: String = asset.typeName
    val name: String? = asset.name
    val active: Boolean = asset.status == "ACTIVE"
    val superTypes: Set<String> = strings("__superTypeNames")
    val hierarchy: Set<String> = strings("__qualifiedNameHierarchy")
    val relationTargets: Set<String> = strings(IndexMapping.RELATION_TARGETS)

    /** Whether this is of [type] or a subtype of it. */
    fun isA(type: String): Boolean = typeName == type || type in superTypes

    private fun strings(field: String): Set<String> = source.arr(field).orEmpty().mapNotNullTo(HashSet()) { it.str() }
}
