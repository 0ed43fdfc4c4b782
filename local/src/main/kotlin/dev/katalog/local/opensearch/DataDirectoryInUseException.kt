package dev.katalog.local.opensearch

import java.nio.file.Path

/** Another OpenSearch node, in this process or another, holds the lock on the data directory under [home]. */
internal class DataDirectoryInUseException(home: Path, cause: Throwable) : RuntimeException(
    "The data directory ${home.toAbsolutePath()} is in use by another OpenSearch node (a local catalog still running " +
        "on it, in this process or another): stop that catalog first, or give this one another data directory",
    cause,
)
