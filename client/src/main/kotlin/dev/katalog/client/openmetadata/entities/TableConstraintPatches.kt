package dev.katalog.client.openmetadata.entities

import dev.katalog.client.core.UsageException
import dev.katalog.model.json.KatalogJson
import dev.katalog.model.openmetadata.Fqn
import dev.katalog.model.openmetadata.entity.data.Table
import dev.katalog.model.openmetadata.kinds.EntityKinds
import dev.katalog.model.openmetadata.type.TableConstraint
import dev.katalog.model.openmetadata.type.TableConstraint.ConstraintType
import kotlinx.serialization.builtins.ListSerializer
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonPrimitive

/**
 * A table's constraints (primary key, unique, foreign key, sort and distribution keys) changed by a patch of
 * `tableConstraints`, after reading the table's columns and constraints, so that the patch is computed against what
 * the server holds. Each constraint is checked first: it names columns the table has (top-level ones, as OpenMetadata
 * 1.4's TableRepository checks them), none twice; a table has at most one primary key; only a foreign key refers to
 * other columns, and it refers to one column (by FQN) for each of its own.
 */
internal class TableConstraintPatches(private val api: EntitiesApi) {

    suspend fun add(tableId: String, constraint: TableConstraint): Table {
        val table = read(tableId)
        val held = table.tableConstraints.orEmpty()
        check(table, constraint)
        if (held.any { it.sameAs(constraint) }) return table
        val key = held.firstOrNull { it.constraintType == ConstraintType.PRIMARY_KEY }
        UsageException.check(
            constraint.constraintType != ConstraintType.PRIMARY_KEY || key == null,
            { "Table ${table.fullyQualifiedName} has a primary key already, on ${key?.columns.orEmpty().joinToString()}" },
            "Remove it first with removeTableConstraint, or set all constraints at once with setTableConstraints",
        )
        val value = KatalogJson.encodeToElement(TableConstraint.serializer(), constraint)
        val patch = JsonPatch.builder()
        if (table.tableConstraints == null) patch.add("/tableConstraints", JsonArray(listOf(value))) else patch.add("/tableConstraints/-", value)
        return api.patch(table, patch.build())
    }

    suspend fun set(tableId: String, constraints: List<TableConstraint>): Table {
        val table = read(tableId)
        constraints.forEach { check(table, it) }
        UsageException.check(
            constraints.count { it.constraintType == ConstraintType.PRIMARY_KEY } <= 1,
            { "${constraints.count { it.constraintType == ConstraintType.PRIMARY_KEY }} primary keys given for table ${table.fullyQualifiedName}" },
            "A table has one primary key: give one PRIMARY_KEY constraint listing all its columns",
        )
        val held = table.tableConstraints
        if (held.orEmpty().size == constraints.size && held.orEmpty().zip(constraints).all { (a, b) -> a.sameAs(b) }) return table
        val patch = JsonPatch.builder()
        when {
            constraints.isEmpty() -> patch.remove("/tableConstraints")
            held == null -> patch.add("/tableConstraints", encode(constraints))
            else -> patch.replace("/tableConstraints", encode(constraints))
        }
        return api.patch(table, patch.build())
    }

    suspend fun remove(tableId: String, constraintType: ConstraintType, columns: List<String>): Table {
        val table = read(tableId)
        val held = table.tableConstraints.orEmpty()
        val patch = JsonPatch.builder()
        // From the last, so that each index still points at the constraint it was read as.
        for (index in held.indices.reversed()) if (held[index].constraintType == constraintType && held[index].columns.orEmpty() == columns) {
            patch.test(JsonPatch.pointer("tableConstraints", index, "constraintType"), JsonPrimitive(constraintType.value))
            patch.remove(JsonPatch.pointer("tableConstraints", index))
        }
        return api.patch(table, patch.build())
    }

    private suspend fun read(tableId: String): Table = api.getById(EntityKinds.TABLE, tableId, listOf("columns", "tableConstraints"))

    private fun check(table: Table, constraint: TableConstraint) {
        val type = constraint.constraintType
            ?: throw UsageException("A table constraint without a constraintType", "Set constraintType: PRIMARY_KEY, UNIQUE, FOREIGN_KEY, SORT_KEY or DIST_KEY")
        val columns = constraint.columns.orEmpty()
        val names = table.columns.map { it.name }
        UsageException.check(columns.isNotEmpty(), { "A $type constraint names no columns" }, "List the columns it holds on: ${names.joinToString()}")
        UsageException.check(columns.toSet().size == columns.size, { "A $type constraint names a column twice: ${columns.joinToString()}" }, "Name each column once")
        val unknown = columns.filter { it !in names }
        UsageException.check(
            unknown.isEmpty(),
            { "Table ${table.fullyQualifiedName} has no column ${unknown.joinToString { "\"$it\"" }} for its $type constraint" },
            "Name top-level columns of the table: ${names.joinToString()}",
        )
        val referred = constraint.referredColumns.orEmpty()
        if (type != ConstraintType.FOREIGN_KEY) {
            UsageException.check(referred.isEmpty(), { "A $type constraint refers to other columns" }, "Only a FOREIGN_KEY has referredColumns: drop them")
            return
        }
        UsageException.check(
            referred.size == columns.size,
            { "A foreign key on ${columns.size} column(s) refers to ${referred.size}" },
            "Give one referred column FQN (service.database.schema.table.column) for each column, in the same order",
        )
        for (fqn in referred) {
            UsageException.check(Fqn.split(fqn).size >= 5, { "\"$fqn\" is not a column FQN" }, "A referred column is service.database.schema.table.column")
        }
    }

    private fun TableConstraint.sameAs(other: TableConstraint): Boolean =
        constraintType == other.constraintType && columns.orEmpty() == other.columns.orEmpty() && referredColumns.orEmpty() == other.referredColumns.orEmpty()

    private fun encode(constraints: List<TableConstraint>) = KatalogJson.encodeToElement(ListSerializer(TableConstraint.serializer()), constraints)
}
