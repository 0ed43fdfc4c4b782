package dev.katalog.client.http

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.ints.shouldBeLessThanOrEqual
import io.kotest.matchers.longs.shouldBeGreaterThanOrEqual
import io.kotest.matchers.shouldBe
import kotlinx.coroutines.async
import kotlinx.coroutines.delay
import kotlinx.coroutines.launch
import kotlinx.coroutines.test.runTest
import java.util.concurrent.atomic.AtomicInteger

/** The client-wide gate on virtual time: pauses stop every call, and the in-flight limit holds. */
class RateLimitGateSpec : FunSpec({
    test("a pause holds back every call until it ends") {
        runTest {
            val gate = RateLimitGate(4) { testScheduler.currentTime }
            gate.pauseFor(1_000)
            val started = (1..5).map { async { gate.pass { testScheduler.currentTime } } }
            started.forEach { it.await() shouldBeGreaterThanOrEqual 1_000L }
        }
    }

    test("a pause that starts while calls wait for a permit holds them too") {
        runTest {
            val gate = RateLimitGate(1) { testScheduler.currentTime }
            val times = mutableListOf<Long>()
            val first = launch { gate.pass { delay(100); gate.pauseFor(2_000) } }
            val second = launch { gate.pass { times += testScheduler.currentTime } }
            first.join(); second.join()
            times.single() shouldBeGreaterThanOrEqual 2_100L
        }
    }

    test("never more calls in flight than permitted, pauses included") {
        runTest {
            val gate = RateLimitGate(3) { testScheduler.currentTime }
            val inFlight = AtomicInteger()
            var most = 0
            val jobs = (1..32).map { i ->
                launch {
                    gate.pass {
                        most = maxOf(most, inFlight.incrementAndGet())
                        if (i % 5 == 0) gate.pauseFor(500)
                        delay(10)
                        inFlight.decrementAndGet()
                    }
                }
            }
            jobs.forEach { it.join() }
            most shouldBeLessThanOrEqual 3
            inFlight.get() shouldBe 0
        }
    }
})
