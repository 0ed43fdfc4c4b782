package dev.katalog.local

import java.util.concurrent.atomic.AtomicInteger
import java.util.concurrent.atomic.AtomicLong

/**
 * What reached the catalog's API: calls received, calls being served now and the most served at once.
 * It lets a test see from the server's side how a client behaves (how many calls it really has in flight
 * during a 429 pause, whether a cancelled stream stopped calling).
 */
public class CallTraffic internal constructor() {
    private val received = AtomicLong()
    private val inFlight = AtomicInteger()
    private val peak = AtomicInteger()
    private val faults = java.util.concurrent.ConcurrentHashMap<String, AtomicLong>()

    /** API calls received since start (faults injected by chaos included; `/health` excluded). */
    public val callsReceived: Long get() = received.get()

    /** API calls being served right now. */
    public val callsInFlight: Int get() = inFlight.get()

    /** The most API calls served at once since start or the last [resetPeak]. */
    public val peakInFlight: Int get() = peak.get()

    /** Faults injected by chaos so far, by kind (`429`, `503`, `reset`, `lost`). */
    public val faultsInjected: Map<String, Long> get() = faults.mapValues { it.value.get() }.toSortedMap()

    internal fun recordFault(kind: String) {
        faults.computeIfAbsent(kind) { AtomicLong() }.incrementAndGet()
    }

    /** Starts measuring [peakInFlight] afresh from the calls in flight now. */
    public fun resetPeak(): Unit = peak.set(inFlight.get())

    internal inline fun <T> serve(call: () -> T): T {
        received.incrementAndGet()
        peak.accumulateAndGet(inFlight.incrementAndGet(), ::maxOf)
        try {
            return call()
        } finally {
            inFlight.decrementAndGet()
        }
    }
}
