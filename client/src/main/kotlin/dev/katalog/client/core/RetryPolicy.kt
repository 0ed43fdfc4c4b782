package dev.katalog.client.core

import java.time.Duration
import kotlin.math.min
import kotlin.math.pow
import kotlin.random.Random

/**
 * When and how long to wait before retrying a failed call: [maxRetries] more attempts, exponential
 * backoff from [initialDelay] by [multiplier] up to [maxDelay], each delay varied by ±[jitter]
 * (a fraction). A 429's `Retry-After` wins over the backoff (up to [maxRetryAfter]). 429s have their own
 * budget, [maxRateLimitRetries]: a server that says when to come back is worth more patience than one that fails.
 */
public class RetryPolicy private constructor(
    public val maxRetries: Int,
    public val initialDelay: Duration,
    public val multiplier: Double,
    public val maxDelay: Duration,
    public val jitter: Double,
    public val maxRetryAfter: Duration,
    public val maxRateLimitRetries: Int,
    /** The HTTP statuses retried: 403 (permissions propagating), 429, 500, 502, 503, 504 by default. */
    public val retryStatuses: Set<Int>,
) {
    /** The delay before retry number [retry] (1 for the first retry), without a server's advice. */
    public fun backoff(retry: Int, random: Random = Random.Default): Duration {
        UsageException.check(retry >= 1, { "Retry numbers start at 1, was $retry" }, "Pass 1 for the first retry")
        val base = min(initialDelay.toMillis() * multiplier.pow(retry - 1), maxDelay.toMillis().toDouble())
        val spread = base * jitter * (random.nextDouble() * 2 - 1)
        return Duration.ofMillis((base + spread).toLong().coerceIn(0, maxDelay.toMillis()))
    }

    /** The delay a 429 asks for: its `Retry-After` seconds when given (capped), else the backoff. */
    public fun rateLimitDelay(retry: Int, retryAfterSeconds: Long?, random: Random = Random.Default): Duration =
        retryAfterSeconds?.let { Duration.ofSeconds(it.coerceAtLeast(0)).coerceAtMost(maxRetryAfter) } ?: backoff(retry, random)

    /** A copy with some settings changed. */
    public fun toBuilder(): Builder = Builder().maxRetries(maxRetries).initialDelay(initialDelay).multiplier(multiplier)
        .maxDelay(maxDelay).jitter(jitter).maxRetryAfter(maxRetryAfter).maxRateLimitRetries(maxRateLimitRetries).retryStatuses(retryStatuses)

    /** Builds a [RetryPolicy]; every setting is checked. */
    public class Builder {
        private var maxRetries = 5
        private var initialDelay = Duration.ofMillis(500)
        private var multiplier = 2.0
        private var maxDelay = Duration.ofSeconds(30)
        private var jitter = 0.25
        private var maxRetryAfter = Duration.ofSeconds(120)
        private var maxRateLimitRetries = 20
        private var retryStatuses = setOf(403, 429, 500, 502, 503, 504)

        public fun maxRetries(value: Int): Builder = apply { UsageException.check(value >= 0, { "maxRetries must be 0 or more, was $value" }, "Use 0 for no retries"); maxRetries = value }
        public fun initialDelay(value: Duration): Builder = apply { UsageException.check(!value.isNegative, { "initialDelay cannot be negative, was $value" }, "Use Duration.ZERO or more"); initialDelay = value }
        public fun multiplier(value: Double): Builder = apply { UsageException.check(value >= 1.0, { "multiplier must be at least 1, was $value" }, "Use 1 for a constant delay, 2 (the default) to double it"); multiplier = value }
        public fun maxDelay(value: Duration): Builder = apply { UsageException.check(!value.isNegative, { "maxDelay cannot be negative, was $value" }, "Use Duration.ZERO or more"); maxDelay = value }
        public fun jitter(value: Double): Builder = apply { UsageException.check(value in 0.0..1.0, { "jitter is a fraction between 0 and 1, was $value" }, "Use 0 for none, 0.25 (the default) for ±25%"); jitter = value }
        public fun maxRetryAfter(value: Duration): Builder = apply { maxRetryAfter = value }
        public fun maxRateLimitRetries(value: Int): Builder = apply {
            UsageException.check(value >= 0, { "maxRateLimitRetries must be 0 or more, was $value" }, "Use 0 to fail on the first 429"); maxRateLimitRetries = value
        }
        public fun retryStatuses(value: Set<Int>): Builder = apply { retryStatuses = value.toSet() }
        public fun build(): RetryPolicy = RetryPolicy(maxRetries, initialDelay, multiplier, maxDelay, jitter, maxRetryAfter, maxRateLimitRetries, retryStatuses)
    }

    public companion object {
        /** 5 retries, 0.5 s doubling to at most 30 s, ±25 % jitter; up to 20 waits on 429s. */
        @JvmField
        public val DEFAULT: RetryPolicy = Builder().build()

        /** No retries at all. */
        @JvmField
        public val NONE: RetryPolicy = Builder().maxRetries(0).maxRateLimitRetries(0).build()

        @JvmStatic
        public fun builder(): Builder = Builder()
    }
}
