package dev.katalog.client.export

/** The tree path (`connection/database/schema/table[/column]`) of each exported table, view and column, by qualifiedName and GUID: what lineage ends resolve to. */
internal class ExportedPaths {
    private val byQualifiedName = HashMap<String, String>()
    private val byGuid = HashMap<String, String>()

    fun add(qualifiedName: String?, guid: String?, path: String) {
        qualifiedName?.let { byQualifiedName[it] = path }
        guid?.let { byGuid[it] = path }
    }

    fun of(qualifiedName: String?, guid: String?): String? = qualifiedName?.let { byQualifiedName[it] } ?: guid?.let { byGuid[it] }
}
