package dev.katalog.client.tokens

import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.contentOrNull

/**
 * An API token: its [guid], OAuth [clientId], [displayName] and [description], the service account it acts as
 * ([username]), who created it and when ([createdBy], [createdAt] in epoch milliseconds), its validity in seconds
 * ([validitySeconds], null when it does not expire) and [personaQualifiedNames]. [accessToken], the bearer secret, is
 * there only in the answer to [TokensApi.create] (Atlan shows it once); it is never in [toString].
 */
public class ApiToken internal constructor(
    public val guid: String?,
    public val clientId: String?,
    public val displayName: String?,
    public val description: String?,
    public val username: String?,
    public val createdBy: String?,
    public val createdAt: Long?,
    public val validitySeconds: Long?,
    public val personaQualifiedNames: List<String>,
    public val accessToken: String?,
) {
    override fun toString(): String =
        "ApiToken(guid=$guid, clientId=$clientId, displayName=$displayName, username=$username, createdBy=$createdBy, " +
            "validitySeconds=$validitySeconds, accessToken=${if (accessToken == null) "none" else "****"})"

    internal companion object {
        /** A token as Heracles answers it: some fields on the record, the rest (some as JSON text) under `attributes`. */
        fun of(json: JsonObject): ApiToken {
            val attributes = json["attributes"] as? JsonObject ?: JsonObject(emptyMap())
            fun text(obj: JsonObject, key: String) = (obj[key] as? JsonPrimitive)?.contentOrNull
            val personas = when (val p = attributes["personaQualifiedName"]) {
                is JsonArray -> p.mapNotNull { (it as? JsonPrimitive)?.contentOrNull }
                is JsonPrimitive -> runCatching { Json.parseToJsonElement(p.content) as? JsonArray }.getOrNull().orEmpty().mapNotNull { (it as? JsonPrimitive)?.contentOrNull }
                else -> emptyList()
            }
            val clientId = text(json, "clientId") ?: text(attributes, "clientId")
            return ApiToken(
                guid = text(json, "id"),
                clientId = clientId,
                displayName = text(json, "displayName") ?: text(attributes, "displayName"),
                description = text(json, "description") ?: text(attributes, "description"),
                username = text(json, "username") ?: clientId?.let { "service-account-$it" },
                createdBy = text(attributes, "createdBy"),
                createdAt = text(attributes, "createdAt")?.toLongOrNull(),
                validitySeconds = text(attributes, "access.token.lifespan")?.toLongOrNull(),
                personaQualifiedNames = personas,
                accessToken = text(attributes, "accessToken"),
            )
        }
    }
}
