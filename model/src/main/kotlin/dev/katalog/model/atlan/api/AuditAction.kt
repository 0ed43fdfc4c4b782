package dev.katalog.model.atlan.api

/** The actions of Atlan's audit trail, by their wire names (atlanhq/atlas-metastore, EntityAuditEventV2.EntityAuditActionV2). */
public enum class AuditAction(public val wireName: String) {
    ENTITY_CREATE("ENTITY_CREATE"),
    ENTITY_UPDATE("ENTITY_UPDATE"),
    ENTITY_DELETE("ENTITY_DELETE"),
    ENTITY_PURGE("ENTITY_PURGE"),
    ENTITY_IMPORT_CREATE("ENTITY_IMPORT_CREATE"),
    ENTITY_IMPORT_UPDATE("ENTITY_IMPORT_UPDATE"),
    ENTITY_IMPORT_DELETE("ENTITY_IMPORT_DELETE"),
    TAG_ADD("CLASSIFICATION_ADD"),
    TAG_DELETE("CLASSIFICATION_DELETE"),
    TAG_UPDATE("CLASSIFICATION_UPDATE"),
    PROPAGATED_TAG_ADD("PROPAGATED_CLASSIFICATION_ADD"),
    PROPAGATED_TAG_DELETE("PROPAGATED_CLASSIFICATION_DELETE"),
    PROPAGATED_TAG_UPDATE("PROPAGATED_CLASSIFICATION_UPDATE"),
    TERM_ADD("TERM_ADD"),
    TERM_DELETE("TERM_DELETE"),
    LABEL_ADD("LABEL_ADD"),
    LABEL_DELETE("LABEL_DELETE"),
    CUSTOM_METADATA_UPDATE("BUSINESS_ATTRIBUTE_UPDATE"),
    CUSTOM_ATTRIBUTE_UPDATE("CUSTOM_ATTRIBUTE_UPDATE"),

    /** An action this version does not know; the entry's `action` keeps its name. */
    OTHER(""),
    ;

    public companion object {
        internal val ASSET_CHANGES = setOf(ENTITY_CREATE, ENTITY_UPDATE, ENTITY_IMPORT_CREATE, ENTITY_IMPORT_UPDATE)
        internal val TAG_CHANGES = setOf(TAG_ADD, TAG_DELETE, TAG_UPDATE, PROPAGATED_TAG_ADD, PROPAGATED_TAG_DELETE, PROPAGATED_TAG_UPDATE)

        /** The action named [wireName] on the wire, [OTHER] when unknown. */
        @JvmStatic
        public fun of(wireName: String?): AuditAction = entries.firstOrNull { it != OTHER && it.wireName == wireName } ?: OTHER
    }
}
