package dev.katalog.model.atlan.asset

/** Lifecycle of an entity: [DELETED] is archived (soft-deleted) and can be restored. */
public enum class EntityStatus {
    ACTIVE, DELETED, PURGED;

    internal companion object {
        fun of(text: String): EntityStatus? = entries.firstOrNull { it.name == text }
    }
}
