package dev.katalog.client.progress

import dev.katalog.client.core.UsageException
import dev.katalog.client.batch.BatchListener
import dev.katalog.client.batch.BatchProgress
import java.io.PrintStream

/**
 * A one-line progress report (count, rate, ETA) redrawn in place on a terminal, and silent when the output
 * is a pipe or a file, so logs and scripts get only their results. It is a [BatchListener], so it plugs
 * into batches and `apply` as is:
 *
 * ```
 * ProgressBar.start("applying", plan.creates.size.toLong()).use { bar ->
 *     client.trees.apply(plan, BatchOptions.builder().listener(bar).build())
 * }
 * ```
 */
public class ProgressBar private constructor(
    private val label: String,
    private val total: Long?,
    private val out: PrintStream,
    /** Whether this bar draws at all: on a terminal by default. */
    public val isDrawing: Boolean,
    private val clock: () -> Long,
) : BatchListener, AutoCloseable {
    private val started = clock()
    private var lastDraw: Long? = null
    private var width = 0

    /** Reports [done] units of work; redraws at most ten times a second, and always when the total is reached. */
    @Synchronized
    public fun update(done: Long) {
        if (!isDrawing) return
        val now = clock()
        val last = lastDraw
        if (last != null && now - last < REDRAW_NANOS && done != total) return
        lastDraw = now
        val line = ProgressLine.render(label, done, total, now - started)
        out.print("\r" + line.padEnd(width))
        out.flush()
        width = maxOf(width, line.length)
    }

    /** Hears a batch's progress: its done count. */
    override fun onProgress(progress: BatchProgress): Unit = update(progress.done)

    /** Erases the line, leaving the terminal as it was. */
    @Synchronized
    override fun close() {
        if (!isDrawing || lastDraw == null) return
        out.print("\r" + " ".repeat(width) + "\r")
        out.flush()
        lastDraw = null
    }

    /** Builds a [ProgressBar]: the output and whether to draw can be chosen; by default standard output, on a terminal only. */
    public class Builder internal constructor(private val label: String) {
        private var total: Long? = null
        private var out: PrintStream? = null
        private var drawing: Boolean? = null
        private var clock: () -> Long = System::nanoTime

        /** How many units of work there are, for the bar and the ETA; unknown by default (a count and a rate only). */
        public fun total(value: Long?): Builder = apply {
            UsageException.check(value == null || value >= 0, { "A progress total cannot be negative, was $value" }, "Pass the expected number, or null when unknown")
            total = value
        }
        /** Where to draw (standard output by default). */
        public fun output(value: PrintStream): Builder = apply { out = value }
        /** Draw even when not on a terminal (true), or never (false); by default only on a terminal. */
        public fun drawing(value: Boolean): Builder = apply { drawing = value }
        internal fun clock(value: () -> Long): Builder = apply { clock = value }

        public fun build(): ProgressBar = ProgressBar(label, total, out ?: System.out, drawing ?: Terminal.isInteractive(), clock)
    }

    public companion object {
        private const val REDRAW_NANOS = 100_000_000L

        /** A builder of a bar labelled [label] (e.g. `applying`). */
        @JvmStatic
        public fun builder(label: String): Builder = Builder(label)

        /** A bar labelled [label] for [total] units (null: unknown), on standard output when it is a terminal. */
        @JvmStatic
        @JvmOverloads
        public fun start(label: String, total: Long? = null): ProgressBar = builder(label).total(total).build()

        /** Whether standard output is an interactive terminal, where bars draw by default. */
        @JvmStatic
        public fun isTerminal(): Boolean = Terminal.isInteractive()
    }
}
