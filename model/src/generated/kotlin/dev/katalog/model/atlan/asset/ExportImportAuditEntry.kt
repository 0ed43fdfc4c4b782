// Generated from Atlan's typedefs.json by dev.katalog.generator. Do not edit: run bin/generate.
package dev.katalog.model.atlan.asset

import dev.katalog.model.atlan.field.NumericField
import dev.katalog.model.atlan.field.RelationField
import dev.katalog.model.atlan.field.TextField
import kotlinx.serialization.builtins.serializer
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

    /** Typed setters of the attributes __ExportImportAuditEntry declares, returning the builder [B]. */
    public interface Setters<B> : Internal.Setters<B> {
        /** Sets userName. */
        public fun userName(value: String?): B = attribute("userName", encodeAttribute(value, String.serializer()))

        /** Sets operation. */
        public fun operation(value: String?): B = attribute("operation", encodeAttribute(value, String.serializer()))

        /** Sets sourceServerName. */
        public fun sourceServerName(value: String?): B = attribute("sourceServerName", encodeAttribute(value, String.serializer()))

        /** Sets targetServerName. */
        public fun targetServerName(value: String?): B = attribute("targetServerName", encodeAttribute(value, String.serializer()))

        /** Sets operationParams. */
        public fun operationParams(value: String?): B = attribute("operationParams", encodeAttribute(value, String.serializer()))

        /** Sets operationStartTime. */
        public fun operationStartTime(value: Long?): B = attribute("operationStartTime", encodeAttribute(value, Long.serializer()))

        /** Sets operationEndTime. */
        public fun operationEndTime(value: Long?): B = attribute("operationEndTime", encodeAttribute(value, Long.serializer()))

        /** Sets resultSummary. */
        public fun resultSummary(value: String?): B = attribute("resultSummary", encodeAttribute(value, String.serializer()))
    }

    /** Builds a __ExportImportAuditEntry: start from [creator] or [builder]. */
    public class Builder internal constructor(from: JsonObject?) : EntityBuilder<ExportImportAuditEntry, Builder>(ExportImportAuditEntry.Companion, from), Setters<Builder> {
        override fun self(): Builder = this
    }

    /** The __ExportImportAuditEntry type: its name, super types, builders and search fields. */
    public companion object : AssetType<ExportImportAuditEntry>("__ExportImportAuditEntry", listOf("__internal"), ExportImportAuditEntry::class.java) {
        override fun wrap(json: JsonObject): ExportImportAuditEntry = ExportImportAuditEntryImpl(json)

        /** This type, for Java callers: `ExportImportAuditEntry.TYPE`. */
        @JvmField
        public val TYPE: AssetType<ExportImportAuditEntry> = this

        /** A reference to the __ExportImportAuditEntry with [qualifiedName], to link assets: `ExportImportAuditEntry.refByQualifiedName("…")`. */
        @JvmStatic
        public fun refByQualifiedName(qualifiedName: String): ExportImportAuditEntry = referenceByQualifiedName(qualifiedName)

        /** A reference to the __ExportImportAuditEntry with [guid] (real, or a placeholder of the same save). */
        @JvmStatic
        public fun refByGuid(guid: String): ExportImportAuditEntry = referenceByGuid(guid)

        /** A builder for a new __ExportImportAuditEntry with only its type and a placeholder GUID set. */
        @JvmStatic
        public fun builder(): Builder = Builder(null)

        /** A builder starting from [existing], everything it has kept. */
        @JvmStatic
        public fun updater(existing: ExportImportAuditEntry): Builder = Builder(existing.json)

        /** A builder with only what an update of [existing] needs: type, GUID, qualifiedName, name (and a glossary anchor). */
        @JvmStatic
        public fun trimToRequired(existing: ExportImportAuditEntry): Builder = Builder(AssetCreators.requiredOf(existing))

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
