package dev.katalog.client.core

import java.time.Duration
import kotlin.coroutines.AbstractCoroutineContextElement
import kotlin.coroutines.CoroutineContext

/**
 * A read timeout for the calls made within a coroutine context, instead of the client's default:
 * `withContext(CallTimeout(Duration.ofSeconds(5))) { client.assets.get(guid) }`. Java: `client.java().withTimeout(…)`.
 */
public class CallTimeout(public val timeout: Duration) : AbstractCoroutineContextElement(Key) {
    init {
        UsageException.check(!timeout.isNegative && !timeout.isZero, { "A call timeout must be positive, was $timeout" }, "Use a positive Duration, e.g. Duration.ofSeconds(30)")
    }

    /** The key of [CallTimeout] in a coroutine context. */
    public companion object Key : CoroutineContext.Key<CallTimeout>
}
