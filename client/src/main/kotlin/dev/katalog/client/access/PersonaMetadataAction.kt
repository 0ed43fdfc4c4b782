package dev.katalog.client.access

/**
 * What a persona's metadata policy lets its members do to the assets of a connection; [value] is what Atlan stores
 * in `policyActions` (atlanhq/atlan-python, pyatlan/model/enums.py, PersonaMetadataAction).
 */
public enum class PersonaMetadataAction(public val value: String) {
    CREATE("persona-api-create"),
    READ("persona-asset-read"),
    UPDATE("persona-asset-update"),
    DELETE("persona-api-delete"),
    UPDATE_CUSTOM_METADATA("persona-business-update-metadata"),
    ADD_ATLAN_TAG("persona-entity-add-classification"),
    UPDATE_ATLAN_TAG("persona-entity-update-classification"),
    REMOVE_ATLAN_TAG("persona-entity-remove-classification"),
    ATTACH_TERMS("persona-add-terms"),
    DETACH_TERMS("persona-remove-terms"),
    ;

    public companion object {
        /** The action whose wire value (`persona-asset-read`) or name (`READ`) is [value]; a [dev.katalog.client.core.UsageException] otherwise. */
        @JvmStatic
        public fun of(value: String): PersonaMetadataAction = PolicyActions.parse("persona metadata action", value, entries.toTypedArray()) { it.value }
    }
}
