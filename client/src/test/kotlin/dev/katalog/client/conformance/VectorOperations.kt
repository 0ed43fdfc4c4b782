package dev.katalog.client.conformance

import dev.katalog.client.AtlanClient
import dev.katalog.client.assets.Announcement
import dev.katalog.client.assets.AnnouncementType
import dev.katalog.client.assets.ReadOptions
import dev.katalog.client.atlan.DeleteType
import dev.katalog.client.audit.AuditQuery
import dev.katalog.client.typedefs.AtlanTagColor
import dev.katalog.client.typedefs.AtlanTagDefinition
import dev.katalog.dsl.search.search
import dev.katalog.model.atlan.asset.Connector
import dev.katalog.model.atlan.asset.Process
import dev.katalog.model.atlan.asset.Table
import dev.katalog.model.atlan.asset.TagPropagation
import dev.katalog.model.atlan.enums.CertificateStatus
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
            client.tags.add(Table, estate.ordersQualifiedName, listOf("Confidential", "Internal"), TagPropagation.NONE)
        },
        // "Update Atlan tag 'Confidential' on the Table to propagate (restricting lineage propagation)."
        "tags-update" to VectorOperation(
            prepare = { client, estate -> client.tags.add(Table, estate.ordersQualifiedName, listOf("Confidential")) },
            run = { client, estate ->
                val propagation = TagPropagation.builder().propagate(true).restrictPropagationThroughLineage(true).build()
                client.tags.update(Table, estate.ordersQualifiedName, listOf("Confidential"), propagation)
            },
        ),
        // "Set custom metadata 'Monte Carlo' attribute 'Monte Carlo Table URL' to 'https://mc.example/t/1' on the Table, leaving other attributes."
        "cm-update" to VectorOperation { client, estate ->
            client.customMetadata.update(estate.values.getValue("TABLE_GUID"), "Monte Carlo", mapOf("Monte Carlo Table URL" to "https://mc.example/t/1"))
        },
        // "Remove custom metadata set 'Monte Carlo' from the Table."
        "cm-remove" to VectorOperation(
            prepare = { client, estate ->
                client.customMetadata.update(estate.values.getValue("TABLE_GUID"), "Monte Carlo", mapOf("Monte Carlo Table URL" to "https://mc.example/t/2"))
            },
            run = { client, estate -> client.customMetadata.remove(estate.values.getValue("TABLE_GUID"), "Monte Carlo") },
        ),
        // "Active assets carrying Atlan tag 'Confidential' (by display name), directly or propagated."
        "search-tagged" to VectorOperation { client, _ ->
            client.search.page(search { tagged("Confidential") })
        },
        // "Active assets with any value for custom metadata 'Monte Carlo' > 'Monte Carlo Table URL', returning that attribute."
        "search-cm" to VectorOperation { client, _ ->
            val url = client.customMetadata.textField("Monte Carlo", "Monte Carlo Table URL")
            client.search.page(search { where(url.hasAnyValue()); include(url) })
        },
        // "Create an Atlan tag definition 'PII <run>', colour red."
        "typedef-tag" to VectorOperation { client, estate ->
            client.typeDefs.create(AtlanTagDefinition.builder("PII ${estate.run}").color(AtlanTagColor.RED).build())
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
