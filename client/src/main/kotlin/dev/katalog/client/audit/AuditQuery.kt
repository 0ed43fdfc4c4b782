package dev.katalog.client.audit

import dev.katalog.client.core.UsageException
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.buildJsonArray
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.put
import kotlinx.serialization.json.putJsonArray
import kotlinx.serialization.json.putJsonObject
import java.time.Instant

/**
 * What to find in Atlan's audit trail, newest first: the changes to one asset (by [guid], or by type and
 * [qualifiedName]), by one [user], within a time range ([from]..[to], both inclusive). Each call returns a new
 * query, so they chain: `AuditQuery.byUser("jdoe").between(monday, friday)`. Criteria combine with AND.
 */
public class AuditQuery private constructor(
    public val guid: String?,
    public val typeName: String?,
    public val qualifiedName: String?,
    public val user: String?,
    public val from: Instant?,
    public val to: Instant?,
    public val pageSize: Int,
) {
    /** The changes to the asset with [guid]. */
    public fun guid(guid: String): AuditQuery {
        UsageException.check(guid.isNotBlank(), { "guid is blank" }, "Give the asset's GUID")
        return copy(guid = guid)
    }

    /** The changes to the asset of [typeName] with [qualifiedName]. */
    public fun qualifiedName(typeName: String, qualifiedName: String): AuditQuery {
        UsageException.check(typeName.isNotBlank() && qualifiedName.isNotBlank(), { "typeName and qualifiedName must both be given" }, "Give the asset's type, e.g. Table, and its qualifiedName")
        return copy(typeName = typeName, qualifiedName = qualifiedName)
    }

    /** The changes made by [user] (a username; an API token acts as `service-account-<clientId>`). */
    public fun user(user: String): AuditQuery {
        UsageException.check(user.isNotBlank(), { "user is blank" }, "Give a username, e.g. jdoe, or an API token's service-account-… name")
        return copy(user = user)
    }

    /** The changes made from [from] to [to], both inclusive. */
    public fun between(from: Instant, to: Instant): AuditQuery {
        UsageException.check(!to.isBefore(from), { "The time range ends ($to) before it starts ($from)" }, "Give the earlier instant first: between(from, to) with from <= to")
        return copy(from = from, to = to)
    }

    /** The changes made at [from] or later. */
    public fun since(from: Instant): AuditQuery = if (to != null) between(from, to) else copy(from = from)

    /** The changes made at [to] or earlier. */
    public fun until(to: Instant): AuditQuery = if (from != null) between(from, to) else copy(to = to)

    /** How many entries each call asks for (default 10, at most 1,000). */
    public fun pageSize(size: Int): AuditQuery {
        UsageException.check(size in 1..MAX_PAGE, { "pageSize must be between 1 and $MAX_PAGE, was $size" }, "Ask for 10 (the default) to $MAX_PAGE entries per page")
        return copy(pageSize = size)
    }

    /** The body of `/api/meta/entity/auditSearch` for the page starting at [offset]. */
    internal fun body(offset: Int): JsonObject = buildJsonObject {
        putJsonObject("dsl") {
            put("from", offset)
            put("size", pageSize)
            putJsonObject("aggregations") {}
            put("track_total_hits", true)
            putJsonObject("query") { putJsonObject("bool") { put("filter", filters()) } }
            putJsonArray("sort") {
                // Newest first; the entity breaks ties, so paging is stable.
                add(buildJsonObject { putJsonObject("created") { put("order", "desc") } })
                add(buildJsonObject { putJsonObject("entityId") { put("order", "asc") } })
            }
        }
    }

    private fun filters(): JsonArray = buildJsonArray {
        fun term(field: String, value: String) = add(buildJsonObject { putJsonObject("term") { putJsonObject(field) { put("value", value) } } })
        guid?.let { term("entityId", it) }
        qualifiedName?.let { term("entityQualifiedName", it) }
        typeName?.let { term("typeName", it) }
        user?.let { term("user", it) }
        if (from != null || to != null) add(buildJsonObject {
            putJsonObject("range") { putJsonObject("created") { from?.let { put("gte", it.toEpochMilli()) }; to?.let { put("lte", it.toEpochMilli()) } } }
        })
    }

    private fun copy(
        guid: String? = this.guid, typeName: String? = this.typeName, qualifiedName: String? = this.qualifiedName, user: String? = this.user,
        from: Instant? = this.from, to: Instant? = this.to, pageSize: Int = this.pageSize,
    ) = AuditQuery(guid, typeName, qualifiedName, user, from, to, pageSize)

    override fun toString(): String = "AuditQuery(guid=$guid, typeName=$typeName, qualifiedName=$qualifiedName, user=$user, from=$from, to=$to, pageSize=$pageSize)"

    public companion object {
        private const val MAX_PAGE = 1000

        /** Every entry of the trail (narrow it with the chained calls). */
        @JvmStatic
        public fun all(): AuditQuery = AuditQuery(null, null, null, null, null, null, 10)

        /** The changes to the asset with [guid]. */
        @JvmStatic
        public fun byGuid(guid: String): AuditQuery = all().guid(guid)

        /** The changes to the asset of [typeName] with [qualifiedName]. */
        @JvmStatic
        public fun byQualifiedName(typeName: String, qualifiedName: String): AuditQuery = all().qualifiedName(typeName, qualifiedName)

        /** The changes made by [user]. */
        @JvmStatic
        public fun byUser(user: String): AuditQuery = all().user(user)

        /** The changes made from [from] to [to], both inclusive. */
        @JvmStatic
        public fun inRange(from: Instant, to: Instant): AuditQuery = all().between(from, to)
    }
}
