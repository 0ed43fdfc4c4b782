package dev.katalog.local.http

import java.util.Random

/**
 * Seeded fault injection on API calls, from a spec such as `429=0.05,503=0.05,reset=0.01,lost=0.01,latency=20ms,seed=7`:
 * each call draws once and may be answered 429 (with `Retry-After: 1`) or 503, have its connection dropped
 * before it is carried out (`reset`) or after (`lost`: the change is made but its answer never arrives, which
 * is what tests a client's retries for duplicates), or simply be delayed by the latency.
 */
internal class Chaos(
    val tooManyRequests: Double = 0.0,
    val unavailable: Double = 0.0,
    val reset: Double = 0.0,
    val lost: Double = 0.0,
    val latencyMillis: Long = 0,
    seed: Long = 0,
) {
    /** What to do to one call. */
    enum class Fault(val label: String) { NONE("none"), TOO_MANY_REQUESTS("429"), UNAVAILABLE("503"), RESET("reset"), LOST("lost") }

    private val random = Random(seed)

    val enabled: Boolean get() = tooManyRequests > 0 || unavailable > 0 || reset > 0 || lost > 0 || latencyMillis > 0

    fun draw(): Fault {
        val draw = synchronized(random) { random.nextDouble() }
        return when {
            draw < tooManyRequests -> Fault.TOO_MANY_REQUESTS
            draw < tooManyRequests + unavailable -> Fault.UNAVAILABLE
            draw < tooManyRequests + unavailable + reset -> Fault.RESET
            draw < tooManyRequests + unavailable + reset + lost -> Fault.LOST
            else -> Fault.NONE
        }
    }

    companion object {
        val NONE: Chaos = Chaos()

        /** Parses a chaos spec; an unknown key or a bad number is an [IllegalArgumentException] naming it. */
        fun parse(spec: String?): Chaos {
            if (spec.isNullOrBlank()) return NONE
            var r429 = 0.0
            var r503 = 0.0
            var reset = 0.0
            var lost = 0.0
            var latency = 0L
            var seed = 0L
            for (part in spec.split(',').map { it.trim() }.filter { it.isNotEmpty() }) {
                val key = part.substringBefore('=').trim().lowercase()
                val value = part.substringAfter('=', "").trim()
                fun rate(): Double = value.toDoubleOrNull()?.takeIf { it in 0.0..1.0 }
                    ?: throw IllegalArgumentException("chaos: $key needs a rate between 0 and 1, got '$value'")
                when (key) {
                    "429" -> r429 = rate()
                    "503" -> r503 = rate()
                    "reset" -> reset = rate()
                    "lost" -> lost = rate()
                    "latency" -> latency = value.removeSuffix("ms").trim().toLongOrNull()?.takeIf { it >= 0 }
                        ?: throw IllegalArgumentException("chaos: latency needs milliseconds such as 20ms, got '$value'")
                    "seed" -> seed = value.toLongOrNull() ?: throw IllegalArgumentException("chaos: seed needs a whole number, got '$value'")
                    else -> throw IllegalArgumentException("chaos: unknown key '$key' (use 429, 503, reset, lost, latency, seed)")
                }
            }
            require(r429 + r503 + reset + lost <= 1.0) { "chaos: the rates add up to more than 1" }
            return Chaos(r429, r503, reset, lost, latency, seed)
        }
    }
}
