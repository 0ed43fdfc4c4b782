package dev.katalog.client.access

import dev.katalog.client.core.CloseNames
import dev.katalog.client.core.UsageException

/** The wire values of one kind of policy action, and the typed error for a value that is not one of them. */
internal object PolicyActions {
    fun <E : Enum<E>> parse(kind: String, value: String, all: Array<E>, wire: (E) -> String): E =
        all.firstOrNull { wire(it) == value || it.name == value } ?: throw UsageException(
            "\"$value\" is not a $kind",
            CloseNames.of(value, all.map(wire)).let { close ->
                val known = all.joinToString { wire(it) }
                if (close.isEmpty()) "Use one of: $known" else "Did you mean ${close.joinToString(" or ") { "\"$it\"" }}? The actions are: $known"
            },
        )
}
