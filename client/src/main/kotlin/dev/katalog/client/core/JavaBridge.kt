package dev.katalog.client.core

import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.channels.produce
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.future.future
import java.util.concurrent.CompletableFuture
import java.util.stream.Stream
import kotlin.coroutines.CoroutineContext
import kotlin.coroutines.EmptyCoroutineContext

/**
 * How the Java twins run suspending calls and flows: on the client's [scope] (closing the client cancels what
 * still runs), with an optional per-call [timeout]. A future cancelled by its caller cancels its call; a stream
 * closed early stops its paging.
 */
internal class JavaBridge(private val scope: CoroutineScope, val timeout: CallTimeout? = null) {
    private val context: CoroutineContext get() = timeout ?: EmptyCoroutineContext

    /** The same bridge with [timeout] as every call's read timeout. */
    fun withTimeout(timeout: java.time.Duration): JavaBridge = JavaBridge(scope, CallTimeout(timeout))

    fun <T> future(block: suspend () -> T): CompletableFuture<T> = scope.future(context) { block() }

    /** A future that completes with null once [block] has run, for calls that return nothing. */
    fun run(block: suspend () -> Unit): CompletableFuture<Void?> = scope.future(context) { block(); null }

    /**
     * The elements of [flow] as a sequential Stream; close it (try-with-resources) to stop early. The flow runs up to
     * [BlockingIterator.ELEMENTS_AHEAD] elements ahead of the caller, so the next page is fetched while this one is used.
     */
    fun <T : Any> stream(flow: Flow<T>): Stream<T> = BlockingIterator.stream(elements(flow), BlockingIterator.ELEMENTS_AHEAD)

    /**
     * The elements of the pages [pages] as a sequential Stream, handed to the caller's thread a page at a time (one
     * hand-off per page, not per element); the next page is fetched while this one is used.
     */
    fun <T : Any> streamPages(pages: Flow<List<T>>): Stream<T> = BlockingIterator.stream(pagesOf(pages), BlockingIterator.PAGES_AHEAD)

    /** The elements of the flow [flow] makes as an Iterable; each iteration runs it again. */
    fun <T : Any> iterable(flow: () -> Flow<T>): Iterable<T> = Iterable { BlockingIterator(elements(flow()), BlockingIterator.ELEMENTS_AHEAD) }

    /** The elements of the pages [pages] makes as an Iterable, a page per hand-off; each iteration runs it again. */
    fun <T : Any> iterablePages(pages: () -> Flow<List<T>>): Iterable<T> = Iterable { BlockingIterator(pagesOf(pages()), BlockingIterator.PAGES_AHEAD) }

    private fun <T : Any> elements(flow: Flow<T>) =
        scope.produce(context, capacity = BlockingIterator.ELEMENTS_AHEAD) { flow.collect { send(listOf(it)) } }

    private fun <T : Any> pagesOf(pages: Flow<List<T>>) =
        scope.produce(context, capacity = BlockingIterator.PAGES_AHEAD) { pages.collect { if (it.isNotEmpty()) send(it) } }
}
