package dev.katalog.client.openmetadata

import dev.katalog.model.openmetadata.api.data.CreateDatabase
import dev.katalog.model.openmetadata.api.data.CreateDatabaseSchema
import dev.katalog.model.openmetadata.api.services.CreateDatabaseService
import dev.katalog.model.openmetadata.entity.services.DatabaseServiceType

/** Creates a MySQL service [service] with database `db` and schema `s` in it, and answers the schema's FQN, for tables. */
internal suspend fun OpenMetadataClient.createServiceSchema(service: String): String {
    entities.createOrUpdate(CreateDatabaseService(name = service, serviceType = DatabaseServiceType.Mysql))
    entities.createOrUpdate(CreateDatabase(name = "db", service = service))
    entities.createOrUpdate(CreateDatabaseSchema(name = "s", database = "$service.db"))
    return "$service.db.s"
}
