package dev.katalog.local.http

import dev.katalog.local.audit.AuditSearch
import dev.katalog.local.directory.ApiKey
import dev.katalog.local.error.CatalogException
import dev.katalog.local.json.obj
import dev.katalog.local.json.str
import dev.katalog.local.search.IndexSearch
import dev.katalog.local.lineage.LineageGraphAnswer
import dev.katalog.local.lineage.LineageList
import dev.katalog.local.store.AssetDeleter
import dev.katalog.local.store.AssetReader
import dev.katalog.local.store.AssetWriter
import dev.katalog.local.store.CustomMetadataWriter
import dev.katalog.local.store.PartialUpdater
import dev.katalog.local.store.SaveFlags
import dev.katalog.local.typedef.TypeDefService
import io.ktor.http.ContentType
import io.ktor.http.HttpStatusCode
import io.ktor.server.application.Application
import io.ktor.server.application.ApplicationCall
import io.ktor.server.response.respondText
import io.ktor.server.routing.delete
import io.ktor.server.routing.get
import io.ktor.server.routing.post
import io.ktor.server.routing.put
import io.ktor.server.routing.routing
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put

/** The Atlan HTTP surface; each endpoint runs through the [ApiGuard] with Atlan-shaped errors. */
internal class CatalogRoutes(
    private val writer: AssetWriter,
    private val customMetadata: CustomMetadataWriter,
    private val reader: AssetReader,
    private val deleter: AssetDeleter,
    private val search: IndexSearch,
    private val typeDefs: TypeDefService,
    private val directory: DirectoryRoutes,
    private val audit: AuditSearch,
    private val apiKeys: List<ApiKey>,
    private val tokens: TokenAuthority,
    private val guard: ApiGuard,
    private val partial: PartialUpdater,
    private val lineage: LineageList,
    private val lineageGraph: LineageGraphAnswer,
    private val user: String = "admin",
) {
    fun install(application: Application) {
        application.routing {
            get("/health") { call.respondText("""{"status":"UP"}""", ContentType.Application.Json) }
            post("/api/service/oauth-clients/token") {
                api(call, authenticated = false) {
                    val body = json(call)
                    val id = body.obj()?.get("clientId").str()
                    val secret = body.obj()?.get("clientSecret").str()
                    if (id == null || secret == null) throw CatalogException.BadRequest("clientId and clientSecret are required")
                    val token = tokens.issue(id, secret) ?: throw CatalogException.Unauthorized("Invalid client credentials")
                    buildJsonObject { put("accessToken", token); put("expiresIn", tokens.expiresIn); put("tokenType", "Bearer") }
                }
            }
            post("/auth/realms/default/protocol/openid-connect/token") {
                api(call, authenticated = false) {
                    val form = formOf(text(call))
                    if (form["grant_type"] != "client_credentials") {
                        throw CatalogException.BadRequest("grant_type must be client_credentials")
                    }
                    val token = tokens.issue(form["client_id"].orEmpty(), form["client_secret"].orEmpty())
                        ?: throw CatalogException.Unauthorized("Invalid client or invalid client credentials")
                    buildJsonObject {
                        put("access_token", token)
                        put("expires_in", tokens.expiresIn)
                        put("token_type", "Bearer")
                        put("scope", "openid")
                    }
                }
            }
            get("/auth/admin/realms/default/clients/{guid}/client-secret") {
                api(call) {
                    val guid = call.parameters["guid"].orEmpty()
                    val secret = apiKeys.firstOrNull { it.guid == guid }?.clientSecret
                        ?: throw CatalogException.NotFound("Could not find client $guid", "ATLAN-404-00-001")
                    buildJsonObject { put("type", "secret"); put("value", secret) }
                }
            }
            for (path in listOf("/api/meta/entity/bulk", "/api/meta/entity/bulk/")) {
                post(path) {
                    api(call) {
                        val q = call.request.queryParameters
                        fun flag(name: String) = q[name]?.equals("true", ignoreCase = true) == true
                        val flags = SaveFlags(
                            replaceTags = flag("replaceClassifications") || flag("replaceTags"),
                            appendTags = flag("appendTags"),
                            replaceBusinessAttributes = flag("replaceBusinessAttributes"),
                            overwriteBusinessAttributes = flag("overwriteBusinessAttributes"),
                        )
                        writer.save(json(call), flags, actor(call))
                    }
                }
                delete(path) {
                    api(call) {
                        val q = call.request.queryParameters
                        deleter.delete(q.getAll("guid").orEmpty(), q["deleteType"] ?: "SOFT", actor(call))
                    }
                }
            }
            get("/api/meta/entity/guid/{guid}") {
                api(call) {
                    val q = call.request.queryParameters
                    reader.byGuid(call.parameters["guid"].orEmpty(), q["minExtInfo"] == "true", q["ignoreRelationships"] == "true")
                }
            }
            get("/api/meta/entity/uniqueAttribute/type/{type}") {
                api(call) {
                    val q = call.request.queryParameters
                    reader.byUniqueAttribute(call.parameters["type"].orEmpty(), q["attr:qualifiedName"], q["minExtInfo"] == "true", q["ignoreRelationships"] == "true")
                }
            }
            put("/api/meta/entity/uniqueAttribute/type/{type}") {
                api(call) { partial.update(call.parameters["type"].orEmpty(), call.request.queryParameters["attr:qualifiedName"], json(call), actor(call)) }
            }
            for (path in listOf("/api/meta/entity/guid/{guid}/businessmetadata", "/api/meta/entity/guid/{guid}/businessmetadata/")) {
                post(path) {
                    api(call, status = HttpStatusCode.NoContent) {
                        val overwrite = call.request.queryParameters["isOverwrite"] == "true"
                        customMetadata.update(call.parameters["guid"].orEmpty(), json(call), overwrite, actor(call))
                        JsonNull
                    }
                }
            }
            post("/api/meta/entity/guid/{guid}/businessmetadata/{set}") {
                api(call, status = HttpStatusCode.NoContent) {
                    customMetadata.updateSet(call.parameters["guid"].orEmpty(), call.parameters["set"].orEmpty(), json(call), actor(call))
                    JsonNull
                }
            }
            post("/api/meta/search/indexsearch") { api(call) { search.search(json(call)) } }
            post("/api/meta/lineage/list") { api(call) { lineage.list(json(call)) } }
            get("/api/meta/lineage/{guid}") { api(call) { lineageGraph.answer(call.parameters["guid"].orEmpty(), call.request.queryParameters.entries().associate { it.key to it.value }) } }
            get("/api/meta/types/typedefs") { api(call) { typeDefs.list(call.request.queryParameters.getAll("type").orEmpty()) } }
            get("/api/meta/types/typedefs/") { api(call) { typeDefs.list(call.request.queryParameters.getAll("type").orEmpty()) } }
            for (path in listOf("/api/meta/types/typedefs", "/api/meta/types/typedefs/")) {
                post(path) { api(call) { typeDefs.create(text(call), actor(call)) } }
                put(path) { api(call) { typeDefs.update(text(call), actor(call)) } }
            }
            get("/api/meta/types/typedef/name/{name}") { api(call) { typeDefs.byName(call.parameters["name"].orEmpty()) } }
            delete("/api/meta/types/typedef/name/{name}") {
                api(call, status = HttpStatusCode.NoContent) {
                    typeDefs.delete(call.parameters["name"].orEmpty())
                    JsonNull
                }
            }
            directory.install(this)
            post("/api/meta/entity/auditSearch") { api(call) { audit.search(json(call)) } }
            get("/api/{path...}") { api(call) { throw unknown(call) } }
            get("/auth/{path...}") { api(call) { throw unknown(call) } }
            post("/auth/{path...}") { api(call) { throw unknown(call) } }
            post("/api/{path...}") { api(call) { throw unknown(call) } }
            delete("/api/{path...}") { api(call) { throw unknown(call) } }
            put("/api/{path...}") { api(call) { throw unknown(call) } }
        }
    }

    private fun unknown(call: ApplicationCall) = CatalogException.NotFound("No such endpoint: ${call.request.local.method.value} ${call.request.local.uri.substringBefore('?')}", "ATLAS-404-00-000")

    // application/x-www-form-urlencoded, as OAuth token requests are sent.
    private fun formOf(body: String): Map<String, String> = body.split('&').filter { it.contains('=') }.associate {
        java.net.URLDecoder.decode(it.substringBefore('='), Charsets.UTF_8) to java.net.URLDecoder.decode(it.substringAfter('='), Charsets.UTF_8)
    }

    /** The user the call's token acts as: the author of the changes it makes. */
    private fun actor(call: ApplicationCall): String = guard.user(call) ?: user

    private suspend fun api(
        call: ApplicationCall,
        authenticated: Boolean = true,
        status: HttpStatusCode = HttpStatusCode.OK,
        handler: suspend () -> JsonElement,
    ): Unit = guard.serve(call, ErrorFormat.ATLAN, authenticated, status, handler)

    private suspend fun text(call: ApplicationCall): String = guard.text(call)

    private suspend fun json(call: ApplicationCall): JsonElement = guard.json(call)
}
