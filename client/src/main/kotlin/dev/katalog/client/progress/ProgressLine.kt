package dev.katalog.client.progress

import java.util.Locale

/** The text of one progress line: label, bar and count (or the count alone), rate, and ETA when the total is known. */
internal object ProgressLine {
    private const val WIDTH = 24

    /** e.g. `  applying [######..................] 50/200  5/s ETA 30s`; [elapsedNanos] since the work started. */
    fun render(label: String, done: Long, total: Long?, elapsedNanos: Long): String {
        val seconds = elapsedNanos / 1e9
        val rate = if (seconds > 0) done / seconds else 0.0
        val count = total?.let { t ->
            val filled = if (t <= 0L) WIDTH else (WIDTH * done.coerceAtMost(t) / t).toInt().coerceIn(0, WIDTH)
            "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] $done/$t"
        } ?: "$done"
        val eta = total?.takeIf { rate > 0 }?.let { String.format(Locale.ROOT, " ETA %.0fs", (it - done).coerceAtLeast(0) / rate) } ?: ""
        return String.format(Locale.ROOT, "  %s %s  %.0f/s%s", label, count, rate, eta)
    }
}
