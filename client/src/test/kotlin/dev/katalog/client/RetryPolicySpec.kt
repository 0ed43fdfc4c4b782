package dev.katalog.client

import dev.katalog.client.core.RetryPolicy
import dev.katalog.client.core.UsageException
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.longs.shouldBeBetween
import io.kotest.matchers.shouldBe
import java.time.Duration
import kotlin.random.Random

class RetryPolicySpec : FunSpec({
    test("backoff doubles from the initial delay and stops at the cap") {
        val policy = RetryPolicy.builder().initialDelay(Duration.ofMillis(100)).multiplier(2.0).maxDelay(Duration.ofMillis(1000)).jitter(0.0).build()
        (1..6).map { policy.backoff(it).toMillis() } shouldBe listOf(100L, 200L, 400L, 800L, 1000L, 1000L)
    }

    test("jitter stays within its fraction and never passes the cap") {
        val policy = RetryPolicy.builder().initialDelay(Duration.ofMillis(1000)).maxDelay(Duration.ofMillis(1100)).jitter(0.25).build()
        val random = Random(7)
        repeat(1000) { policy.backoff(1, random).toMillis().shouldBeBetween(750L, 1100L) }
    }

    test("Retry-After wins over the backoff, capped") {
        val policy = RetryPolicy.builder().maxRetryAfter(Duration.ofSeconds(10)).jitter(0.0).build()
        policy.rateLimitDelay(1, 3).toMillis() shouldBe 3000L
        policy.rateLimitDelay(1, 3600).toMillis() shouldBe 10_000L
        policy.rateLimitDelay(2, null).toMillis() shouldBe policy.backoff(2).toMillis()
    }

    test("invalid settings are refused with the reason") {
        shouldThrow<UsageException> { RetryPolicy.builder().maxRetries(-1) }.problem shouldBe "maxRetries must be 0 or more, was -1"
        shouldThrow<IllegalArgumentException> { RetryPolicy.builder().jitter(2.0) }
        shouldThrow<IllegalArgumentException> { RetryPolicy.builder().multiplier(0.5) }
    }
})
