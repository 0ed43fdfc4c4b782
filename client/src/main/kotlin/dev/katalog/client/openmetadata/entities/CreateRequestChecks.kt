package dev.katalog.client.openmetadata.entities

import dev.katalog.client.core.UsageException
import dev.katalog.model.openmetadata.CreateRequest
import dev.katalog.model.openmetadata.api.data.CreateContainer
import dev.katalog.model.openmetadata.api.data.CreateStoredProcedure
import dev.katalog.model.openmetadata.api.data.CreateTopic
import dev.katalog.model.openmetadata.kinds.EntityKinds
import java.util.UUID

/**
 * What a create request's types cannot say and OpenMetadata 1.4 refuses, checked before it is sent: a topic's
 * partitions (the schema's minimum is 1), a container's parent (a reference to a container, by its id), and a stored
 * procedure's schema (optional in 1.4's createStoredProcedure.json, yet the server names the procedure under it).
 */
internal object CreateRequestChecks {
    fun check(request: CreateRequest<*>) {
        when (request) {
            is CreateTopic -> UsageException.check(
                request.partitions >= 1, { "Topic ${request.name} has ${request.partitions} partitions" },
                "A topic has at least 1 partition: give partitions = the topic's partition count",
            )
            is CreateContainer -> request.parent?.let { parent ->
                val fix = "A container's parent is another container: give its reference (om.entities.getEntityReference(EntityKinds.CONTAINER, fqn)), " +
                    "or leave parent out for a container at the service's root"
                UsageException.check(parent.type == EntityKinds.CONTAINER.type, { "The parent of container ${request.name} is a ${parent.type}" }, fix)
                UsageException.check(runCatching { UUID.fromString(parent.id) }.isSuccess, { "The parent of container ${request.name} has the id \"${parent.id.take(60)}\", not a UUID" }, fix)
            }
            is CreateStoredProcedure -> UsageException.check(
                !request.databaseSchema.isNullOrBlank(), { "Stored procedure ${request.name} has no databaseSchema" },
                "Give databaseSchema = the fully qualified name of the schema it belongs to (service.database.schema)",
            )
        }
    }
}
