package dev.katalog.client.core

import java.time.Duration
import kotlin.coroutines.AbstractCoroutineContextElement
import kotlin.coroutines.CoroutineContext

/**
 * A read timeout for the calls made within a coroutine context, instead of the client's default:
 * `withContext(CallTimeout(Duration.ofSeconds(5))) { client.get(guid) }`. Java: `client.java().withTimeout(…)`.
 */
public class CallTimeout(public val timeout: Duration) : AbstractCoroutineContextElement(Key) {
    init {
        require(!timeout.isNegative && !timeout.isZero) { "A call timeout must be positive, was $timeout" }
    }

    /** The key of [CallTimeout] in a coroutine context. */
    public companion object Key : CoroutineContext.Key<CallTimeout>
}
