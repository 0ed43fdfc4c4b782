package dev.katalog.local.openmetadata

import dev.katalog.local.error.CatalogException
import dev.katalog.local.http.ApiGuard
import dev.katalog.local.json.str
import io.ktor.http.ContentType
import io.ktor.http.HttpStatusCode
import io.ktor.server.application.Application
import io.ktor.server.application.ApplicationCall
import io.ktor.server.request.contentType
import io.ktor.server.routing.Route
import io.ktor.server.routing.delete
import io.ktor.server.routing.get
import io.ktor.server.routing.patch
import io.ktor.server.routing.post
import io.ktor.server.routing.put
import io.ktor.server.routing.route
import io.ktor.server.routing.routing
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put

/** OpenMetadata's REST API under `/api/v1`, through the same [ApiGuard] as the Atlan API, with OpenMetadata's errors. */
internal class OpenMetadataRoutes(
    private val entities: EntityService,
    private val lineage: LineageService,
    private val search: OpenMetadataSearch,
    private val computed: ComputedFields,
    private val tableData: TableDataService,
    private val usage: UsageService,
    private val dataQuality: DataQualityService,
    private val guard: ApiGuard,
    private val user: String = "admin",
    private val startedAt: Long = System.currentTimeMillis(),
) {
    private val productAssets = DataProductAssets(entities, StoredReferences(entities.index))

    fun install(application: Application) {
        application.routing {
            route("/api/v1") {
                get("/system/version") {
                    om(call) {
                        buildJsonObject { put("version", VERSION); put("revision", "katalog-local"); put("timestamp", startedAt) }
                    }
                }
                typeRoutes()
                for (kind in EntityKinds.all) entityRoutes(kind)
                put("/lineage") { om(call) { lineage.add(guard.json(call, MALFORMED)); JsonNull } }
                get("/lineage/{type}/name/{fqn}") {
                    om(call) { lineage.byName(param(call, "type"), param(call, "fqn"), depth(call, "upstreamDepth"), depth(call, "downstreamDepth")) }
                }
                get("/lineage/{type}/{id}") {
                    om(call) { lineage.byId(param(call, "type"), param(call, "id"), depth(call, "upstreamDepth"), depth(call, "downstreamDepth")) }
                }
                delete("/lineage/{fromType}/{fromId}/{toType}/{toId}") {
                    om(call) { lineage.remove(param(call, "fromType"), param(call, "fromId"), param(call, "toType"), param(call, "toId")); JsonNull }
                }
                tableDataRoutes()
                put("${EntityKinds.DATA_PRODUCT.path}/{fqn}/assets/add") {
                    om(call) { productAssets.change(param(call, "fqn"), guard.json(call, MALFORMED), add = true, user = actor(call)) }
                }
                put("${EntityKinds.DATA_PRODUCT.path}/{fqn}/assets/remove") {
                    om(call) { productAssets.change(param(call, "fqn"), guard.json(call, MALFORMED), add = false, user = actor(call)) }
                }
                usageRoutes()
                dataQualityRoutes()
                get("/search/query") { om(call) { search.query(call.request.queryParameters.entries().associate { it.key to it.value.first() }) } }
                for (method in listOf("GET", "POST", "PUT", "PATCH", "DELETE")) {
                    route("{path...}", io.ktor.http.HttpMethod.parse(method)) {
                        handle {
                            om(call) {
                                throw CatalogException.NotFound("No such endpoint: $method ${call.request.local.uri.substringBefore('?').take(200)}")
                            }
                        }
                    }
                }
            }
        }
    }

    // TableResource 1.4: sample data and profiler config by table id, profiles written by id and read by FQN.
    private fun Route.tableDataRoutes() {
        route(EntityKinds.TABLE.path) {
            put("/{id}/sampleData") { om(call) { tableData.putSampleData(param(call, "id"), guard.json(call, MALFORMED)) } }
            get("/{id}/sampleData") { om(call) { tableData.sampleData(param(call, "id")) } }
            delete("/{id}/sampleData") { om(call) { tableData.deleteSampleData(param(call, "id")) } }
            put("/{id}/tableProfilerConfig") { om(call) { tableData.putProfilerConfig(param(call, "id"), guard.json(call, MALFORMED)) } }
            get("/{id}/tableProfilerConfig") { om(call) { tableData.profilerConfig(param(call, "id")) } }
            delete("/{id}/tableProfilerConfig") { om(call) { tableData.deleteProfilerConfig(param(call, "id")) } }
            put("/{id}/tableProfile") { om(call) { tableData.addProfile(param(call, "id"), guard.json(call, MALFORMED)) } }
            get("/{fqn}/tableProfile/latest") { om(call) { tableData.latestProfile(param(call, "fqn")) } }
            get("/{fqn}/tableProfile") {
                om(call) { tableData.tableProfiles(param(call, "fqn"), timestamp(call, "startTs"), timestamp(call, "endTs")) }
            }
            get("/{fqn}/columnProfile") {
                om(call) { tableData.columnProfiles(param(call, "fqn"), timestamp(call, "startTs"), timestamp(call, "endTs")) }
            }
        }
    }

    // TypeResource 1.4: property and entity types, read by name or id; PUT /{id} adds a custom property to an entity type.
    private fun Route.typeRoutes() {
        val types = entities.types
        route("/metadata/types") {
            get {
                om(call) {
                    val q = call.request.queryParameters
                    val limit = q["limit"]?.let { it.toIntOrNull() ?: throw CatalogException.NotFound("limit must be a whole number") } ?: DEFAULT_LIMIT
                    types.list(q["category"], limit, q["after"], typeFields(call), baseUrl(call))
                }
            }
            get("/name/{name}") { om(call) { types.byName(param(call, "name"), typeFields(call), baseUrl(call)) } }
            get("/{id}") { om(call) { types.byId(param(call, "id"), typeFields(call), baseUrl(call)) } }
            put("/{id}") { om(call) { types.addProperty(param(call, "id"), guard.json(call, MALFORMED), actor(call), baseUrl(call)) } }
        }
    }

    // TypeResource.FIELDS is customProperties alone; any other name is EntityUtil.Fields' "Invalid field name X".
    private fun typeFields(call: ApplicationCall): Set<String> {
        val fields = call.request.queryParameters["fields"]?.split(',')?.map { it.trim() }?.filter { it.isNotEmpty() }.orEmpty().toSet()
        fields.firstOrNull { it != TypeService.CUSTOM_PROPERTIES }?.let { throw OpenMetadataErrors.badRequest("Invalid field name $it") }
        return fields
    }

    // UsageResource 1.4: POST sets a day's count, PUT adds to it; both answer 201 with a change event.
    private fun Route.usageRoutes() {
        route("/usage/{type}/{id}") {
            post {
                guard.serveWithStatus(call, OpenMetadataErrors.FORMAT) {
                    HttpStatusCode.Created to usage.report(param(call, "type"), param(call, "id"), guard.json(call, MALFORMED), replace = true)
                }
            }
            put {
                guard.serveWithStatus(call, OpenMetadataErrors.FORMAT) {
                    HttpStatusCode.Created to usage.report(param(call, "type"), param(call, "id"), guard.json(call, MALFORMED), replace = false)
                }
            }
            get {
                om(call) {
                    val q = call.request.queryParameters
                    val days = q["days"]?.let { it.toIntOrNull() ?: throw CatalogException.NotFound("days must be a whole number") } ?: 1
                    usage.usage(param(call, "type"), param(call, "id"), days, q["date"])
                }
            }
        }
    }

    // resources/dqtests 1.4: definitions (read-only here), executable and logical suites, test cases and their results
    // by FQN, and the incident manager (TestCaseResolutionStatusResource) under /testCases/testCaseIncidentStatus.
    private fun Route.dataQualityRoutes() {
        route("/dataQuality") {
            get("/testDefinitions") {
                om(call) { dataQuality.testDefinitions(call.request.queryParameters["entityType"], call.request.queryParameters["testPlatform"]) }
            }
            get("/testDefinitions/name/{fqn}") { om(call) { dataQuality.testDefinitionByName(param(call, "fqn")) } }
            get("/testDefinitions/{id}") { om(call) { dataQuality.testDefinitionById(param(call, "id")) } }
            testSuiteRoutes()
            post("/testCases") {
                guard.serveWithStatus(call, OpenMetadataErrors.FORMAT) {
                    HttpStatusCode.Created to dataQuality.createTestCase(guard.json(call, MALFORMED), actor(call))
                }
            }
            get("/testCases") {
                om(call) {
                    val q = call.request.queryParameters
                    dataQuality.listTestCases(
                        q["entityLink"], q["testSuiteId"], flag(q["includeAllTests"], "includeAllTests"), q["fields"], limit(call), q["after"], Include.parse(q["include"]),
                    )
                }
            }
            put("/testCases/logicalTestCases") { om(call) { dataQuality.addToLogicalSuite(guard.json(call, MALFORMED)) } }
            delete("/testCases/logicalTestCases/{suiteId}/{id}") { om(call) { dataQuality.removeFromLogicalSuite(param(call, "suiteId"), param(call, "id")) } }
            incidentRoutes()
            get("/testCases/name/{fqn}") {
                om(call) { dataQuality.testCaseByName(param(call, "fqn"), call.request.queryParameters["fields"], Include.parse(call.request.queryParameters["include"])) }
            }
            delete("/testCases/name/{fqn}") { om(call) { deleteTestCase(call, dataQuality.anyTestCase(null, param(call, "fqn"))) } }
            put("/testCases/{fqn}/testCaseResult") {
                guard.serveWithStatus(call, OpenMetadataErrors.FORMAT) {
                    HttpStatusCode.Created to dataQuality.addResult(param(call, "fqn"), guard.json(call, MALFORMED), actor(call))
                }
            }
            get("/testCases/{fqn}/testCaseResult") {
                om(call) { dataQuality.results(param(call, "fqn"), timestamp(call, "startTs"), timestamp(call, "endTs")) }
            }
            delete("/testCases/{fqn}/testCaseResult/{timestamp}") {
                om(call) {
                    val at = param(call, "timestamp")
                    dataQuality.deleteResult(param(call, "fqn"), at.toLongOrNull() ?: throw CatalogException.NotFound("timestamp must be in milliseconds, was ${at.take(40)}"), actor(call))
                }
            }
            get("/testCases/{id}") {
                om(call) { dataQuality.testCaseById(param(call, "id"), call.request.queryParameters["fields"], Include.parse(call.request.queryParameters["include"])) }
            }
            patch("/testCases/{id}") {
                om(call) {
                    if (!call.request.contentType().withoutParameters().match(JSON_PATCH)) {
                        throw CatalogException.UnsupportedMediaType("PATCH takes a JSON Patch: send Content-Type: application/json-patch+json")
                    }
                    dataQuality.patchTestCase(param(call, "id"), guard.json(call, MALFORMED), actor(call))
                }
            }
            delete("/testCases/{id}") { om(call) { deleteTestCase(call, dataQuality.anyTestCase(param(call, "id"), null)) } }
        }
    }

    // TestSuiteResource 1.4: logical suites at the root, executable ones under /executable, each deleted only by its own path.
    private fun Route.testSuiteRoutes() {
        post("/testSuites") {
            guard.serveWithStatus(call, OpenMetadataErrors.FORMAT) {
                HttpStatusCode.Created to dataQuality.createLogicalSuite(guard.json(call, MALFORMED), actor(call))
            }
        }
        post("/testSuites/executable") {
            guard.serveWithStatus(call, OpenMetadataErrors.FORMAT) {
                HttpStatusCode.Created to dataQuality.createExecutableSuite(guard.json(call, MALFORMED), actor(call))
            }
        }
        get("/testSuites") {
            om(call) {
                val q = call.request.queryParameters
                dataQuality.listTestSuites(q["testSuiteType"], q["fields"], Include.parse(q["include"]), limit(call), q["after"])
            }
        }
        get("/testSuites/name/{fqn}") {
            om(call) { dataQuality.testSuiteByName(param(call, "fqn"), call.request.queryParameters["fields"], Include.parse(call.request.queryParameters["include"])) }
        }
        get("/testSuites/{id}") {
            om(call) { dataQuality.testSuiteById(param(call, "id"), call.request.queryParameters["fields"], Include.parse(call.request.queryParameters["include"])) }
        }
        delete("/testSuites/executable/name/{fqn}") { om(call) { deleteExecutableSuite(call, dataQuality.anySuite(null, param(call, "fqn"))) } }
        delete("/testSuites/executable/{id}") { om(call) { deleteExecutableSuite(call, dataQuality.anySuite(param(call, "id"), null)) } }
        delete("/testSuites/name/{fqn}") {
            om(call) { dataQuality.deleteLogicalSuite(dataQuality.anySuite(null, param(call, "fqn")), flag(call.request.queryParameters["hardDelete"], "hardDelete"), actor(call)) }
        }
        delete("/testSuites/{id}") {
            om(call) { dataQuality.deleteLogicalSuite(dataQuality.anySuite(param(call, "id"), null), flag(call.request.queryParameters["hardDelete"], "hardDelete"), actor(call)) }
        }
    }

    // TestCaseResolutionStatusResource 1.4: create answers 200 with the record (EntityTimeSeriesResource.create).
    private fun Route.incidentRoutes() {
        post("/testCases/testCaseIncidentStatus") {
            om(call) {
                val body = guard.json(call, MALFORMED)
                val problems = OpenMetadataSchemas.validate(CREATE_INCIDENT_STATUS, body.toString())
                if (problems.isNotEmpty()) throw OpenMetadataErrors.badRequest("Invalid test case resolution status ($CREATE_INCIDENT_STATUS): ${problems.joinToString("; ")}")
                val fqn = (body as JsonObject).str("testCaseReference")!!
                dataQuality.incidents.create(body, dataQuality.anyTestCase(null, fqn), actor(call))
            }
        }
        get("/testCases/testCaseIncidentStatus") {
            om(call) {
                val q = call.request.queryParameters
                val offset = q["offset"]?.let { it.toIntOrNull()?.takeIf { n -> n >= 0 } ?: throw OpenMetadataErrors.badRequest("offset must be a whole number") } ?: 0
                dataQuality.incidents.list(
                    timestamp(call, "startTs"), timestamp(call, "endTs"), flag(q["latest"], "latest"), q["testCaseResolutionStatusType"], q["assignee"], q["testCaseFQN"], offset, limit(call),
                )
            }
        }
        get("/testCases/testCaseIncidentStatus/{id}") { om(call) { dataQuality.incidents.byId(param(call, "id")) } }
    }

    // A test case has no children: recursive is read (and must be a boolean) but changes nothing.
    private suspend fun deleteTestCase(call: ApplicationCall, testCase: JsonObject): JsonElement {
        val q = call.request.queryParameters
        flag(q["recursive"], "recursive")
        return dataQuality.deleteTestCase(testCase, flag(q["hardDelete"], "hardDelete"), actor(call))
    }

    private suspend fun deleteExecutableSuite(call: ApplicationCall, suite: JsonObject): JsonElement {
        val q = call.request.queryParameters
        return dataQuality.deleteExecutableSuite(suite, flag(q["recursive"], "recursive"), flag(q["hardDelete"], "hardDelete"), actor(call))
    }

    // The dqtests resources' @Min(0) @Max(1000000) limit, 10 by default.
    private fun limit(call: ApplicationCall): Int {
        val limit = call.request.queryParameters["limit"]?.let { it.toIntOrNull() ?: throw CatalogException.NotFound("limit must be a whole number") } ?: 10
        if (limit !in 0..1_000_000) throw OpenMetadataErrors.badRequest("[query param limit must be between 0 and 1000000]")
        return limit
    }

    // A @NotNull Long query parameter: absent is the validator's 400; unreadable is Jersey's 404 (a failed param conversion).
    private fun timestamp(call: ApplicationCall, name: String): Long {
        val value = call.request.queryParameters[name] ?: throw OpenMetadataErrors.badRequest("[query param $name must not be null]")
        return value.toLongOrNull() ?: throw CatalogException.NotFound("$name must be a timestamp in milliseconds, was ${value.take(40)}")
    }

    // The token's user acts (a bot's writes follow OpenMetadata's bot rules); the catalog's own token acts as admin.
    private fun actor(call: ApplicationCall): String = guard.user(call) ?: user

    private fun Route.entityRoutes(kind: EntityKind) {
        route(kind.path) {
            put {
                guard.serveWithStatus(call, OpenMetadataErrors.FORMAT) {
                    val saved = entities.createOrUpdate(kind, guard.json(call, MALFORMED), actor(call), baseUrl(call))
                    (if (saved.created) HttpStatusCode.Created else HttpStatusCode.OK) to written(kind, saved.entity)
                }
            }
            post {
                guard.serveWithStatus(call, OpenMetadataErrors.FORMAT) {
                    HttpStatusCode.Created to written(kind, entities.create(kind, guard.json(call, MALFORMED), actor(call), baseUrl(call)))
                }
            }
            get {
                om(call) {
                    val q = call.request.queryParameters
                    val limit = q["limit"]?.let { it.toIntOrNull() ?: throw OpenMetadataErrors.badRequest("limit must be a whole number") } ?: DEFAULT_LIMIT
                    val fields = FieldSelection.parse(kind, q["fields"])
                    val filters = q.entries().associate { it.key to it.value.first() }
                    entities.list(kind, limit, q["after"], q["before"], Include.parse(q["include"]), filters, fields)
                }
            }
            put("/restore") { om(call) { entities.restore(kind, guard.json(call, MALFORMED), actor(call)) } }
            get("/name/{fqn}") {
                om(call) { selected(call, kind, entities.byName(kind, param(call, "fqn"), Include.parse(call.request.queryParameters["include"]))) }
            }
            delete("/name/{fqn}") {
                om(call) {
                    val entity = entities.byName(kind, param(call, "fqn"), Include.ALL)
                    delete(call, kind, entity.str("id")!!)
                }
            }
            get("/{id}") {
                om(call) { selected(call, kind, entities.byId(kind, param(call, "id"), Include.parse(call.request.queryParameters["include"]))) }
            }
            patch("/{id}") {
                om(call) {
                    val type = call.request.contentType().withoutParameters()
                    if (!type.match(JSON_PATCH)) {
                        throw CatalogException.UnsupportedMediaType("PATCH takes a JSON Patch: send Content-Type: application/json-patch+json")
                    }
                    written(kind, entities.patch(kind, param(call, "id"), guard.json(call, MALFORMED), actor(call)))
                }
            }
            delete("/{id}") { om(call) { delete(call, kind, param(call, "id")) } }
            get("/{id}/versions") { om(call) { entities.versions(kind, param(call, "id")) } }
            get("/{id}/versions/{version}") { om(call) { entities.version(kind, param(call, "id"), param(call, "version")) } }
        }
    }

    private suspend fun delete(call: ApplicationCall, kind: EntityKind, id: String): JsonElement {
        val q = call.request.queryParameters
        return entities.delete(kind, id, flag(q["recursive"], "recursive"), flag(q["hardDelete"], "hardDelete"), actor(call))
    }

    // The answer to a create, PUT or PATCH shows what the entity inherits, as 1.4's does: EntityRepository sets the
    // inherited fields on what it answers (createNewEntity and update with every field, patch on the patched entity).
    private suspend fun written(kind: EntityKind, entity: JsonObject): JsonObject = entities.inherited.fill(kind, entity, { true })

    private suspend fun selected(call: ApplicationCall, kind: EntityKind, entity: JsonObject): JsonElement {
        val fields = FieldSelection.parse(kind, call.request.queryParameters["fields"])
        val withInherited = entities.inherited.fill(kind, entity, fields::asks)
        return fields.apply(extensionFields(kind, computed.fill(kind, withInherited, fields), fields))
    }

    // Fields the server reads from beside the entity: usage (any kind) and a table's profiler config.
    private suspend fun extensionFields(kind: EntityKind, entity: JsonObject, fields: FieldSelection): JsonObject {
        val id = entity.str("id")!!
        var filled = entity
        if (fields.asks("usageSummary") && "usageSummary" in kind.properties) filled = JsonObject(filled + ("usageSummary" to usage.summary(id)))
        if (kind === EntityKinds.TABLE && fields.asks("tableProfilerConfig")) {
            filled = tableData.profilerConfigOf(id)?.let { JsonObject(filled + ("tableProfilerConfig" to it)) } ?: JsonObject(filled - "tableProfilerConfig")
        }
        return filled
    }

    private suspend fun om(call: ApplicationCall, handler: suspend () -> JsonElement) = guard.serve(call, OpenMetadataErrors.FORMAT, handler = handler)

    private fun param(call: ApplicationCall, name: String): String = call.parameters[name].orEmpty()

    private fun flag(value: String?, name: String): Boolean = when (value?.lowercase()) {
        null, "false" -> false
        "true" -> true
        else -> throw OpenMetadataErrors.badRequest("$name must be true or false")
    }

    private fun depth(call: ApplicationCall, name: String): Int {
        val value = call.request.queryParameters[name] ?: return 1
        return value.toIntOrNull() ?: throw OpenMetadataErrors.badRequest("$name must be a whole number")
    }

    // Entities link to themselves through the address the caller used.
    private fun baseUrl(call: ApplicationCall): String {
        val point = call.request.local
        return "${point.scheme}://${point.serverHost}:${point.serverPort}"
    }

    private companion object {
        const val VERSION = "1.4.0"
        const val DEFAULT_LIMIT = 10
        const val MALFORMED = "ATLAS-400-00-002"
        const val CREATE_INCIDENT_STATUS = "api/tests/createTestCaseResolutionStatus.json"
        val JSON_PATCH = ContentType("application", "json-patch+json")
    }
}
