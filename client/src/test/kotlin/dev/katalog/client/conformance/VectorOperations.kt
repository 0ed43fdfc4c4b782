package dev.katalog.client.conformance

import dev.katalog.client.AtlanClient
import dev.katalog.client.atlan.DeleteType
import dev.katalog.client.audit.AuditQuery
import dev.katalog.model.atlan.asset.Table

/**
 * Each vector's operation, written from its `intent` with Katalog's public API (never from its recorded request).
 * [prepare] puts the estate in the state the operation needs, before the recording mark; [run] is the operation.
 */
class VectorOperation(
    val prepare: suspend (AtlanClient, OperationEstate) -> Unit = { _, _ -> },
    val run: suspend (AtlanClient, OperationEstate) -> Unit,
)

object VectorOperations {
    val byId: Map<String, VectorOperation> = sortedMapOf(
        // "Add Atlan tags 'Confidential' and 'Internal' (by display name) to the Table, not propagated."
        "tags-add" to VectorOperation { client, estate ->
            client.tags.add(Table, estate.ordersQualifiedName, listOf("Confidential", "Internal"), propagate = false)
        },
        // "Remove Atlan tag 'Internal' from the Table."
        "tags-remove" to VectorOperation(
            prepare = { client, estate -> client.tags.add(Table, estate.ordersQualifiedName, listOf("Internal")) },
            run = { client, estate -> client.tags.remove(Table, estate.ordersQualifiedName, "Internal") },
        ),
        // "Archive (soft-delete) the Column ID of ORDERS by GUID."
        "delete-soft" to VectorOperation { client, estate ->
            client.assets.delete(listOf(estate.values.getValue("COLUMN_GUID")), DeleteType.SOFT)
        },
        // "Hard-delete (purge) ORDERS_AGG by GUID."
        "delete-hard" to VectorOperation { client, estate ->
            client.assets.delete(listOf(estate.values.getValue("TABLE2_GUID")), DeleteType.PURGE)
        },
        // "List users, 20 per page, sorted by username."
        "users-list" to VectorOperation { client, _ -> client.directory.users.list(limit = 20, sort = "username") },
        // "Create a group with alias 'Data Stewards <run>'."
        "group-create" to VectorOperation { client, estate -> client.directory.groups.create("Data Stewards ${estate.run}") },
        // "Create an API token named 'ci-<run>', valid 3600 seconds."
        "token-create" to VectorOperation { client, estate -> client.tokens.create("ci-${estate.run}", validitySeconds = 3600) },
        // "The 10 most recent audit entries of the Table, by its GUID."
        "audit-by-guid" to VectorOperation { client, estate ->
            client.audit.search(AuditQuery.byGuid(estate.values.getValue("TABLE_GUID")).pageSize(10))
        },
    )
}
