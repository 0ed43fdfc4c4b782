package dev.katalog.client.openmetadata.entities

import dev.katalog.client.core.UsageException
import dev.katalog.model.openmetadata.CreateRequest
import dev.katalog.model.openmetadata.api.data.CreateContainer
import dev.katalog.model.openmetadata.api.data.CreateTopic
import dev.katalog.model.openmetadata.kinds.EntityKinds

/**
 * What a create request's types cannot say and OpenMetadata 1.4 refuses, checked before it is sent: a topic's
 * partitions (the schema's minimum is 1) and a container's parent, which must be a reference to a container.
 */
internal object CreateRequestChecks {
    fun check(request: CreateRequest<*>) {
        when (request) {
            is CreateTopic -> UsageException.check(
                request.partitions >= 1, { "Topic ${request.name} has ${request.partitions} partitions" },
                "A topic has at least 1 partition: give partitions = the topic's partition count",
            )
            is CreateContainer -> request.parent?.let { parent ->
                UsageException.check(
                    parent.type == EntityKinds.CONTAINER.type, { "The parent of container ${request.name} is a ${parent.type}" },
                    "A container's parent is another container: give its reference (om.entities.getEntityReference(EntityKinds.CONTAINER, fqn)), or leave parent out for a container at the service's root",
                )
            }
        }
    }
}
