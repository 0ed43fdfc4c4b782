package dev.katalog.local.directory

import dev.katalog.local.error.CatalogException
import dev.katalog.local.json.arr
import dev.katalog.local.json.jsonStrings
import dev.katalog.local.json.long
import dev.katalog.local.json.obj
import dev.katalog.local.json.str
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put
import kotlinx.serialization.json.putJsonObject
import java.security.SecureRandom
import java.util.UUID

/**
 * API tokens (`/api/service/apikeys`): the ones configured at start (for the token-GUID start-up) and the ones
 * created through the API, whose access token then authenticates as the token's service account until it expires.
 * The access token is in the answer to its creation only.
 */
internal class ApiTokens(configured: List<ApiKey>, private val clock: () -> Long = System::currentTimeMillis) {
    private class Token(
        val id: String,
        val clientId: String,
        var displayName: String,
        var description: String,
        var personaQualifiedNames: List<String>,
        val validitySeconds: Long?,
        val createdBy: String,
        val createdAt: Long,
        val accessToken: String?,
    ) {
        val username: String get() = "service-account-$clientId"
        val expiresAt: Long? get() = validitySeconds?.let { createdAt + it * 1000 }
    }

    private val lock = Any()
    private val tokens = LinkedHashMap<String, Token>()

    init {
        for (key in configured) tokens[key.guid] = Token(key.guid, key.clientId, key.clientId, "API token", emptyList(), null, "admin", 0, null)
    }

    fun list(query: Map<String, List<String>>): JsonObject = synchronized(lock) { DirectoryPaging.page(tokens.values.map { json(it, withSecret = false) }, query) }

    /** `POST /api/service/apikeys`: `{"displayName","description","personaQualifiedNames","validitySeconds"}`. */
    fun create(body: JsonElement, actor: String): JsonObject = synchronized(lock) {
        val sent = body.obj() ?: throw CatalogException.BadRequest("The body must be a JSON object with a displayName")
        val name = sent.str("displayName")?.takeIf { it.isNotBlank() } ?: throw CatalogException.BadRequest("displayName is required")
        if (tokens.values.any { it.displayName == name }) throw CatalogException.Conflict("An API token named $name already exists", "ATLAN-409-00-001")
        val validity = sent["validitySeconds"]?.let { v ->
            val seconds = v.long() ?: throw CatalogException.BadRequest("validitySeconds must be a whole number of seconds")
            if (seconds !in 1..MAX_VALIDITY_SECONDS) throw CatalogException.BadRequest("validitySeconds must be between 1 and $MAX_VALIDITY_SECONDS, was $seconds")
            seconds
        }
        val token = Token(
            UUID.randomUUID().toString(), "apikey-${UUID.randomUUID()}", name, sent.str("description").orEmpty(),
            personas(sent), validity, actor, clock(), secret(),
        )
        tokens[token.id] = token
        json(token, withSecret = true)
    }

    /** `POST /api/service/apikeys/{id}`: a new display name, description and personas. */
    fun update(id: String, body: JsonElement): JsonObject = synchronized(lock) {
        val token = tokens[id] ?: throw notFound(id)
        val sent = body.obj() ?: throw CatalogException.BadRequest("The body must be a JSON object")
        sent.str("displayName")?.takeIf { it.isNotBlank() }?.let { token.displayName = it }
        sent.str("description")?.let { token.description = it }
        if (sent.containsKey("personaQualifiedNames")) token.personaQualifiedNames = personas(sent)
        json(token, withSecret = false)
    }

    fun delete(id: String): Unit = synchronized(lock) { tokens.remove(id) ?: throw notFound(id) }

    /** The service account an unexpired access token of a created API token acts as, else null. */
    fun userOf(accessToken: String): String? = synchronized(lock) {
        val token = tokens.values.firstOrNull { it.accessToken != null && java.security.MessageDigest.isEqual(it.accessToken.toByteArray(), accessToken.toByteArray()) }
        token?.takeIf { t -> t.expiresAt.let { it == null || it > clock() } }?.username
    }

    private fun personas(sent: JsonObject): List<String> = sent.arr("personaQualifiedNames").orEmpty().mapNotNull { it.str() }

    private fun json(token: Token, withSecret: Boolean): JsonObject = buildJsonObject {
        put("id", token.id)
        put("clientId", token.clientId)
        put("displayName", token.displayName)
        put("description", token.description)
        put("username", token.username)
        putJsonObject("attributes") {
            if (withSecret && token.accessToken != null) put("accessToken", token.accessToken)
            token.validitySeconds?.let { put("access.token.lifespan", it.toString()) }
            put("clientId", token.clientId)
            put("createdAt", token.createdAt.toString())
            put("createdBy", token.createdBy)
            put("description", token.description)
            put("displayName", token.displayName)
            // Heracles sends these lists as JSON text.
            put("personaQualifiedName", JsonPrimitive(jsonStrings(token.personaQualifiedNames).toString()))
            put("workspacePermissions", JsonPrimitive("[]"))
        }
    }

    private fun notFound(id: String) = CatalogException.NotFound("No API token with id $id", "ATLAN-404-00-001")

    private fun secret(): String = buildString { repeat(48) { append(ALPHABET[random.nextInt(ALPHABET.length)]) } }

    private fun kotlinx.serialization.json.JsonArray?.orEmpty(): List<JsonElement> = this ?: emptyList()

    companion object {
        /** Atlan's longest validity (13 years), as the reference SDK caps it (pyatlan model/api_tokens.py). */
        const val MAX_VALIDITY_SECONDS: Long = 409_968_000L
        private val random = SecureRandom()
        private const val ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    }
}
