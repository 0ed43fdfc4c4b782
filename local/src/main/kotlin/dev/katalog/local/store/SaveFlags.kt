package dev.katalog.local.store

/** The query flags of a bulk save that say what to do with tags and custom metadata sent for existing assets. */
internal class SaveFlags(
    val replaceTags: Boolean = false,
    val appendTags: Boolean = false,
    val replaceBusinessAttributes: Boolean = false,
    val overwriteBusinessAttributes: Boolean = false,
)
