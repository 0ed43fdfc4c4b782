package dev.katalog.local.openmetadata

import dev.katalog.local.openmetadata.LinkField.By
import dev.katalog.model.openmetadata.kinds.EntityKind as SharedEntityKind
import dev.katalog.model.openmetadata.kinds.EntityKinds as SharedKinds

/** The OpenMetadata entity kinds the local catalog serves: the shared [SharedKinds] with what the server adds to each. */
internal object EntityKinds {
    // OpenMetadata 1.4 create requests name the entity's domain by FQN (EntityResource.copy: getEntityReference of DOMAIN).
    private val DOMAIN_LINK = LinkField("domain", "domain", By.FQN, many = false)

    val DATABASE_SERVICE = EntityKind(
        SharedKinds.DATABASE_SERVICE,
        links = listOf(DOMAIN_LINK),
        unsupported = setOf("dataProducts"),
        optional = setOf("pipelines", "testConnectionResult"),
    )
    val DATABASE = EntityKind(
        SharedKinds.DATABASE,
        links = listOf(DOMAIN_LINK),
        parents = listOf(ParentLink("service", "databaseService")),
        inherited = listOf("serviceType"),
        unsupported = setOf("dataProducts"),
        optional = setOf("databaseSchemas", "databaseProfilerConfig"),
        listFilters = mapOf("service" to "service"),
    )
    val DATABASE_SCHEMA = EntityKind(
        SharedKinds.DATABASE_SCHEMA,
        links = listOf(DOMAIN_LINK),
        parents = listOf(ParentLink("database", "database")),
        inherited = listOf("service", "serviceType"),
        unsupported = setOf("dataProducts"),
        optional = setOf("tables", "databaseSchemaProfilerConfig"),
        listFilters = mapOf("database" to "database", "service" to "service"),
    )
    val TABLE = EntityKind(
        SharedKinds.TABLE,
        links = listOf(DOMAIN_LINK),
        parents = listOf(ParentLink("databaseSchema", "databaseSchema")),
        inherited = listOf("database", "service", "serviceType"),
        unsupported = setOf("dataProducts"),
        optional = setOf("joins", "sampleData", "profile", "customMetrics", "testSuite", "tableConstraints", "tableProfilerConfig", "dataModel"),
        listFilters = mapOf("databaseSchema" to "databaseSchema", "database" to "database", "service" to "service"),
    )
    val GLOSSARY = EntityKind(
        SharedKinds.GLOSSARY,
        links = listOf(DOMAIN_LINK, LinkField("reviewers", "user", By.NAME)),
        optional = setOf("reviewers", "termCount", "usageCount"),
    )
    val GLOSSARY_TERM = EntityKind(
        SharedKinds.GLOSSARY_TERM,
        parents = listOf(ParentLink("parent", "glossaryTerm"), ParentLink("glossary", "glossary")),
        inherited = listOf("glossary"),
        links = listOf(LinkField("reviewers", "user", By.NAME), LinkField("relatedTerms", "glossaryTerm", By.FQN)),
        optional = setOf("reviewers", "relatedTerms", "children", "childrenCount", "usageCount"),
        listFilters = mapOf("glossary" to "glossary", "parent" to "parent"),
    )
    val CLASSIFICATION = EntityKind(
        SharedKinds.CLASSIFICATION,
        optional = setOf("termCount", "usageCount"),
    )
    val TAG = EntityKind(
        SharedKinds.TAG,
        parents = listOf(ParentLink("parent", "tag"), ParentLink("classification", "classification")),
        inherited = listOf("classification"),
        unsupported = setOf("associatedTags"),
        optional = setOf("children", "usageCount"),
        listFilters = mapOf("parent" to "classification", "classification" to "classification"),
    )
    val USER = EntityKind(
        SharedKinds.USER,
        links = listOf(LinkField("teams", "team", By.ID), LinkField("roles", "role", By.ID)),
        referenceLists = setOf("roles"),
        unsupported = setOf("personas", "defaultPersona"),
        transient = setOf("password", "confirmPassword", "createPasswordType", "botName"),
        optional = setOf("profile", "roles", "teams", "follows", "owns", "personas", "defaultPersona", "inheritedRoles"),
        listFilters = mapOf("team" to "teams"),
    )
    val TEAM = EntityKind(
        SharedKinds.TEAM,
        links = listOf(DOMAIN_LINK, LinkField("parents", "team", By.ID), LinkField("children", "team", By.ID), LinkField("users", "user", By.ID)),
        unsupported = setOf("defaultRoles", "policies"),
        optional = setOf("users", "owns", "parents", "children", "policies", "defaultRoles", "profile", "userCount", "childrenCount", "inheritedRoles"),
        listFilters = mapOf("parentTeam" to "parents"),
    )
    val DASHBOARD_SERVICE = EntityKind(
        SharedKinds.DASHBOARD_SERVICE,
        links = listOf(DOMAIN_LINK),
        unsupported = setOf("dataProducts"),
        optional = setOf("pipelines", "testConnectionResult"),
    )

    // OpenMetadata 1.4 ChartRepository / DashboardRepository / DashboardDataModelRepository: the FQN is the service's
    // then the name (a data model's with `.model` between them); charts and data models are named by FQN on a dashboard.
    val CHART = EntityKind(
        SharedKinds.CHART,
        parents = listOf(ParentLink("service", "dashboardService")),
        inherited = listOf("serviceType"),
        unsupported = setOf("domain", "dataProducts"),
        listFilters = mapOf("service" to "service"),
    )
    val DASHBOARD_DATA_MODEL = EntityKind(
        SharedKinds.DASHBOARD_DATA_MODEL,
        links = listOf(DOMAIN_LINK),
        parents = listOf(ParentLink("service", "dashboardService")),
        fqnInfix = "model",
        inherited = listOf("serviceType"),
        unsupported = setOf("dataProducts"),
        listFilters = mapOf("service" to "service"),
    )
    val DASHBOARD = EntityKind(
        SharedKinds.DASHBOARD,
        parents = listOf(ParentLink("service", "dashboardService")),
        inherited = listOf("serviceType"),
        links = listOf(LinkField("charts", "chart", By.FQN), LinkField("dataModels", "dashboardDataModel", By.FQN)),
        unsupported = setOf("domain", "dataProducts"),
        optional = setOf("charts", "dataModels"),
        listFilters = mapOf("service" to "service"),
    )
    val PIPELINE_SERVICE = EntityKind(
        SharedKinds.PIPELINE_SERVICE,
        links = listOf(DOMAIN_LINK),
        unsupported = setOf("dataProducts"),
        optional = setOf("pipelines", "testConnectionResult"),
    )

    // OpenMetadata 1.4 PipelineRepository: the FQN is the service's then the name, each task's the pipeline's then its name.
    val PIPELINE = EntityKind(
        SharedKinds.PIPELINE,
        links = listOf(DOMAIN_LINK),
        parents = listOf(ParentLink("service", "pipelineService")),
        inherited = listOf("serviceType"),
        unsupported = setOf("dataProducts"),
        optional = setOf("tasks", "pipelineStatus", "scheduleInterval", "sourceHash"),
        listFilters = mapOf("service" to "service"),
    )

    // OpenMetadata 1.4 DomainRepository: a sub-domain's FQN is its parent's then its name, a top-level domain's its
    // name; experts are users given by name; a domain's sub-domains are the domains whose parent it is.
    val DOMAIN = EntityKind(
        SharedKinds.DOMAIN,
        parents = listOf(ParentLink("parent", "domain")),
        parentOptional = true,
        links = listOf(LinkField("experts", "user", By.NAME)),
        optional = setOf("children", "experts"),
    )

    // OpenMetadata 1.4 DataProductRepository: named by its name alone; its domain given by FQN, experts by name, and
    // assets as references that must exist (the assets list each product in their `dataProducts`).
    val DATA_PRODUCT = EntityKind(
        SharedKinds.DATA_PRODUCT,
        links = listOf(LinkField("domain", "domain", By.FQN, many = false), LinkField("experts", "user", By.NAME)),
        referenceLists = setOf("assets"),
        optional = setOf("experts", "assets"),
        listFilters = mapOf("domain" to "domain"),
    )

    // OpenMetadata 1.4 PolicyRepository, RoleRepository and BotRepository: each named by its name alone. A role lists
    // its policies by FQN (at least one); its users are the users holding it; a bot names its bot user by name.
    val POLICY = EntityKind(
        SharedKinds.POLICY,
        optional = setOf("teams", "roles", "location"),
    )
    val ROLE = EntityKind(
        SharedKinds.ROLE,
        links = listOf(LinkField("policies", "policy", By.FQN)),
        optional = setOf("policies", "users", "teams"),
    )
    val BOT = EntityKind(
        SharedKinds.BOT,
        links = listOf(LinkField("botUser", "user", By.NAME, many = false)),
    )

    val MESSAGING_SERVICE = service(SharedKinds.MESSAGING_SERVICE)

    // OpenMetadata 1.4 TopicRepository: the FQN is the service's then the name, each schema field's the topic's then its name.
    val TOPIC = EntityKind(
        SharedKinds.TOPIC,
        links = listOf(DOMAIN_LINK),
        parents = listOf(ParentLink("service", "messagingService")),
        inherited = listOf("serviceType"),
        unsupported = setOf("dataProducts"),
        optional = setOf("sampleData"),
        nestedFqns = listOf(NestedFields("messageSchema", "schemaFields")),
        listFilters = mapOf("service" to "service"),
    )
    val STORAGE_SERVICE = service(SharedKinds.STORAGE_SERVICE)

    // OpenMetadata 1.4 ContainerRepository: a container under a parent container (given by reference) is named under
    // its parent, a root container under its service; its data model's columns under the container.
    val CONTAINER = EntityKind(
        SharedKinds.CONTAINER,
        links = listOf(DOMAIN_LINK),
        parents = listOf(ParentLink("parent", "container", byReference = true), ParentLink("service", "storageService")),
        inherited = listOf("service", "serviceType"),
        unsupported = setOf("dataProducts"),
        optional = setOf("parent", "children", "dataModel"),
        nestedFqns = listOf(NestedFields("dataModel", "columns")),
        listFilters = mapOf("service" to "service"),
    )
    val MLMODEL_SERVICE = service(SharedKinds.MLMODEL_SERVICE)

    // OpenMetadata 1.4 MlModelRepository: the FQN is the service's then the name, each feature's the model's then its name.
    val MLMODEL = EntityKind(
        SharedKinds.MLMODEL,
        parents = listOf(ParentLink("service", "mlmodelService")),
        inherited = listOf("serviceType"),
        links = listOf(DOMAIN_LINK, LinkField("dashboard", "dashboard", By.FQN, many = false)),
        unsupported = setOf("dataProducts"),
        optional = setOf("dashboard"),
        nestedFqns = listOf(NestedFields(null, "mlFeatures")),
        listFilters = mapOf("service" to "service"),
    )
    val SEARCH_SERVICE = service(SharedKinds.SEARCH_SERVICE)

    // OpenMetadata 1.4 SearchIndexRepository: the FQN is the service's then the name, each field's the index's then its name.
    val SEARCH_INDEX = EntityKind(
        SharedKinds.SEARCH_INDEX,
        links = listOf(DOMAIN_LINK),
        parents = listOf(ParentLink("service", "searchService")),
        inherited = listOf("serviceType"),
        unsupported = setOf("dataProducts"),
        optional = setOf("sampleData", "searchIndexSettings"),
        nestedFqns = listOf(NestedFields(null, "fields")),
        listFilters = mapOf("service" to "service"),
    )

    // OpenMetadata 1.4 StoredProcedureRepository: under a schema as a table is, inheriting its database and service.
    val STORED_PROCEDURE = EntityKind(
        SharedKinds.STORED_PROCEDURE,
        links = listOf(DOMAIN_LINK),
        parents = listOf(ParentLink("databaseSchema", "databaseSchema")),
        inherited = listOf("database", "service", "serviceType"),
        unsupported = setOf("dataProducts"),
        listFilters = mapOf("databaseSchema" to "databaseSchema", "database" to "database", "service" to "service"),
    )

    // OpenMetadata 1.4 QueryRepository and QueryResource: a query belongs to a database service, named under it (by the
    // MD5 of its text when it has no name); queryUsedIn references what it reads, users name users; never soft-deleted.
    val QUERY = EntityKind(
        SharedKinds.QUERY,
        parents = listOf(ParentLink("service", "databaseService")),
        links = listOf(LinkField("users", "user", By.NAME), LinkField("queryUsedIn", "", By.REFERENCE)),
        optional = setOf("users", "queryUsedIn"),
        listFilters = mapOf("entityId" to "queryUsedIn", "service" to "service"),
    )

    val all: List<EntityKind> = listOf(
        DATABASE_SERVICE, DATABASE, DATABASE_SCHEMA, TABLE, GLOSSARY, GLOSSARY_TERM, CLASSIFICATION, TAG, USER, TEAM,
        DASHBOARD_SERVICE, CHART, DASHBOARD_DATA_MODEL, DASHBOARD, PIPELINE_SERVICE, PIPELINE,
        DOMAIN, DATA_PRODUCT, POLICY, ROLE, BOT,
        MESSAGING_SERVICE, TOPIC, STORAGE_SERVICE, CONTAINER, MLMODEL_SERVICE, MLMODEL, SEARCH_SERVICE, SEARCH_INDEX, STORED_PROCEDURE,
        QUERY,
    )

    private val byType = all.associateBy { it.type }

    // A service as 1.4 keeps every kind of them: no parent, its connection passed through.
    private fun service(shared: SharedEntityKind<*>) = EntityKind(
        shared,
        links = listOf(DOMAIN_LINK),
        unsupported = setOf("dataProducts"),
        optional = setOf("pipelines", "testConnectionResult"),
    )

    fun ofType(type: String): EntityKind? = byType[type]

    /** The search indices, by OpenMetadata's name. */
    val searchIndices: List<String> = SharedKinds.searchIndices

    /** Reference fields that make an entity a child of the referenced one (deletes cascade along them). */
    val childReferences: List<String> = listOf("service", "database", "databaseSchema", "glossary", "classification", "parent", "parents")
}
