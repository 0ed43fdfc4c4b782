package dev.katalog.client.core

import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldBeIn
import io.kotest.matchers.shouldBe
import io.kotest.matchers.types.shouldBeInstanceOf
import kotlinx.coroutines.CancellationException
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.SupervisorJob
import kotlinx.coroutines.awaitCancellation
import kotlinx.coroutines.cancel
import kotlinx.coroutines.flow.flow
import kotlinx.coroutines.flow.onCompletion
import java.util.concurrent.CompletableFuture
import java.util.concurrent.TimeUnit

/** The Java streams' hand-off: order, failures after the elements before them, early close, and re-iteration. */
class JavaBridgeSpec : FunSpec({
    val scope = CoroutineScope(SupervisorJob() + Dispatchers.Default)
    afterSpec { scope.cancel() }
    val bridge = JavaBridge(scope)

    /** Pages of 300 numbers, as a paged search sends them. */
    fun pages(count: Int) = flow { repeat(count) { page -> repeat(300) { emit(page * 300 + it) } } }

    /** The same numbers as lists, one per page, as the search pager hands them over. */
    fun pageLists(count: Int) = flow { repeat(count) { page -> emit(List(300) { page * 300 + it }) } }

    test("a stream gives every element of every page, in order, across bursts larger and smaller than its buffer") {
        bridge.stream(pages(10)).use { it.toList() } shouldBe (0 until 3_000).toList()
    }

    test("a failure of the flow surfaces as its own exception, after every element sent before it") {
        val seen = ArrayList<Int>()
        val failure = shouldThrow<IllegalStateException> {
            bridge.stream(flow<Int> { repeat(1_500) { emit(it) }; throw IllegalStateException("page 6 failed") }).use { s -> s.forEach { seen.add(it) } }
        }
        failure.message shouldBe "page 6 failed"
        seen shouldBe (0 until 1_500).toList()
    }

    test("closing a stream after its first element stops the flow behind it") {
        val stopped = CompletableFuture<Throwable?>()
        val endless = flow { var n = 0; while (true) emit(n++) }.onCompletion { stopped.complete(it) }
        bridge.stream(endless).use { it.iterator().next() } shouldBe 0
        // The producer is cancelled, not finished: its completion carries the cancellation.
        stopped.get(10, TimeUnit.SECONDS).shouldBeInstanceOf<CancellationException>()
    }

    test("an iterable runs its flow again for each iteration") {
        var runs = 0
        val iterable = bridge.iterable { flow { runs++; emit("a"); emit("b") } }
        iterable.toList() shouldBe listOf("a", "b")
        iterable.toList() shouldBe listOf("a", "b")
        runs shouldBe 2
    }

    test("a stream whose flow never sends waits, and closing it releases the flow") {
        val started = CompletableFuture<Unit>()
        val stopped = CompletableFuture<Throwable?>()
        val stream = bridge.stream(flow<Int> { started.complete(Unit); awaitCancellation() }.onCompletion { stopped.complete(it) })
        started.get(10, TimeUnit.SECONDS)
        stream.close()
        stopped.get(10, TimeUnit.SECONDS).shouldBeInstanceOf<CancellationException>()
    }

    test("a paged stream gives every element of every page in order, and skips empty pages") {
        val withEmpty = flow { emit(emptyList()); pageLists(5).collect { emit(it); emit(emptyList<Int>()) } }
        bridge.streamPages(withEmpty).use { it.toList() } shouldBe (0 until 1_500).toList()
    }

    test("a paged stream's failure surfaces after every page sent before it") {
        val seen = ArrayList<Int>()
        val failure = shouldThrow<IllegalStateException> {
            bridge.streamPages(flow { pageLists(4).collect { emit(it) }; throw IllegalStateException("page 5 failed") }).use { s -> s.forEach { seen.add(it) } }
        }
        failure.message shouldBe "page 5 failed"
        seen shouldBe (0 until 1_200).toList()
    }

    test("a paged stream fetches at most two pages ahead of its caller, and closing it stops the paging") {
        val fetched = java.util.concurrent.atomic.AtomicInteger()
        val stopped = CompletableFuture<Throwable?>()
        val endless = flow { var page = 0; while (true) { fetched.incrementAndGet(); emit(List(300) { page * 300 + it }); page++ } }.onCompletion { stopped.complete(it) }
        bridge.streamPages(endless).use { stream ->
            stream.iterator().next() shouldBe 0
            // The caller holds the first page (and the second, if it had arrived when the caller woke); one more sits
            // in the channel and the next waits to be sent: three or four pages fetched, never the whole flow.
            val deadline = System.nanoTime() + 10_000_000_000L
            while (fetched.get() < 3 && System.nanoTime() < deadline) Thread.onSpinWait()
            fetched.get() shouldBeIn listOf(3, 4)
        }
        stopped.get(10, TimeUnit.SECONDS).shouldBeInstanceOf<CancellationException>()
    }

    test("a paged iterable runs its pages again for each iteration") {
        var runs = 0
        val iterable = bridge.iterablePages { flow { runs++; emit(listOf("a", "b")); emit(listOf("c")) } }
        iterable.toList() shouldBe listOf("a", "b", "c")
        iterable.toList() shouldBe listOf("a", "b", "c")
        runs shouldBe 2
    }
})
