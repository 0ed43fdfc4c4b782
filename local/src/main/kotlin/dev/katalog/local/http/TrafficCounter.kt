package dev.katalog.local.http

import java.util.concurrent.ConcurrentHashMap
import java.util.concurrent.atomic.AtomicInteger
import java.util.concurrent.atomic.AtomicLong

/** Counts the API calls the guard serves: received, in flight and the most at once, and the faults chaos injected. */
internal class TrafficCounter {
    private val received = AtomicLong()
    private val inFlight = AtomicInteger()
    private val peak = AtomicInteger()
    private val faults = ConcurrentHashMap<String, AtomicLong>()

    val callsReceived: Long get() = received.get()

    val callsInFlight: Int get() = inFlight.get()

    val peakInFlight: Int get() = peak.get()

    val faultsInjected: Map<String, Long> get() = faults.mapValues { it.value.get() }.toSortedMap()

    fun recordFault(kind: String) {
        faults.computeIfAbsent(kind) { AtomicLong() }.incrementAndGet()
    }

    fun resetPeak(): Unit = peak.set(inFlight.get())

    inline fun <T> serve(call: () -> T): T {
        received.incrementAndGet()
        peak.accumulateAndGet(inFlight.incrementAndGet(), ::maxOf)
        try {
            return call()
        } finally {
            inFlight.decrementAndGet()
        }
    }
}
