package dev.katalog.local.http

import dev.katalog.local.directory.ApiTokens
import dev.katalog.local.directory.Directory
import io.ktor.server.application.ApplicationCall
import io.ktor.server.routing.Route
import io.ktor.server.routing.delete
import io.ktor.server.routing.get
import io.ktor.server.routing.post
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull

/**
 * Atlan's directory API (Heracles, `/api/service/...`) as the reference SDK calls it (atlanhq/atlan-python,
 * pyatlan/client/constants.py): users, groups and their members, roles, and API tokens. Any token's user may do
 * all of it: nothing here is restricted by role or persona.
 */
internal class DirectoryRoutes(private val directory: Directory, private val apiTokens: ApiTokens, private val guard: ApiGuard, private val defaultUser: String = "admin") {
    fun install(route: Route) = with(route) {
        get("/api/service/users") { api(call) { directory.users(query(call)) } }
        post("/api/service/users") { api(call) { directory.createUsers(guard.json(call)); JsonNull } }
        post("/api/service/users/{id}/roles/update") { api(call) { directory.changeRole(id(call), guard.json(call)); JsonNull } }
        get("/api/service/users/{id}/groups") { api(call) { directory.groupsOf(id(call), query(call)) } }
        post("/api/service/users/{id}/groups") { api(call) { directory.addToGroups(id(call), guard.json(call)); JsonNull } }
        get("/api/service/v2/groups") { api(call) { directory.groups(query(call)) } }
        get("/api/service/groups") { api(call) { directory.groups(query(call)) } }
        post("/api/service/groups") { api(call) { directory.createGroup(guard.json(call), actor(call)) } }
        post("/api/service/groups/{id}") { api(call) { directory.updateGroup(id(call), guard.json(call)); JsonNull } }
        post("/api/service/groups/{id}/delete") { api(call) { directory.deleteGroup(id(call)); JsonNull } }
        get("/api/service/groups/{id}/members") { api(call) { directory.membersOf(id(call), query(call)) } }
        post("/api/service/groups/{id}/members/remove") { api(call) { directory.removeMembers(id(call), guard.json(call)); JsonNull } }
        get("/api/service/roles") { api(call) { directory.roles(query(call)) } }
        get("/api/service/apikeys") { api(call) { apiTokens.list(query(call)) } }
        post("/api/service/apikeys") { api(call) { apiTokens.create(guard.json(call), actor(call)) } }
        post("/api/service/apikeys/{id}") { api(call) { apiTokens.update(id(call), guard.json(call)) } }
        delete("/api/service/apikeys/{id}") { api(call) { apiTokens.delete(id(call)); JsonNull } }
    }

    private fun id(call: ApplicationCall): String = call.parameters["id"].orEmpty()

    private fun actor(call: ApplicationCall): String = guard.user(call) ?: defaultUser

    private fun query(call: ApplicationCall): Map<String, List<String>> = call.request.queryParameters.entries().associate { it.key to it.value }

    private suspend fun api(call: ApplicationCall, handler: suspend () -> JsonElement): Unit = guard.serve(call, ErrorFormat.ATLAN, handler = handler)
}
