package dev.katalog.client.audit

import dev.katalog.client.core.JavaBridge
import dev.katalog.model.atlan.api.AuditSearchResponse
import dev.katalog.model.atlan.api.EntityAudit
import java.util.concurrent.CompletableFuture
import java.util.stream.Stream

/** [AuditApi] for Java: futures that fail with an `AtlanException`, and a Stream (close it to stop paging). */
public class AuditApiFutures internal constructor(private val api: AuditApi, private val bridge: JavaBridge) {
    public fun search(query: AuditQuery, offset: Int): CompletableFuture<AuditSearchResponse> = bridge.future { api.search(query, offset) }
    public fun search(query: AuditQuery): CompletableFuture<AuditSearchResponse> = bridge.future { api.search(query) }
    public fun stream(query: AuditQuery): Stream<EntityAudit> = bridge.stream(api.stream(query))
}
