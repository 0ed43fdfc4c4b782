package dev.katalog.cli

import java.io.PrintStream

/**
 * A one-line progress bar (count, rate, ETA) redrawn in place on a terminal; silent when the output is a
 * pipe or a file, so logs and scripts get only results.
 */
internal class Progress(private val label: String, private val total: Long?, private val out: PrintStream = System.out) {
    private val interactive = System.console() != null && System.getenv("TERM") != "dumb"
    private val started = System.nanoTime()
    private var lastDraw = 0L

    fun update(done: Long) {
        if (!interactive) return
        val now = System.nanoTime()
        if (now - lastDraw < 100_000_000 && done != total) return
        lastDraw = now
        val seconds = (now - started) / 1e9
        val rate = if (seconds > 0) done / seconds else 0.0
        val bar = total?.let { t ->
            val width = 24
            val filled = if (t == 0L) width else (width * done / t).toInt().coerceIn(0, width)
            "[" + "#".repeat(filled) + ".".repeat(width - filled) + "] $done/$t"
        } ?: "$done"
        val eta = total?.takeIf { rate > 0 }?.let { " ETA %.0fs".format((it - done) / rate) } ?: ""
        out.print("\r  $label $bar  %.0f/s$eta   ".format(rate))
        out.flush()
    }

    fun done() {
        if (interactive) out.print("\r" + " ".repeat(78) + "\r")
    }
}
