package dev.katalog.local.openmetadata

/** Which entities a read sees, as OpenMetadata's `include=` parameter says: `non-deleted` (default), `deleted`, `all`. */
internal enum class Include(val wire: String) {
    NON_DELETED("non-deleted"), DELETED("deleted"), ALL("all");

    fun admits(deleted: Boolean): Boolean = when (this) {
        NON_DELETED -> !deleted
        DELETED -> deleted
        ALL -> true
    }

    companion object {
        fun parse(value: String?): Include {
            if (value == null) return NON_DELETED
            return entries.firstOrNull { it.wire.equals(value, ignoreCase = true) }
                ?: throw OpenMetadataErrors.badRequest("include must be one of all, deleted, non-deleted")
        }
    }
}
