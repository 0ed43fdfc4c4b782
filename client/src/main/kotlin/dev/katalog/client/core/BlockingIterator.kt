package dev.katalog.client.core

import kotlinx.coroutines.channels.ReceiveChannel
import kotlinx.coroutines.runBlocking
import java.util.Spliterator
import java.util.Spliterators
import java.util.stream.Stream
import java.util.stream.StreamSupport

/**
 * Iterates a channel fed by a Flow from a plain thread, for Java; a failure of the flow surfaces as its own exception,
 * after the elements that came before it.
 *
 * The caller's thread blocks once per burst, not once per element: it waits for one element, then takes every element
 * already waiting in the channel. A paged flow sends a page at a time, so a Java stream pays one hand-off per page.
 */
internal class BlockingIterator<T : Any>(private val channel: ReceiveChannel<T>) : Iterator<T> {
    private val ready = ArrayDeque<T>()
    private var done = false

    override fun hasNext(): Boolean {
        if (ready.isEmpty() && !done) refill()
        return ready.isNotEmpty()
    }

    override fun next(): T {
        if (!hasNext()) throw NoSuchElementException("There are no more results")
        return ready.removeFirst()
    }

    private fun refill() {
        val first = runBlocking { channel.receiveCatching() }
        first.exceptionOrNull()?.let { throw it }
        val element = first.getOrNull()
        if (element == null) {
            done = true
            return
        }
        ready.addLast(element)
        // A closed channel stops the drain; its end (or failure) is met by the next refill, after these elements.
        while (true) ready.addLast(channel.tryReceive().getOrNull() ?: break)
    }

    companion object {
        /** How many elements a stream's producer may run ahead of the caller: about a page of results. */
        const val BUFFER: Int = 1_000

        /** A sequential [Stream] over [channel]; closing the stream cancels the channel (and the paging behind it). */
        fun <T : Any> stream(channel: ReceiveChannel<T>): Stream<T> =
            StreamSupport.stream(Spliterators.spliteratorUnknownSize(BlockingIterator(channel), Spliterator.ORDERED or Spliterator.NONNULL), false)
                .onClose { channel.cancel() }
    }
}
