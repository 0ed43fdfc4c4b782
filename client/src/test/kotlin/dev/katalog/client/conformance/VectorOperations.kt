package dev.katalog.client.conformance

import dev.katalog.client.AtlanClient
import dev.katalog.client.atlan.DeleteType
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
    )
}
