// Generated from Atlan's typedefs.json by dev.katalog.generator. Do not edit: run bin/generate.
package dev.katalog.model.atlan.asset

import dev.katalog.model.atlan.field.NumericField
import dev.katalog.model.atlan.field.RelationField
import dev.katalog.model.atlan.field.TextField
import kotlinx.serialization.json.JsonObject

/** The Atlan entity type __ExportImportAuditEntry. */
public interface ExportImportAuditEntry : Internal {
    public val userName: String? get() = stringAttribute("userName")

    public val operation: String? get() = stringAttribute("operation")

    public val sourceServerName: String? get() = stringAttribute("sourceServerName")

    public val targetServerName: String? get() = stringAttribute("targetServerName")

    public val operationParams: String? get() = stringAttribute("operationParams")

    public val operationStartTime: Long? get() = longAttribute("operationStartTime")

    public val operationEndTime: Long? get() = longAttribute("operationEndTime")

    public val resultSummary: String? get() = stringAttribute("resultSummary")

    /** The __ExportImportAuditEntry type: its name, super types and search fields. */
    public companion object : AssetType<ExportImportAuditEntry>("__ExportImportAuditEntry", listOf("__internal"), ExportImportAuditEntry::class.java) {
        override fun wrap(json: JsonObject): ExportImportAuditEntry = ExportImportAuditEntryImpl(json)

        @JvmField
        public val LINKS: RelationField = RelationField("links")

        @JvmField
        public val README: RelationField = RelationField("readme")

        @JvmField
        public val USER_NAME: TextField = TextField("userName", "userName")

        @JvmField
        public val OPERATION: TextField = TextField("operation", "operation")

        @JvmField
        public val SOURCE_SERVER_NAME: TextField = TextField("sourceServerName", "sourceServerName")

        @JvmField
        public val TARGET_SERVER_NAME: TextField = TextField("targetServerName", "targetServerName")

        @JvmField
        public val OPERATION_PARAMS: TextField = TextField("operationParams", "operationParams")

        @JvmField
        public val OPERATION_START_TIME: NumericField = NumericField("operationStartTime", "operationStartTime")

        @JvmField
        public val OPERATION_END_TIME: NumericField = NumericField("operationEndTime", "operationEndTime")

        @JvmField
        public val RESULT_SUMMARY: TextField = TextField("resultSummary", "resultSummary")
    }
}

internal class ExportImportAuditEntryImpl(json: JsonObject) : EntityImpl(json), ExportImportAuditEntry
