package dev.katalog.client.tokens

import dev.katalog.client.atlan.AtlanCalls
import dev.katalog.client.core.UsageException
import io.ktor.http.HttpMethod
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put

/**
 * API tokens (`client.tokens`): create (the secret is in that answer only), list, update, delete, as the reference SDK
 * calls Atlan (atlanhq/atlan-python, pyatlan/client/common/token.py). Java uses [TokensApiFutures].
 */
public class TokensApi internal constructor(private val calls: AtlanCalls) {
    /**
     * Creates a token named [displayName], valid [validitySeconds] (1 s to 13 years; null: as long as Atlan allows),
     * with a [description] and the personas [personaQualifiedNames]. The answer's [ApiToken.accessToken] is the only
     * time the secret is shown: keep it somewhere safe.
     */
    public suspend fun create(displayName: String, validitySeconds: Long? = null, description: String = "", personaQualifiedNames: List<String> = emptyList()): ApiToken {
        UsageException.check(displayName.isNotBlank(), { "displayName is blank" }, "Name the token after what uses it, e.g. ci-pipeline")
        validitySeconds?.let { seconds ->
            UsageException.check(
                seconds in 1..MAX_VALIDITY_SECONDS, { "validitySeconds must be between 1 and $MAX_VALIDITY_SECONDS (13 years), was $seconds" },
                "Give the token's lifetime in seconds, e.g. 3600 for an hour, or leave it out for the longest Atlan allows",
            )
        }
        val body = buildJsonObject {
            put("displayName", displayName)
            put("description", description)
            put("personaQualifiedNames", JsonArray(personaQualifiedNames.map(::JsonPrimitive)))
            validitySeconds?.let { put("validitySeconds", it) }
        }
        return ApiToken.of(calls.decode(JsonObject.serializer(), calls.call(HttpMethod.Post, PATH, body = body.toString())))
    }

    /** One page of tokens ([limit] from [offset], by display name), narrowed by Atlan's JSON [filter]; no secrets. */
    public suspend fun list(limit: Int = 20, offset: Int = 0, filter: String? = null): List<ApiToken> {
        UsageException.check(limit >= 1, { "limit must be at least 1, was $limit" }, "Ask for 20 (the default) to 100 at a time and page with offset")
        UsageException.check(offset >= 0, { "offset must be 0 or more, was $offset" }, "Start at 0")
        val query = listOf("count" to "true", "limit" to "$limit", "offset" to "$offset", "sort" to "displayName") + listOfNotNull(filter?.let { "filter" to it })
        val page = calls.decode(JsonObject.serializer(), calls.call(HttpMethod.Get, PATH, query))
        return (page["records"] as? JsonArray).orEmpty().mapNotNull { it as? JsonObject }.map(ApiToken::of)
    }

    /** Changes the [displayName], [description] and personas of the token with [guid]. */
    public suspend fun update(guid: String, displayName: String, description: String = "", personaQualifiedNames: List<String> = emptyList()): ApiToken {
        UsageException.check(guid.isNotBlank(), { "guid is blank" }, "Give the token's GUID (ApiToken.guid)")
        val body = buildJsonObject {
            put("displayName", displayName)
            put("description", description)
            put("personaQualifiedNames", JsonArray(personaQualifiedNames.map(::JsonPrimitive)))
        }
        return ApiToken.of(calls.decode(JsonObject.serializer(), calls.call(HttpMethod.Post, "$PATH/${AtlanCalls.pathSegment(guid)}", body = body.toString())))
    }

    /** Deletes the token with [guid]: its secret no longer authenticates. */
    public suspend fun delete(guid: String) {
        UsageException.check(guid.isNotBlank(), { "guid is blank" }, "Give the token's GUID (ApiToken.guid)")
        calls.call(HttpMethod.Delete, "$PATH/${AtlanCalls.pathSegment(guid)}")
    }

    override fun toString(): String = "TokensApi"

    public companion object {
        /** The longest validity Atlan gives a token, in seconds (13 years; pyatlan model/api_tokens.py). */
        public const val MAX_VALIDITY_SECONDS: Long = 409_968_000L
        private const val PATH = "/api/service/apikeys"
    }
}
