package dev.katalog.local.store

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import kotlinx.coroutines.CompletableDeferred
import kotlinx.coroutines.coroutineScope
import kotlinx.coroutines.async
import kotlinx.coroutines.withTimeout
import kotlinx.coroutines.yield
import java.util.Collections

/** Run on the test's one thread, so each step runs until it suspends and the order of events is fixed. */
class WriteOrderingSpec : FunSpec({
    val order = WriteOrdering()

    /** Yields until [condition] holds, for at most ten seconds. */
    suspend fun until(condition: () -> Boolean) = withTimeout(10_000) { while (!condition()) yield() }

    test("claims on different assets run at the same time; a claim on a held asset waits for it") {
        coroutineScope {
            val events = Collections.synchronizedList(ArrayList<String>())
            val releaseA = CompletableDeferred<Unit>()
            val a = async { order.claims(setOf("key:T|a", "guid:1")) { events += "a in"; releaseA.await(); events += "a out" } }
            until { "a in" in events }
            // Disjoint: runs to its end while the first still holds its claims.
            order.claims(setOf("key:T|b")) { events += "b" }
            // Sharing the GUID: waits until the first ends.
            val c = async { order.claims(setOf("guid:1", "key:T|c")) { events += "c" } }
            yield()
            events shouldBe listOf("a in", "b")
            releaseA.complete(Unit)
            a.await(); c.await()
            events shouldBe listOf("a in", "b", "a out", "c")
        }
    }

    test("requests claiming overlapping sets in opposite orders do not deadlock") {
        coroutineScope {
            val done = (1..200).map { i ->
                async {
                    val keys = if (i % 2 == 0) listOf("x", "y", "z") else listOf("z", "y", "x")
                    order.claims(keys.toCollection(LinkedHashSet())) { yield(); i }
                }
            }
            withTimeout(10_000) { done.sumOf { it.await() } } shouldBe (1..200).sum()
        }
    }

    test("an exclusive write waits for the claims in force, and later claims wait for it") {
        coroutineScope {
            val events = Collections.synchronizedList(ArrayList<String>())
            val releaseA = CompletableDeferred<Unit>()
            val a = async { order.claims(setOf("a")) { events += "a in"; releaseA.await(); events += "a out" } }
            until { "a in" in events }
            val exclusive = async { order.exclusive { events += "exclusive" } }
            yield()
            val b = async { order.claims(setOf("b")) { events += "b" } }
            yield()
            // The exclusive write waits for a; b, though disjoint from a, waits behind the exclusive write.
            events shouldBe listOf("a in")
            releaseA.complete(Unit)
            a.await(); exclusive.await(); b.await()
            events shouldBe listOf("a in", "a out", "exclusive", "b")
        }
    }
})
