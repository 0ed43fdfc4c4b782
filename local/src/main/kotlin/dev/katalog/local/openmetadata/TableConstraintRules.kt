package dev.katalog.local.openmetadata

import dev.katalog.local.json.obj
import dev.katalog.local.json.str
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonPrimitive

/**
 * A table's constraints name its own top-level columns, as OpenMetadata 1.4 checks when a table is created, put or
 * patched (openmetadata-service/src/main/java/org/openmetadata/service/jdbi3/TableRepository.java, `prepare`:
 * each constraint column through `validateColumn`, "Invalid column name X"). The columns a foreign key refers to are
 * other tables' and are not checked.
 */
internal object TableConstraintRules {
    fun check(kind: EntityKind, table: Map<String, JsonElement>) {
        if (kind !== EntityKinds.TABLE) return
        val constraints = table["tableConstraints"] as? JsonArray ?: return
        val columns = (table["columns"] as? JsonArray).orEmpty().mapNotNull { it.obj()?.str("name") }.toSet()
        for (constraint in constraints) {
            for (column in (constraint.obj()?.get("columns") as? JsonArray).orEmpty()) {
                val name = (column as? JsonPrimitive)?.content.orEmpty()
                if (name !in columns) throw OpenMetadataErrors.badRequest("Invalid column name ${name.take(200)}")
            }
        }
    }

    private fun JsonArray?.orEmpty(): List<JsonElement> = this ?: emptyList()
}
