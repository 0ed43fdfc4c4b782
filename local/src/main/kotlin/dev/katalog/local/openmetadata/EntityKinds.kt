package dev.katalog.local.openmetadata

import dev.katalog.local.openmetadata.LinkField.By

/** The OpenMetadata entity kinds the local catalog serves, by type, path and search index. */
internal object EntityKinds {
    val DATABASE_SERVICE = EntityKind(
        type = "databaseService", path = "/services/databaseServices",
        createSchema = "api/services/createDatabaseService.json", entitySchema = "entity/services/databaseService.json",
        searchIndex = "database_service_search_index",
        unsupported = setOf("domain", "dataProducts"),
        optional = setOf("pipelines", "testConnectionResult"),
    )
    val DATABASE = EntityKind(
        type = "database", path = "/databases",
        createSchema = "api/data/createDatabase.json", entitySchema = "entity/data/database.json",
        searchIndex = "database_search_index",
        parents = listOf(ParentLink("service", "databaseService")),
        inherited = listOf("serviceType"),
        unsupported = setOf("domain", "dataProducts"),
        optional = setOf("databaseSchemas", "databaseProfilerConfig"),
        listFilters = mapOf("service" to "service"),
    )
    val DATABASE_SCHEMA = EntityKind(
        type = "databaseSchema", path = "/databaseSchemas",
        createSchema = "api/data/createDatabaseSchema.json", entitySchema = "entity/data/databaseSchema.json",
        searchIndex = "database_schema_search_index",
        parents = listOf(ParentLink("database", "database")),
        inherited = listOf("service", "serviceType"),
        unsupported = setOf("domain", "dataProducts"),
        optional = setOf("tables", "databaseSchemaProfilerConfig"),
        listFilters = mapOf("database" to "database", "service" to "service"),
    )
    val TABLE = EntityKind(
        type = "table", path = "/tables",
        createSchema = "api/data/createTable.json", entitySchema = "entity/data/table.json",
        searchIndex = "table_search_index",
        parents = listOf(ParentLink("databaseSchema", "databaseSchema")),
        inherited = listOf("database", "service", "serviceType"),
        unsupported = setOf("domain", "dataProducts"),
        optional = setOf("joins", "sampleData", "profile", "customMetrics", "testSuite", "tableConstraints", "tableProfilerConfig", "dataModel"),
        listFilters = mapOf("databaseSchema" to "databaseSchema", "database" to "database", "service" to "service"),
    )
    val GLOSSARY = EntityKind(
        type = "glossary", path = "/glossaries",
        createSchema = "api/data/createGlossary.json", entitySchema = "entity/data/glossary.json",
        searchIndex = "glossary_search_index",
        links = listOf(LinkField("reviewers", "user", By.NAME)),
        unsupported = setOf("domain"),
        optional = setOf("reviewers", "termCount", "usageCount"),
    )
    val GLOSSARY_TERM = EntityKind(
        type = "glossaryTerm", path = "/glossaryTerms",
        createSchema = "api/data/createGlossaryTerm.json", entitySchema = "entity/data/glossaryTerm.json",
        searchIndex = "glossary_search_index",
        parents = listOf(ParentLink("parent", "glossaryTerm"), ParentLink("glossary", "glossary")),
        inherited = listOf("glossary"),
        links = listOf(LinkField("reviewers", "user", By.NAME), LinkField("relatedTerms", "glossaryTerm", By.FQN)),
        optional = setOf("reviewers", "relatedTerms", "children", "childrenCount", "usageCount"),
        listFilters = mapOf("glossary" to "glossary", "parent" to "parent"),
    )
    val CLASSIFICATION = EntityKind(
        type = "classification", path = "/classifications",
        createSchema = "api/classification/createClassification.json", entitySchema = "entity/classification/classification.json",
        searchIndex = "tag_search_index",
        optional = setOf("termCount", "usageCount"),
    )
    val TAG = EntityKind(
        type = "tag", path = "/tags",
        createSchema = "api/classification/createTag.json", entitySchema = "entity/classification/tag.json",
        searchIndex = "tag_search_index",
        parents = listOf(ParentLink("parent", "tag"), ParentLink("classification", "classification")),
        inherited = listOf("classification"),
        unsupported = setOf("associatedTags"),
        optional = setOf("children", "usageCount"),
        listFilters = mapOf("parent" to "classification", "classification" to "classification"),
    )
    val USER = EntityKind(
        type = "user", path = "/users",
        createSchema = "api/teams/createUser.json", entitySchema = "entity/teams/user.json",
        searchIndex = "user_search_index",
        links = listOf(LinkField("teams", "team", By.ID)),
        unsupported = setOf("roles", "personas", "defaultPersona"),
        transient = setOf("password", "confirmPassword", "createPasswordType", "botName"),
        optional = setOf("profile", "roles", "teams", "follows", "owns", "personas", "defaultPersona", "inheritedRoles"),
        listFilters = mapOf("team" to "teams"),
    )
    val TEAM = EntityKind(
        type = "team", path = "/teams",
        createSchema = "api/teams/createTeam.json", entitySchema = "entity/teams/team.json",
        searchIndex = "team_search_index",
        links = listOf(LinkField("parents", "team", By.ID), LinkField("children", "team", By.ID), LinkField("users", "user", By.ID)),
        unsupported = setOf("domain", "defaultRoles", "policies"),
        optional = setOf("users", "owns", "parents", "children", "policies", "defaultRoles", "profile", "userCount", "childrenCount", "inheritedRoles"),
        listFilters = mapOf("parentTeam" to "parents"),
    )

    val all: List<EntityKind> = listOf(DATABASE_SERVICE, DATABASE, DATABASE_SCHEMA, TABLE, GLOSSARY, GLOSSARY_TERM, CLASSIFICATION, TAG, USER, TEAM)

    private val byType = all.associateBy { it.type }

    fun ofType(type: String): EntityKind? = byType[type]

    /** The search indices, by OpenMetadata's name. */
    val searchIndices: List<String> = all.map { it.searchIndex }.distinct()

    /** Reference fields that make an entity a child of the referenced one (deletes cascade along them). */
    val childReferences: List<String> = listOf("service", "database", "databaseSchema", "glossary", "classification", "parent", "parents")
}
