package dev.katalog.generator.openmetadata

/**
 * Which schemas become Kotlin types: the [roots] (entities, their create requests and the types the client
 * reads), everything they reference, except the opaque parts that stay raw JSON (connection configs,
 * credentials, SSO settings), which are large, change often and are passed through, not inspected.
 */
internal object GenerationScope {
    val roots: List<String> = listOf(
        "entity/services/databaseService.json", "api/services/createDatabaseService.json",
        "entity/data/database.json", "api/data/createDatabase.json",
        "entity/data/databaseSchema.json", "api/data/createDatabaseSchema.json",
        "entity/data/table.json", "api/data/createTable.json",
        "entity/data/glossary.json", "api/data/createGlossary.json",
        "entity/data/glossaryTerm.json", "api/data/createGlossaryTerm.json",
        "entity/classification/classification.json", "api/classification/createClassification.json",
        "entity/classification/tag.json", "api/classification/createTag.json",
        "entity/teams/user.json", "api/teams/createUser.json",
        "entity/teams/team.json", "api/teams/createTeam.json",
        "entity/services/dashboardService.json", "api/services/createDashboardService.json",
        "entity/data/dashboard.json", "api/data/createDashboard.json",
        "entity/data/chart.json", "api/data/createChart.json",
        "entity/data/dashboardDataModel.json", "api/data/createDashboardDataModel.json",
        "entity/services/pipelineService.json", "api/services/createPipelineService.json",
        "entity/data/pipeline.json", "api/data/createPipeline.json",
        "entity/services/messagingService.json", "api/services/createMessagingService.json",
        "entity/data/topic.json", "api/data/createTopic.json",
        "entity/services/storageService.json", "api/services/createStorageService.json",
        "entity/data/container.json", "api/data/createContainer.json",
        "entity/services/mlmodelService.json", "api/services/createMlModelService.json",
        "entity/data/mlmodel.json", "api/data/createMlModel.json",
        "entity/services/searchService.json", "api/services/createSearchService.json",
        "entity/data/searchIndex.json", "api/data/createSearchIndex.json",
        "entity/data/storedProcedure.json", "api/data/createStoredProcedure.json",
        "entity/data/query.json", "api/data/createQuery.json",
        "type/entityReference.json", "type/paging.json",
        "type/entityLineage.json", "api/lineage/addLineage.json",
        "type/entityHistory.json", "api/openMetadataServerVersion.json",
        // Table data the server keeps beside the entity: profiles and usage.
        "api/data/createTableProfile.json", "type/dailyCount.json", "type/entityUsage.json",
        // Data quality: test definitions, suites, cases and their results (tests/basic.json's testCaseResult, via testCase).
        "tests/testDefinition.json", "tests/testSuite.json", "api/tests/createTestSuite.json",
        "tests/testCase.json", "api/tests/createTestCase.json",
        // Logical suites' membership request, and incidents: a test case's resolution statuses and the request that sets one.
        "api/tests/createLogicalTestCases.json",
        "tests/testCaseResolutionStatus.json", "api/tests/createTestCaseResolutionStatus.json",
        // A status's details are a oneOf (raw JSON in the status): these are its two shapes, to build and read it.
        "tests/assigned.json", "tests/resolved.json",
        // Governance: domains and data products, and the body and answer of a product's bulk asset calls.
        "entity/domains/domain.json", "api/domains/createDomain.json",
        "entity/domains/dataProduct.json", "api/domains/createDataProduct.json",
        "api/bulkAssets.json", "type/bulkOperationResult.json",
        // Access: policies and their rules, roles, bots.
        "entity/policies/policy.json", "api/policies/createPolicy.json",
        "entity/teams/role.json", "api/teams/createRole.json",
        "entity/bot.json", "api/createBot.json",
        // Custom properties: an entity type with its custom properties, each naming its property type (a field type).
        "entity/type.json",
    )

    /** The entity schemas among [roots]: their classes implement `OpenMetadataEntity`. */
    val entities: Set<String> = roots.filter { it.startsWith("entity/") }.toSet()

    /**
     * The create request schemas among [roots] and the entity each creates: their classes implement `CreateRequest<Entity>`.
     * Requests that add data to an entity rather than create one (`createTableProfile`) have no entity of their name and stay plain.
     * Names match whatever their case: 1.4 spells the file `mlmodel.json` and its request `createMlModel.json`.
     */
    val createRequests: Map<String, String> = roots.filter { it.startsWith("api/") && "/create" in it }.mapNotNull { request ->
        val entityFile = request.substringAfterLast("/create")
        entities.singleOrNull { it.substringAfterLast('/').equals(entityFile, ignoreCase = true) }?.let { request to it }
    }.toMap()

    private val opaqueFolders = listOf("entity/services/connections/", "security/", "auth/", "entity/events/")
    private val opaqueNodes = setOf(SchemaLocation("entity/teams/user.json", "/definitions/authenticationMechanism"))

    /** Whether the node at [location] stays raw JSON instead of becoming a type. */
    fun isOpaque(location: SchemaLocation): Boolean = location in opaqueNodes || opaqueFolders.any(location.file::startsWith)
}
