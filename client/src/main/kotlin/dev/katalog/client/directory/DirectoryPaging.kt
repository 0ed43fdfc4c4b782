package dev.katalog.client.directory

import dev.katalog.client.core.UsageException

/** The checks of a directory page's bounds, made before anything is sent. */
internal object DirectoryPaging {
    fun check(limit: Int, offset: Int) {
        UsageException.check(limit >= 1, { "limit must be at least 1, was $limit" }, "Ask for 20 (the default) to 100 at a time and page with offset")
        UsageException.check(offset >= 0, { "offset must be 0 or more, was $offset" }, "Start at 0")
    }
}
