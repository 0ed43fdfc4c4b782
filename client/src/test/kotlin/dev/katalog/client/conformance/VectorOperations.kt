package dev.katalog.client.conformance

import dev.katalog.client.AtlanClient
import dev.katalog.client.atlan.DeleteType
import dev.katalog.model.atlan.asset.Process
import dev.katalog.model.atlan.asset.Table
import kotlinx.coroutines.flow.toList

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
        // "Create a Process 'orders-agg' (id 'job-1') in the connection from ORDERS to ORDERS_AGG, with sql '…'." The sql is
        // not in the request the vector recorded (pyatlan's creator takes none), so it is left out here too.
        "lineage-process" to VectorOperation(
            // ORDERS_AGG is purged by delete-hard, which runs first: it is put back.
            prepare = { client, estate ->
                val schema = "${estate.connectionQualifiedName}/DB/S"
                if (client.assets.getOrNull(Table, "$schema/ORDERS_AGG") == null) client.assets.save(Table.creator("ORDERS_AGG", schema).build())
            },
        ) { client, estate ->
            val connection = estate.connectionQualifiedName
            val process = Process.creator(
                "orders-agg",
                connection,
                listOf(Table.refByQualifiedName(estate.ordersQualifiedName)),
                listOf(Table.refByQualifiedName("$connection/DB/S/ORDERS_AGG")),
                "job-1",
            ).build()
            client.assets.save(process)
        },
        // "Active downstream assets of the Table, all depths, 10 per page, assets only (no processes)."
        "lineage-downstream" to VectorOperation { client, estate ->
            client.lineage.impact(client.assets.get(Table, estate.ordersQualifiedName)).toList()
        },
        // "Hard-delete (purge) ORDERS_AGG by GUID."
        "delete-hard" to VectorOperation { client, estate ->
            client.assets.delete(listOf(estate.values.getValue("TABLE2_GUID")), DeleteType.PURGE)
        },
    )
}
