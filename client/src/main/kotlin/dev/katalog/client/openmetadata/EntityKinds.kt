package dev.katalog.client.openmetadata

import dev.katalog.model.openmetadata.CreateRequest
import dev.katalog.model.openmetadata.OpenMetadataEntity
import dev.katalog.model.openmetadata.api.classification.CreateClassification
import dev.katalog.model.openmetadata.api.classification.CreateTag
import dev.katalog.model.openmetadata.api.data.CreateDatabase
import dev.katalog.model.openmetadata.api.data.CreateDatabaseSchema
import dev.katalog.model.openmetadata.api.data.CreateGlossary
import dev.katalog.model.openmetadata.api.data.CreateGlossaryTerm
import dev.katalog.model.openmetadata.api.data.CreateTable
import dev.katalog.model.openmetadata.api.services.CreateDatabaseService
import dev.katalog.model.openmetadata.api.teams.CreateTeam
import dev.katalog.model.openmetadata.api.teams.CreateUser
import dev.katalog.model.openmetadata.entity.classification.Classification
import dev.katalog.model.openmetadata.entity.classification.Tag
import dev.katalog.model.openmetadata.entity.data.Database
import dev.katalog.model.openmetadata.entity.data.DatabaseSchema
import dev.katalog.model.openmetadata.entity.data.Glossary
import dev.katalog.model.openmetadata.entity.data.GlossaryTerm
import dev.katalog.model.openmetadata.entity.data.Table
import dev.katalog.model.openmetadata.entity.services.DatabaseService
import dev.katalog.model.openmetadata.entity.teams.Team
import dev.katalog.model.openmetadata.entity.teams.User
import kotlinx.serialization.serializer
import kotlin.reflect.KClass

/** The entity kinds this SDK speaks, one registry for paths, create schemas and search indexes. */
public object EntityKinds {
    @JvmField public val DATABASE_SERVICE: EntityKind<DatabaseService> = kind<DatabaseService, CreateDatabaseService>("databaseService", "/services/databaseServices", "api/services/createDatabaseService.json", "database_service_search_index")
    @JvmField public val DATABASE: EntityKind<Database> = kind<Database, CreateDatabase>("database", "/databases", "api/data/createDatabase.json", "database_search_index")
    @JvmField public val DATABASE_SCHEMA: EntityKind<DatabaseSchema> = kind<DatabaseSchema, CreateDatabaseSchema>("databaseSchema", "/databaseSchemas", "api/data/createDatabaseSchema.json", "database_schema_search_index")
    @JvmField public val TABLE: EntityKind<Table> = kind<Table, CreateTable>("table", "/tables", "api/data/createTable.json", "table_search_index")
    @JvmField public val GLOSSARY: EntityKind<Glossary> = kind<Glossary, CreateGlossary>("glossary", "/glossaries", "api/data/createGlossary.json", "glossary_search_index")
    @JvmField public val GLOSSARY_TERM: EntityKind<GlossaryTerm> = kind<GlossaryTerm, CreateGlossaryTerm>("glossaryTerm", "/glossaryTerms", "api/data/createGlossaryTerm.json", "glossary_search_index")
    @JvmField public val CLASSIFICATION: EntityKind<Classification> = kind<Classification, CreateClassification>("classification", "/classifications", "api/classification/createClassification.json", "tag_search_index")
    @JvmField public val TAG: EntityKind<Tag> = kind<Tag, CreateTag>("tag", "/tags", "api/classification/createTag.json", "tag_search_index")
    @JvmField public val USER: EntityKind<User> = kind<User, CreateUser>("user", "/users", "api/teams/createUser.json", "user_search_index")
    @JvmField public val TEAM: EntityKind<Team> = kind<Team, CreateTeam>("team", "/teams", "api/teams/createTeam.json", "team_search_index")

    /** Every kind, parents before children where one contains another. */
    @JvmStatic public val all: List<EntityKind<*>> = listOf(DATABASE_SERVICE, DATABASE, DATABASE_SCHEMA, TABLE, GLOSSARY, GLOSSARY_TERM, CLASSIFICATION, TAG, USER, TEAM)

    private val byEntity = all.associateBy { it.entityClass }
    private val byRequest = all.associateBy { it.requestClass }
    private val byType = all.associateBy { it.type }

    /** The kind of entities of [entityClass]; [OpenMetadataException.Usage] when the SDK has no API for it. */
    @Suppress("UNCHECKED_CAST")
    @JvmStatic
    public fun <E : OpenMetadataEntity> of(entityClass: KClass<E>): EntityKind<E> = byEntity[entityClass] as EntityKind<E>?
        ?: throw OpenMetadataException.Usage("${entityClass.simpleName} has no OpenMetadata API in this SDK", "Use one of ${all.joinToString { it.entityClass.simpleName!! }}")

    /** The kind [request] creates. */
    @Suppress("UNCHECKED_CAST")
    @JvmStatic
    public fun <E : OpenMetadataEntity> of(request: CreateRequest<E>): EntityKind<E> = byRequest[request::class] as EntityKind<E>?
        ?: throw OpenMetadataException.Usage("${request::class.simpleName} is not a create request this SDK can send", "Use one of ${all.joinToString { it.requestClass.simpleName!! }}")

    /** The kind whose references carry [type] (`table`, `databaseSchema`…), or null for kinds this SDK does not model. */
    @JvmStatic
    public fun ofTypeOrNull(type: String): EntityKind<*>? = byType[type]

    private inline fun <reified E : OpenMetadataEntity, reified R : CreateRequest<E>> kind(type: String, path: String, createSchema: String, index: String): EntityKind<E> =
        EntityKind(type, path, createSchema, index, E::class, serializer<E>(), R::class, serializer<R>())
}
