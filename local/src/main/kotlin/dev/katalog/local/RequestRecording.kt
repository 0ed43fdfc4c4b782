package dev.katalog.local

import java.io.BufferedWriter
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardOpenOption
import java.util.concurrent.atomic.AtomicLong

/**
 * The requests a catalog has received, kept for a test to assert what a client sent: read them with [all] or
 * [since] a [mark], forget them with [clear]. With a file, each is also written there as one JSON line as it
 * is answered. Only the most recent [capacity] stay in memory; the file keeps every one.
 */
public class RequestRecording internal constructor(private val file: Path?, public val capacity: Int = DEFAULT_CAPACITY) : AutoCloseable {
    private val kept = ArrayDeque<Pair<Long, RecordedRequest>>()
    private val sequence = AtomicLong()
    private var writer: BufferedWriter? = null

    /** A point in the recording: [since] answers the requests received after it. */
    public class Mark internal constructor(internal val sequence: Long)

    /** Opens the file, emptying it; a file that cannot be written is a [RecordingFileException]. */
    internal fun open() {
        val path = file ?: return
        writer = try {
            path.toAbsolutePath().parent?.let { Files.createDirectories(it) }
            Files.newBufferedWriter(path, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)
        } catch (e: Exception) {
            throw RecordingFileException(path, e)
        }
    }

    internal fun add(request: RecordedRequest) {
        synchronized(this) {
            kept.addLast(sequence.incrementAndGet() to request)
            while (kept.size > capacity) kept.removeFirst()
            writer?.let {
                it.write(request.toJson().toString())
                it.newLine()
                it.flush()
            }
        }
    }

    /** Every request kept, oldest first. */
    @Synchronized
    public fun all(): List<RecordedRequest> = kept.map { it.second }

    /** A mark at this moment. */
    public fun mark(): Mark = Mark(sequence.get())

    /** The requests received after [mark], oldest first. */
    @Synchronized
    public fun since(mark: Mark): List<RecordedRequest> = kept.filter { it.first > mark.sequence }.map { it.second }

    /** Forgets the requests kept in memory (the file keeps them). */
    @Synchronized
    public fun clear(): Unit = kept.clear()

    @Synchronized
    override fun close() {
        writer?.close()
        writer = null
    }

    public companion object {
        /** Requests kept in memory unless told otherwise. */
        public const val DEFAULT_CAPACITY: Int = 10_000
    }
}
