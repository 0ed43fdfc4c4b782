package dev.katalog.client.core

import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
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
})
