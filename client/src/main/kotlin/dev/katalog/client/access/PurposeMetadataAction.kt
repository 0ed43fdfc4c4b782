package dev.katalog.client.access

/**
 * What a purpose's metadata policy lets its users and groups do to the assets carrying its tags; [value] is what
 * Atlan stores in `policyActions` (atlanhq/atlan-python, pyatlan/model/enums.py, PurposeMetadataAction).
 */
public enum class PurposeMetadataAction(public val value: String) {
    CREATE("entity-create"),
    READ("entity-read"),
    UPDATE("entity-update"),
    DELETE("entity-delete"),
    UPDATE_CUSTOM_METADATA("entity-update-business-metadata"),
    ADD_ATLAN_TAG("entity-add-classification"),
    READ_ATLAN_TAG("entity-read-classification"),
    UPDATE_ATLAN_TAG("entity-update-classification"),
    REMOVE_ATLAN_TAG("entity-remove-classification"),
    ATTACH_TERMS("purpose-add-terms"),
    DETACH_TERMS("purpose-remove-terms"),
    ;

    public companion object {
        /** The action whose wire value or name is [value]; a [dev.katalog.client.core.UsageException] otherwise. */
        @JvmStatic
        public fun of(value: String): PurposeMetadataAction = PolicyActions.parse("purpose metadata action", value, entries.toTypedArray()) { it.value }
    }
}
