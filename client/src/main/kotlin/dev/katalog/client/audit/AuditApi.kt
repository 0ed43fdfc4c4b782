package dev.katalog.client.audit

import dev.katalog.client.atlan.AtlanCalls
import dev.katalog.client.atlan.AtlanException
import dev.katalog.client.core.UsageException
import dev.katalog.model.atlan.api.AuditSearchResponse
import dev.katalog.model.atlan.api.EntityAudit
import io.ktor.http.HttpMethod
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.flow

/**
 * Atlan's audit trail (`client.audit`): who changed what, when, found with an [AuditQuery] as the reference SDK
 * searches it (atlanhq/atlan-python, pyatlan/model/audit.py, AuditSearchRequest). Java uses [AuditApiFutures].
 */
public class AuditApi internal constructor(private val calls: AtlanCalls) {
    /** One page of [query]'s entries, newest first, starting at [offset]. */
    public suspend fun search(query: AuditQuery, offset: Int = 0): AuditSearchResponse {
        UsageException.check(offset >= 0, { "offset must be 0 or more, was $offset" }, "Start at 0")
        return calls.decode(AuditSearchResponse.serializer(), calls.call(HttpMethod.Post, PATH, body = query.body(offset).toString()))
    }

    /**
     * Every entry [query] finds, newest first, fetched a page at a time as the flow is collected. The trail's search
     * window is [WINDOW] entries: a query that finds more fails with [AtlanException.Logic] once it gets there
     * rather than stop short; narrow it (a time range) to read further.
     */
    public fun stream(query: AuditQuery): Flow<EntityAudit> = flow {
        var offset = 0
        while (true) {
            val page = search(query, offset)
            val entries = page.entityAudits.orEmpty()
            entries.forEach { emit(it) }
            offset += entries.size
            val total = page.totalCount ?: 0
            if (entries.size < query.pageSize || offset >= total) return@flow
            if (offset + query.pageSize > WINDOW) throw AtlanException.Logic(
                "The audit query finds $total entries, more than the $WINDOW the trail can page through",
                "Narrow the query, e.g. with between(from, to), and read the rest range by range",
            )
        }
    }

    override fun toString(): String = "AuditApi"

    public companion object {
        /** How far the trail's search pages (from + size), as Atlan's Elasticsearch index allows. */
        public const val WINDOW: Int = 10_000
        private const val PATH = "/api/meta/entity/auditSearch"
    }
}
