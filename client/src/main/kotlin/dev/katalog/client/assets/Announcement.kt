package dev.katalog.client.assets

import dev.katalog.client.core.UsageException

/** The kind of an announcement, as Atlan shows it (its icon and colour); [wireValue] is what Atlan stores. */
public enum class AnnouncementType(public val wireValue: String) {
    INFORMATION("information"),
    WARNING("warning"),
    ISSUE("issue");

    public companion object {
        /** The type written as [text] (any case: `warning`, `WARNING`); a [UsageException] naming the types otherwise. */
        @JvmStatic
        public fun of(text: String): AnnouncementType = entries.firstOrNull { it.wireValue.equals(text.trim(), ignoreCase = true) }
            ?: throw UsageException("There is no announcement type \"$text\"", "Use one of ${entries.map { it.wireValue }}")
    }
}

/**
 * An announcement on an asset: a [type], a [title] (required: Atlan shows nothing without it) and an optional
 * [message]. `Announcement(AnnouncementType.WARNING, "Migration", "Moving to a new schema on Friday")`.
 */
public class Announcement @JvmOverloads constructor(
    public val type: AnnouncementType,
    public val title: String,
    public val message: String? = null,
) {
    init {
        UsageException.check(title.isNotBlank(), { "An announcement needs a title; it was ${if (title.isEmpty()) "empty" else "blank"}" }, "Give it a short title such as \"Migration\", and put the details in the message")
    }

    override fun toString(): String = "Announcement($type, \"$title\")"
}
