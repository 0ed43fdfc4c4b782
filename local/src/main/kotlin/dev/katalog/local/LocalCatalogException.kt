package dev.katalog.local

import java.nio.file.Path

/** The local catalog could not start: its search backend, index or HTTP server failed; [message] says which. */
public open class LocalCatalogException(message: String, cause: Throwable? = null) : RuntimeException(message, cause)

/** The recording file [path] (see [LocalCatalog.Builder.record]) could not be created or written. */
public class RecordingFileException(public val path: Path, cause: Throwable) : LocalCatalogException(
    "Cannot write the recording file $path (${cause.javaClass.simpleName}: ${cause.message}): " +
        "choose a path in a writable directory",
    cause,
)
