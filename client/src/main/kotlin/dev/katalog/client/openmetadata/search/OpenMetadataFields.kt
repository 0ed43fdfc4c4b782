package dev.katalog.client.openmetadata.search

import dev.katalog.model.atlan.field.BooleanField
import dev.katalog.model.atlan.field.KeywordField
import dev.katalog.model.atlan.field.TextField

/**
 * Field handles of OpenMetadata's search indexes, with the same operators as the Atlan ones:
 * `where(OpenMetadataFields.SERVICE eq "warehouse")`. Any other field works through `Query` directly.
 */
public object OpenMetadataFields {
    @JvmField public val NAME: KeywordField = KeywordField("name", "name.keyword")
    /** Stored lower-cased by OpenMetadata's index mapping: compare with a lower-cased value. */
    @JvmField public val FULLY_QUALIFIED_NAME: KeywordField = KeywordField("fullyQualifiedName", "fullyQualifiedName")
    @JvmField public val DESCRIPTION: TextField = TextField("description", "description")
    @JvmField public val ENTITY_TYPE: KeywordField = KeywordField("entityType", "entityType")
    @JvmField public val SERVICE: KeywordField = KeywordField("service.name", "service.name")
    @JvmField public val SERVICE_TYPE: KeywordField = KeywordField("serviceType", "serviceType")
    @JvmField public val DATABASE: KeywordField = KeywordField("database.name", "database.name")
    @JvmField public val DATABASE_SCHEMA: KeywordField = KeywordField("databaseSchema.name", "databaseSchema.name")
    @JvmField public val TABLE_TYPE: KeywordField = KeywordField("tableType", "tableType")
    @JvmField public val TAGS: KeywordField = KeywordField("tags.tagFQN", "tags.tagFQN")
    @JvmField public val DELETED: BooleanField = BooleanField("deleted", "deleted")
}
