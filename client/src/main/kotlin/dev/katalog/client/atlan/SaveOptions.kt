package dev.katalog.client.atlan

import dev.katalog.client.core.UsageException

/**
 * The flags of a save (Atlan's query flags on `/api/meta/entity/bulk`): how tags and custom metadata
 * sent with the assets combine with what the catalog already has.
 */
public class SaveOptions private constructor(
    /** Replace the assets' Atlan tags with those sent (none sent: tags removed). */
    public val replaceAtlanTags: Boolean,
    /**
     * Change the assets' Atlan tags by the lists sent with each: `addOrUpdateClassifications` (added, or their
     * options updated) and `removeClassifications` (removed); the others stay. A `classifications` list is
     * ignored for an existing asset, as Atlan ignores it.
     */
    public val appendAtlanTags: Boolean,
    /** Replace the assets' custom metadata with what is sent. */
    public val replaceCustomMetadata: Boolean,
    /** With [replaceCustomMetadata]: also clear custom metadata sets that are not sent. */
    public val overwriteCustomMetadata: Boolean,
) {
    // The four flags Atlan's own SDK sends (pyatlan 9.10.3, operation vectors tags-add and tags-remove).
    internal fun queryFlags(): List<Pair<String, String>> = listOf(
        "replaceTags" to replaceAtlanTags.toString(),
        "appendTags" to appendAtlanTags.toString(),
        "replaceBusinessAttributes" to replaceCustomMetadata.toString(),
        "overwriteBusinessAttributes" to overwriteCustomMetadata.toString(),
    )

    public fun toBuilder(): Builder = Builder().replaceAtlanTags(replaceAtlanTags).appendAtlanTags(appendAtlanTags)
        .replaceCustomMetadata(replaceCustomMetadata).overwriteCustomMetadata(overwriteCustomMetadata)

    /** Builds [SaveOptions]. */
    public class Builder {
        private var replaceAtlanTags = false
        private var appendAtlanTags = false
        private var replaceCustomMetadata = false
        private var overwriteCustomMetadata = false
        public fun replaceAtlanTags(value: Boolean): Builder = apply { replaceAtlanTags = value }
        public fun appendAtlanTags(value: Boolean): Builder = apply { appendAtlanTags = value }
        public fun replaceCustomMetadata(value: Boolean): Builder = apply { replaceCustomMetadata = value }
        public fun overwriteCustomMetadata(value: Boolean): Builder = apply { overwriteCustomMetadata = value }
        public fun build(): SaveOptions {
            UsageException.check(!(replaceAtlanTags && appendAtlanTags), { "replaceAtlanTags and appendAtlanTags are both set" }, "Choose one: replace the tags, or append to them")
            UsageException.check(!overwriteCustomMetadata || replaceCustomMetadata, { "overwriteCustomMetadata is set without replaceCustomMetadata" }, "Set replaceCustomMetadata too, or leave overwriteCustomMetadata off")
            return SaveOptions(replaceAtlanTags, appendAtlanTags, replaceCustomMetadata, overwriteCustomMetadata)
        }
    }

    public companion object {
        /** Tags and custom metadata sent are ignored unless asked for: attributes only. */
        @JvmField
        public val DEFAULT: SaveOptions = Builder().build()

        @JvmStatic
        public fun builder(): Builder = Builder()
    }
}
