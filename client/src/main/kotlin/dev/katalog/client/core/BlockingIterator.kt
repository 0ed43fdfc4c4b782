package dev.katalog.client.core

import kotlinx.coroutines.channels.ReceiveChannel
import kotlinx.coroutines.runBlocking
import java.util.Spliterator
import java.util.Spliterators
import java.util.stream.Stream
import java.util.stream.StreamSupport

/** Iterates a channel fed by a Flow from a plain thread, for Java; a failure of the flow surfaces as its own exception. */
internal class BlockingIterator<T : Any>(private val channel: ReceiveChannel<T>) : Iterator<T> {
    private var next: T? = null
    private var done = false

    override fun hasNext(): Boolean {
        if (next != null) return true
        if (done) return false
        val result = runBlocking { channel.receiveCatching() }
        result.exceptionOrNull()?.let { throw it }
        next = result.getOrNull()
        if (next == null) done = true
        return next != null
    }

    override fun next(): T {
        if (!hasNext()) throw NoSuchElementException("There are no more results")
        return next!!.also { next = null }
    }

    companion object {
        /** A sequential [Stream] over [channel]; closing the stream cancels the channel (and the paging behind it). */
        fun <T : Any> stream(channel: ReceiveChannel<T>): Stream<T> =
            StreamSupport.stream(Spliterators.spliteratorUnknownSize(BlockingIterator(channel), Spliterator.ORDERED or Spliterator.NONNULL), false)
                .onClose { channel.cancel() }
    }
}
