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
     * [BlockingIterator.BUFFER] elements ahead of the caller, so the next page is fetched while this one is used.
     */
    fun <T : Any> stream(flow: Flow<T>): Stream<T> = BlockingIterator.stream(scope.produce(context, capacity = BlockingIterator.BUFFER) { flow.collect { send(it) } })

    /** The elements of the flow [flow] makes as an Iterable; each iteration runs it again. */
    fun <T : Any> iterable(flow: () -> Flow<T>): Iterable<T> =
        Iterable { BlockingIterator(scope.produce(context, capacity = BlockingIterator.BUFFER) { flow().collect { send(it) } }) }
}
