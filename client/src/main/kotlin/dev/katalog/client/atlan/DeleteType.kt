package dev.katalog.client.atlan

/** How to delete: [SOFT] archives (restorable), [HARD] removes, [PURGE] removes with all history. */
public enum class DeleteType { SOFT, HARD, PURGE }
