package dev.katalog.client.http

import kotlinx.coroutines.delay
import kotlinx.coroutines.sync.Semaphore
import kotlinx.coroutines.sync.withPermit
import java.util.concurrent.atomic.AtomicLong

/**
 * The client-wide traffic control: at most [maxInFlight] calls at once, and none at all while a 429
 * pause is running (every call of the client waits, not only the one that was told to slow down).
 * [now] is a millisecond clock, injectable so tests can run on virtual time.
 */
internal class RateLimitGate(maxInFlight: Int, private val now: () -> Long) {
    private val permits = Semaphore(maxInFlight)
    private val pausedUntil = AtomicLong(0)

    /** Pauses every call until [millis] from now (a later pause wins). */
    fun pauseFor(millis: Long) {
        val until = now() + millis
        pausedUntil.accumulateAndGet(until, ::maxOf)
    }

    /** Runs [call] when no pause is running and a permit is free; waits again if a pause began meanwhile. */
    suspend fun <T> pass(call: suspend () -> T): T {
        while (true) {
            awaitOpen()
            val result = permits.withPermit {
                // A pause may have started while this call waited for its permit.
                if (now() < pausedUntil.get()) null else Holder(call())
            }
            if (result != null) return result.value
        }
    }

    private suspend fun awaitOpen() {
        while (true) {
            val wait = pausedUntil.get() - now()
            if (wait <= 0) return
            delay(wait)
        }
    }

    private class Holder<T>(val value: T)
}
