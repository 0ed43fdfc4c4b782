package dev.katalog.client.core

import kotlinx.coroutines.channels.ReceiveChannel
import kotlinx.coroutines.runBlocking
import java.util.Spliterator
import java.util.Spliterators
import java.util.stream.Stream
import java.util.stream.StreamSupport

/**
 * Iterates a channel of chunks (a page of results, or single elements) fed by a Flow, from a plain thread, for Java;
 * a failure of the flow surfaces as its own exception, after the elements that came before it.
 *
 * The caller's thread blocks once per burst, not once per element: it waits for one chunk, then takes the chunks
 * already waiting in the channel, at most [drainLimit] more (the channel's capacity), so that a producer faster than the
 * drain cannot keep it taking chunks forever. A flow of pages therefore costs one hand-off per page.
 */
internal class BlockingIterator<T : Any>(private val channel: ReceiveChannel<List<T>>, private val drainLimit: Int) : Iterator<T> {
    private val ready = ArrayDeque<List<T>>()
    private var current: List<T> = emptyList()
    private var index = 0
    private var done = false

    override fun hasNext(): Boolean {
        while (index == current.size) {
            if (ready.isEmpty()) {
                if (done) return false
                refill()
                continue
            }
            current = ready.removeFirst()
            index = 0
        }
        return true
    }

    override fun next(): T {
        if (!hasNext()) throw NoSuchElementException("There are no more results")
        return current[index++]
    }

    private fun refill() {
        val first = runBlocking { channel.receiveCatching() }
        first.exceptionOrNull()?.let { throw it }
        val chunk = first.getOrNull()
        if (chunk == null) {
            done = true
            return
        }
        ready.addLast(chunk)
        // A closed channel stops the drain; its end (or failure) is met by the next refill, after these elements.
        repeat(drainLimit) { ready.addLast(channel.tryReceive().getOrNull() ?: return) }
    }

    companion object {
        /** How many single elements a stream's producer may run ahead of the caller: about a page of results. */
        const val ELEMENTS_AHEAD: Int = 1_000

        /** How many pages a paged stream's producer may fetch ahead of the caller: the next one while this one is used. */
        const val PAGES_AHEAD: Int = 1

        /** A sequential [Stream] over [channel]; closing the stream cancels the channel (and the paging behind it). */
        fun <T : Any> stream(channel: ReceiveChannel<List<T>>, drainLimit: Int): Stream<T> =
            StreamSupport.stream(Spliterators.spliteratorUnknownSize(BlockingIterator(channel, drainLimit), Spliterator.ORDERED or Spliterator.NONNULL), false)
                .onClose { channel.cancel() }
    }
}
