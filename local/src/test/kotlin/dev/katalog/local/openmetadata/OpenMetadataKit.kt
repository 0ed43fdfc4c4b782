package dev.katalog.local.openmetadata

import dev.katalog.local.Api
import dev.katalog.local.TestCatalog
import dev.katalog.local.list
import dev.katalog.local.str
import io.kotest.assertions.fail
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.jsonObject
import java.util.UUID

/** Calls to the shared test catalog's OpenMetadata API; every entity that comes back is checked against its schema. */
object OpenMetadataKit {
    val api: Api get() = TestCatalog.api()

    /** A name no other spec uses, so that specs sharing the catalog never meet. */
    fun unique(prefix: String): String = "$prefix${UUID.randomUUID().toString().take(8)}"

    fun enc(fqn: String): String = Api.enc(fqn).replace("+", "%20")

    private val schemas = mapOf(
        "databaseService" to "entity/services/databaseService.json",
        "database" to "entity/data/database.json",
        "databaseSchema" to "entity/data/databaseSchema.json",
        "table" to "entity/data/table.json",
        "glossary" to "entity/data/glossary.json",
        "glossaryTerm" to "entity/data/glossaryTerm.json",
        "classification" to "entity/classification/classification.json",
        "tag" to "entity/classification/tag.json",
        "user" to "entity/teams/user.json",
        "team" to "entity/teams/team.json",
        "dashboardService" to "entity/services/dashboardService.json",
        "dashboard" to "entity/data/dashboard.json",
        "chart" to "entity/data/chart.json",
        "dashboardDataModel" to "entity/data/dashboardDataModel.json",
        "pipelineService" to "entity/services/pipelineService.json",
        "pipeline" to "entity/data/pipeline.json",
        "domain" to "entity/domains/domain.json",
        "dataProduct" to "entity/domains/dataProduct.json",
        "policy" to "entity/policies/policy.json",
        "role" to "entity/teams/role.json",
        "bot" to "entity/bot.json",
        "messagingService" to "entity/services/messagingService.json",
        "topic" to "entity/data/topic.json",
        "storageService" to "entity/services/storageService.json",
        "container" to "entity/data/container.json",
        "mlmodelService" to "entity/services/mlmodelService.json",
        "mlmodel" to "entity/data/mlmodel.json",
        "searchService" to "entity/services/searchService.json",
        "searchIndex" to "entity/data/searchIndex.json",
        "storedProcedure" to "entity/data/storedProcedure.json",
        "query" to "entity/data/query.json",
    )

    /** [body], after checking that the test's own request is valid by the 1.4 [schema]. */
    fun sent(schema: String, body: String): String {
        val problems = OpenMetadataSchemas.validate(schema, body)
        if (problems.isNotEmpty()) fail("The test's own request is invalid against $schema: $problems\n$body")
        return body
    }

    /** The object [answer] holds, after checking its [status] and that it is valid by the 1.4 [schema]. */
    fun answer(schema: String, answer: Api.Answer, status: Int = 200): JsonObject {
        if (answer.status != status) fail("expected $status, got $answer")
        val problems = OpenMetadataSchemas.validate(schema, answer.text)
        if (problems.isNotEmpty()) fail("The answer is invalid against $schema: $problems\n$answer")
        return answer.obj
    }

    /** [entity] is a valid [type] by the 1.4 entity schema; fails with the schema's messages otherwise. */
    fun checked(type: String, entity: JsonElement): JsonObject {
        val problems = OpenMetadataSchemas.validate(schemas.getValue(type), entity.toString())
        if (problems.isNotEmpty()) fail("A $type the catalog returned is invalid: $problems\n$entity")
        return entity.jsonObject
    }

    /** The entity of a successful answer, checked; fails on any other status. */
    fun entity(type: String, answer: Api.Answer, status: Int = 200): JsonObject {
        if (answer.status != status) fail("expected $status, got $answer")
        return checked(type, answer.json)
    }

    /** The entities of a list answer, each checked. */
    fun page(type: String, answer: Api.Answer): List<JsonObject> {
        if (answer.status != 200) fail("expected 200, got $answer")
        return answer.obj["data"].list().map { checked(type, it) }
    }

    fun put(path: String, body: String): Api.Answer = api.put("/api/v1$path", body)

    /** Creates (or updates) through PUT and returns the checked entity. */
    fun save(type: String, path: String, body: String): JsonObject {
        val answer = put(path, body)
        if (answer.status != 201 && answer.status != 200) fail("expected 200 or 201, got $answer")
        return checked(type, answer.json)
    }

    fun service(name: String): JsonObject = save("databaseService", "/services/databaseServices", """{"name":"$name","serviceType":"Mysql"}""")

    fun database(service: String, name: String): JsonObject = save("database", "/databases", """{"name":"$name","service":"$service"}""")

    fun schema(database: String, name: String): JsonObject = save("databaseSchema", "/databaseSchemas", """{"name":"$name","database":${q(database)}}""")

    fun table(schema: String, name: String, columns: String = """[{"name":"id","dataType":"INT"}]"""): JsonObject =
        save("table", "/tables", """{"name":"$name","databaseSchema":${q(schema)},"columns":$columns}""")

    /** A JSON string literal. */
    fun q(text: String): String = kotlinx.serialization.json.JsonPrimitive(text).toString()

    /** The `{"code","message"}` error of an answer, checked for shape and status. */
    fun error(answer: Api.Answer, status: Int): String {
        if (answer.status != status) fail("expected $status, got $answer")
        val body = answer.obj
        if (body.str("code") != status.toString()) fail("error body without code $status: $answer")
        if (body.keys != setOf("code", "message")) fail("error body is not {code, message}: $answer")
        return body.str("message")!!
    }
}
