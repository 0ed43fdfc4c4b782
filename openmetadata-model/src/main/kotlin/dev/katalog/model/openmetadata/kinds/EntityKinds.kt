package dev.katalog.model.openmetadata.kinds

import dev.katalog.model.openmetadata.CreateRequest
import dev.katalog.model.openmetadata.OpenMetadataEntity
import dev.katalog.model.openmetadata.api.classification.CreateClassification
import dev.katalog.model.openmetadata.api.classification.CreateTag
import dev.katalog.model.openmetadata.api.CreateBot
import dev.katalog.model.openmetadata.api.data.CreateChart
import dev.katalog.model.openmetadata.api.data.CreateContainer
import dev.katalog.model.openmetadata.api.data.CreateDashboard
import dev.katalog.model.openmetadata.api.data.CreateDashboardDataModel
import dev.katalog.model.openmetadata.api.data.CreateDatabase
import dev.katalog.model.openmetadata.api.data.CreateDatabaseSchema
import dev.katalog.model.openmetadata.api.data.CreateGlossary
import dev.katalog.model.openmetadata.api.data.CreateGlossaryTerm
import dev.katalog.model.openmetadata.api.data.CreateMlModel
import dev.katalog.model.openmetadata.api.data.CreatePipeline
import dev.katalog.model.openmetadata.api.data.CreateQuery
import dev.katalog.model.openmetadata.api.data.CreateSearchIndex
import dev.katalog.model.openmetadata.api.data.CreateStoredProcedure
import dev.katalog.model.openmetadata.api.data.CreateTable
import dev.katalog.model.openmetadata.api.domains.CreateDataProduct
import dev.katalog.model.openmetadata.api.domains.CreateDomain
import dev.katalog.model.openmetadata.api.data.CreateTopic
import dev.katalog.model.openmetadata.api.services.CreateDashboardService
import dev.katalog.model.openmetadata.api.services.CreateDatabaseService
import dev.katalog.model.openmetadata.api.services.CreateMessagingService
import dev.katalog.model.openmetadata.api.services.CreateMlModelService
import dev.katalog.model.openmetadata.api.services.CreatePipelineService
import dev.katalog.model.openmetadata.api.policies.CreatePolicy
import dev.katalog.model.openmetadata.api.teams.CreateRole
import dev.katalog.model.openmetadata.api.services.CreateSearchService
import dev.katalog.model.openmetadata.api.services.CreateStorageService
import dev.katalog.model.openmetadata.api.teams.CreateTeam
import dev.katalog.model.openmetadata.api.teams.CreateUser
import dev.katalog.model.openmetadata.entity.Bot
import dev.katalog.model.openmetadata.entity.classification.Classification
import dev.katalog.model.openmetadata.entity.classification.Tag
import dev.katalog.model.openmetadata.entity.data.Chart
import dev.katalog.model.openmetadata.entity.data.Container
import dev.katalog.model.openmetadata.entity.data.Dashboard
import dev.katalog.model.openmetadata.entity.data.DashboardDataModel
import dev.katalog.model.openmetadata.entity.data.Database
import dev.katalog.model.openmetadata.entity.data.DatabaseSchema
import dev.katalog.model.openmetadata.entity.data.Glossary
import dev.katalog.model.openmetadata.entity.data.GlossaryTerm
import dev.katalog.model.openmetadata.entity.data.MlModel
import dev.katalog.model.openmetadata.entity.data.Pipeline
import dev.katalog.model.openmetadata.entity.data.Query
import dev.katalog.model.openmetadata.entity.data.SearchIndex
import dev.katalog.model.openmetadata.entity.data.StoredProcedure
import dev.katalog.model.openmetadata.entity.data.Table
import dev.katalog.model.openmetadata.entity.domains.DataProduct
import dev.katalog.model.openmetadata.entity.domains.Domain
import dev.katalog.model.openmetadata.entity.policies.Policy
import dev.katalog.model.openmetadata.entity.data.Topic
import dev.katalog.model.openmetadata.entity.services.DashboardService
import dev.katalog.model.openmetadata.entity.services.DatabaseService
import dev.katalog.model.openmetadata.entity.services.MessagingService
import dev.katalog.model.openmetadata.entity.services.MlModelService
import dev.katalog.model.openmetadata.entity.services.PipelineService
import dev.katalog.model.openmetadata.entity.teams.Role
import dev.katalog.model.openmetadata.entity.services.SearchService
import dev.katalog.model.openmetadata.entity.services.StorageService
import dev.katalog.model.openmetadata.entity.teams.Team
import dev.katalog.model.openmetadata.entity.teams.User
import kotlin.reflect.KClass
import kotlinx.serialization.serializer

/** The entity kinds Katalog speaks, one registry of paths, schemas and search indexes for the client and the local catalog. */
public object EntityKinds {
    @JvmField public val DATABASE_SERVICE: EntityKind<DatabaseService> = kind<DatabaseService, CreateDatabaseService>("databaseService", "/services/databaseServices", "services/createDatabaseService", "services/databaseService", "database_service_search_index")
    @JvmField public val DATABASE: EntityKind<Database> = kind<Database, CreateDatabase>("database", "/databases", "data/createDatabase", "data/database", "database_search_index")
    @JvmField public val DATABASE_SCHEMA: EntityKind<DatabaseSchema> = kind<DatabaseSchema, CreateDatabaseSchema>("databaseSchema", "/databaseSchemas", "data/createDatabaseSchema", "data/databaseSchema", "database_schema_search_index")
    @JvmField public val TABLE: EntityKind<Table> = kind<Table, CreateTable>("table", "/tables", "data/createTable", "data/table", "table_search_index")
    @JvmField public val GLOSSARY: EntityKind<Glossary> = kind<Glossary, CreateGlossary>("glossary", "/glossaries", "data/createGlossary", "data/glossary", "glossary_search_index")
    @JvmField public val GLOSSARY_TERM: EntityKind<GlossaryTerm> = kind<GlossaryTerm, CreateGlossaryTerm>("glossaryTerm", "/glossaryTerms", "data/createGlossaryTerm", "data/glossaryTerm", "glossary_term_search_index")
    @JvmField public val CLASSIFICATION: EntityKind<Classification> = kind<Classification, CreateClassification>("classification", "/classifications", "classification/createClassification", "classification/classification", "classification_search_index")
    @JvmField public val TAG: EntityKind<Tag> = kind<Tag, CreateTag>("tag", "/tags", "classification/createTag", "classification/tag", "tag_search_index")
    @JvmField public val USER: EntityKind<User> = kind<User, CreateUser>("user", "/users", "teams/createUser", "teams/user", "user_search_index")
    @JvmField public val TEAM: EntityKind<Team> = kind<Team, CreateTeam>("team", "/teams", "teams/createTeam", "teams/team", "team_search_index")
    @JvmField public val DASHBOARD_SERVICE: EntityKind<DashboardService> = kind<DashboardService, CreateDashboardService>("dashboardService", "/services/dashboardServices", "services/createDashboardService", "services/dashboardService", "dashboard_service_search_index")
    @JvmField public val CHART: EntityKind<Chart> = kind<Chart, CreateChart>("chart", "/charts", "data/createChart", "data/chart", "chart_search_index")
    @JvmField public val DASHBOARD_DATA_MODEL: EntityKind<DashboardDataModel> = kind<DashboardDataModel, CreateDashboardDataModel>("dashboardDataModel", "/dashboard/datamodels", "data/createDashboardDataModel", "data/dashboardDataModel", "dashboard_data_model_search_index")
    @JvmField public val DASHBOARD: EntityKind<Dashboard> = kind<Dashboard, CreateDashboard>("dashboard", "/dashboards", "data/createDashboard", "data/dashboard", "dashboard_search_index")
    @JvmField public val PIPELINE_SERVICE: EntityKind<PipelineService> = kind<PipelineService, CreatePipelineService>("pipelineService", "/services/pipelineServices", "services/createPipelineService", "services/pipelineService", "pipeline_service_search_index")
    @JvmField public val PIPELINE: EntityKind<Pipeline> = kind<Pipeline, CreatePipeline>("pipeline", "/pipelines", "data/createPipeline", "data/pipeline", "pipeline_search_index")
    @JvmField public val DOMAIN: EntityKind<Domain> = kind<Domain, CreateDomain>("domain", "/domains", "domains/createDomain", "domains/domain", "domain_search_index")
    @JvmField public val DATA_PRODUCT: EntityKind<DataProduct> = kind<DataProduct, CreateDataProduct>("dataProduct", "/dataProducts", "domains/createDataProduct", "domains/dataProduct", "data_product_search_index")
    // OpenMetadata 1.4 searches no policies, roles or bots: these index names are where the local catalog keeps them.
    @JvmField public val POLICY: EntityKind<Policy> = kind<Policy, CreatePolicy>("policy", "/policies", "policies/createPolicy", "policies/policy", "policy_search_index")
    @JvmField public val ROLE: EntityKind<Role> = kind<Role, CreateRole>("role", "/roles", "teams/createRole", "teams/role", "role_search_index")
    @JvmField public val BOT: EntityKind<Bot> = kind<Bot, CreateBot>("bot", "/bots", "createBot", "bot", "bot_search_index")
    @JvmField public val MESSAGING_SERVICE: EntityKind<MessagingService> = kind<MessagingService, CreateMessagingService>("messagingService", "/services/messagingServices", "services/createMessagingService", "services/messagingService", "messaging_service_search_index")
    @JvmField public val TOPIC: EntityKind<Topic> = kind<Topic, CreateTopic>("topic", "/topics", "data/createTopic", "data/topic", "topic_search_index")
    @JvmField public val STORAGE_SERVICE: EntityKind<StorageService> = kind<StorageService, CreateStorageService>("storageService", "/services/storageServices", "services/createStorageService", "services/storageService", "storage_service_search_index")
    @JvmField public val CONTAINER: EntityKind<Container> = kind<Container, CreateContainer>("container", "/containers", "data/createContainer", "data/container", "container_search_index")
    @JvmField public val MLMODEL_SERVICE: EntityKind<MlModelService> = kind<MlModelService, CreateMlModelService>("mlmodelService", "/services/mlmodelServices", "services/createMlModelService", "services/mlmodelService", "mlmodel_service_search_index")
    @JvmField public val MLMODEL: EntityKind<MlModel> = kind<MlModel, CreateMlModel>("mlmodel", "/mlmodels", "data/createMlModel", "data/mlmodel", "mlmodel_search_index")
    @JvmField public val SEARCH_SERVICE: EntityKind<SearchService> = kind<SearchService, CreateSearchService>("searchService", "/services/searchServices", "services/createSearchService", "services/searchService", "search_service_search_index")

    /** A search index's index is `search_entity_search_index` in 1.4's `indexMapping.json`, not `search_index_search_index`. */
    @JvmField public val SEARCH_INDEX: EntityKind<SearchIndex> = kind<SearchIndex, CreateSearchIndex>("searchIndex", "/searchIndexes", "data/createSearchIndex", "data/searchIndex", "search_entity_search_index")
    @JvmField public val STORED_PROCEDURE: EntityKind<StoredProcedure> = kind<StoredProcedure, CreateStoredProcedure>("storedProcedure", "/storedProcedures", "data/createStoredProcedure", "data/storedProcedure", "stored_procedure_search_index")
    @JvmField public val QUERY: EntityKind<Query> = kind<Query, CreateQuery>("query", "/queries", "data/createQuery", "data/query", "query_search_index")

    /** Every kind, parents before children where one contains another. */
    @JvmStatic public val all: List<EntityKind<*>> = listOf(
        DATABASE_SERVICE, DATABASE, DATABASE_SCHEMA, TABLE, GLOSSARY, GLOSSARY_TERM, CLASSIFICATION, TAG, USER, TEAM,
        DASHBOARD_SERVICE, CHART, DASHBOARD_DATA_MODEL, DASHBOARD, PIPELINE_SERVICE, PIPELINE,
        DOMAIN, DATA_PRODUCT, POLICY, ROLE, BOT,
        MESSAGING_SERVICE, TOPIC, STORAGE_SERVICE, CONTAINER, MLMODEL_SERVICE, MLMODEL, SEARCH_SERVICE, SEARCH_INDEX,
        STORED_PROCEDURE, QUERY,
    )

    /**
     * The search indexes, by OpenMetadata's names: one per kind, as OpenMetadata 1.4's `indexMapping.json` has them
     * (`glossary_term_search_index` and `classification_search_index` apart from glossaries and tags).
     */
    @JvmStatic public val searchIndices: List<String> = all.map { it.searchIndex }.distinct()

    private val byEntity = all.associateBy { it.entityClass }
    private val byRequest = all.associateBy { it.requestClass }
    private val byType = all.associateBy { it.type }

    /** The kind whose references carry [type] (`table`, `databaseSchema`…), or null for kinds Katalog does not model. */
    @JvmStatic
    public fun ofTypeOrNull(type: String): EntityKind<*>? = byType[type]

    /** The kind of entities of [entityClass], or null when Katalog has no API for it. */
    @Suppress("UNCHECKED_CAST")
    @JvmStatic
    public fun <E : OpenMetadataEntity> ofEntityOrNull(entityClass: KClass<E>): EntityKind<E>? = byEntity[entityClass] as EntityKind<E>?

    /** The kind [request] creates, or null when Katalog cannot send it. */
    @Suppress("UNCHECKED_CAST")
    @JvmStatic
    public fun <E : OpenMetadataEntity> ofRequestOrNull(request: CreateRequest<E>): EntityKind<E>? = byRequest[request::class] as EntityKind<E>?

    /** [create] and [entity] are paths of OpenMetadata 1.4's JSON Schemas under `json/schema/api/` and `json/schema/entity/`. */
    private inline fun <reified E : OpenMetadataEntity, reified R : CreateRequest<E>> kind(type: String, path: String, create: String, entity: String, index: String): EntityKind<E> =
        EntityKind(type, path, "api/$create.json", "entity/$entity.json", index, E::class, serializer<E>(), R::class, serializer<R>())
}
