package dev.katalog.local.store

/**
 * The `__qualifiedNameHierarchy` values Atlan indexes for an asset: the qualifiedName's `/`-separated prefixes from
 * the connection down to the asset itself, so one term query on a connection's (or a database's, …) qualifiedName
 * finds it and everything under it. The rule follows atlanhq/atlas-metastore, `AtlasEntityStoreV2.java`
 * (`createQualifiedNameHierarchyField`): the first two parts (`default/<connector>`) alone are left out, and for data
 * domains and products the first three, without the `domain` and `product` markers.
 */
internal object QualifiedNameHierarchy {
    private val MESH_TYPES = setOf("DataDomain", "DataProduct")
    private val MESH_MARKERS = setOf("domain", "product")

    fun of(typeName: String, qualifiedName: String?): List<String> {
        if (qualifiedName.isNullOrEmpty()) return emptyList()
        val mesh = typeName in MESH_TYPES
        val firstKept = if (mesh) 3 else 2
        val path = StringBuilder()
        val out = ArrayList<String>()
        for ((i, part) in qualifiedName.split('/').withIndex()) {
            if (part.isEmpty()) continue
            if (i > 0) path.append('/')
            path.append(part)
            if (i >= firstKept && !(mesh && part in MESH_MARKERS)) out += path.toString()
        }
        return out
    }
}
