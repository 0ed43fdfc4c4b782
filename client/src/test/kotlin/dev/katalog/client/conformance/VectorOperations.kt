package dev.katalog.client.conformance

import dev.katalog.client.AtlanClient
import dev.katalog.client.assets.Announcement
import dev.katalog.client.assets.AnnouncementType
import dev.katalog.client.assets.ReadOptions
import dev.katalog.client.atlan.DeleteType
import dev.katalog.model.atlan.asset.Connector
import dev.katalog.model.atlan.enums.CertificateStatus
import kotlinx.coroutines.flow.toList
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
        // "Append the glossary term (by GUID) to the Table's assigned terms, keeping existing ones."
        "terms-append" to VectorOperation { client, estate ->
            client.glossary.appendTerms(Table, estate.ordersQualifiedName, listOf(estate.values.getValue("TERM_GUID")))
        },
        // "Remove the glossary term (by GUID) from the Table's assigned terms."
        "terms-remove" to VectorOperation(
            prepare = { client, estate -> client.glossary.appendTerms(Table, estate.ordersQualifiedName, listOf(estate.values.getValue("TERM_GUID"))) },
            run = { client, estate -> client.glossary.removeTerms(Table, estate.ordersQualifiedName, listOf(estate.values.getValue("TERM_GUID"))) },
        ),
        // "Active assets assigned the glossary term (by qualifiedName)."
        "search-term" to VectorOperation { client, estate ->
            client.glossary.assetsWithTerm(estate.values.getValue("TERM_QN")).toList()
        },
        // "Find the glossary named 'Glossary <run>' by name."
        "find-glossary" to VectorOperation { client, estate -> client.glossary.findGlossary("Glossary ${estate.run}") },
        // "Find the active Snowflake connection(s) named ops-<run> by name."
        "find-connection" to VectorOperation { client, estate -> client.assets.findConnections("ops-${estate.run}", Connector.SNOWFLAKE) },
        // "Set the Table's certificate to VERIFIED with message 'Checked by data team'."
        "certificate-set" to VectorOperation { client, estate ->
            client.assets.certify(Table, estate.ordersQualifiedName, CertificateStatus.VERIFIED, "Checked by data team")
        },
        // "Remove the Table's certificate (status and message)."
        "certificate-remove" to VectorOperation(
            prepare = { client, estate -> client.assets.certify(Table, estate.ordersQualifiedName, CertificateStatus.DRAFT) },
            run = { client, estate -> client.assets.removeCertificate(Table, estate.ordersQualifiedName) },
        ),
        // "Set a WARNING announcement on the Table: title 'Migration', message 'Moving to new schema on Friday'."
        "announcement-set" to VectorOperation { client, estate ->
            client.assets.announce(Table, estate.ordersQualifiedName, Announcement(AnnouncementType.WARNING, "Migration", "Moving to new schema on Friday"))
        },
        // "Read the Table by qualifiedName with minimal extra info and no relationships."
        "get-by-qn-min" to VectorOperation { client, estate ->
            client.assets.get(Table, estate.ordersQualifiedName, ReadOptions.MINIMAL)
        },
        // "Read the Table by qualifiedName, asking only for attributes description and ownerUsers (and related columns' name)."
        "get-by-qn-attrs" to VectorOperation { client, estate ->
            client.assets.get(Table, estate.ordersQualifiedName, ReadOptions.builder().attributes("description", "ownerUsers").relatedAttributes("name").build())
        },
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
