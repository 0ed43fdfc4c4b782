package dev.katalog.local

import dev.katalog.local.http.TrafficCounter

/**
 * What reached the catalog's API: calls received, calls being served now and the most served at once.
 * It lets a test see from the server's side how a client behaves (how many calls it really has in flight
 * during a 429 pause, whether a cancelled stream stopped calling).
 */
public class CallTraffic internal constructor(private val counter: TrafficCounter) {
    /** API calls received since start (faults injected by chaos included; `/health` excluded). */
    public val callsReceived: Long get() = counter.callsReceived

    /** API calls being served right now. */
    public val callsInFlight: Int get() = counter.callsInFlight

    /** The most API calls served at once since start or the last [resetPeak]. */
    public val peakInFlight: Int get() = counter.peakInFlight

    /** Faults injected by chaos so far, by kind (`429`, `503`, `reset`, `lost`). */
    public val faultsInjected: Map<String, Long> get() = counter.faultsInjected

    /** Starts measuring [peakInFlight] afresh from the calls in flight now. */
    public fun resetPeak(): Unit = counter.resetPeak()
}
