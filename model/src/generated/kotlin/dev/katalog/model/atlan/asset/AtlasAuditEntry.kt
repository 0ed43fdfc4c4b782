// Generated from Atlan's typedefs.json by dev.katalog.generator. Do not edit: run bin/generate.
package dev.katalog.model.atlan.asset

import dev.katalog.model.atlan.enums.AtlasOperation
import dev.katalog.model.atlan.field.DateField
import dev.katalog.model.atlan.field.NumericField
import dev.katalog.model.atlan.field.RelationField
import dev.katalog.model.atlan.field.TextField
import java.time.Instant
import kotlinx.serialization.json.JsonObject

/** The Atlan entity type __AtlasAuditEntry. */
public interface AtlasAuditEntry : Internal {
    public val userName: String? get() = stringAttribute("userName")

    public val operation: AtlasOperation? get() = decodedAttribute("operation", AtlasOperation.serializer())

    public val startTime: Instant? get() = instantAttribute("startTime")

    public val endTime: Instant? get() = instantAttribute("endTime")

    public val clientId: String? get() = stringAttribute("clientId")

    public val params: String? get() = stringAttribute("params")

    public val result: String? get() = stringAttribute("result")

    public val resultCount: Long? get() = longAttribute("resultCount")

    /** The __AtlasAuditEntry type: its name, super types and search fields. */
    public companion object : AssetType<AtlasAuditEntry>("__AtlasAuditEntry", listOf("__internal"), AtlasAuditEntry::class.java) {
        override fun wrap(json: JsonObject): AtlasAuditEntry = AtlasAuditEntryImpl(json)

        @JvmField
        public val LINKS: RelationField = RelationField("links")

        @JvmField
        public val README: RelationField = RelationField("readme")

        @JvmField
        public val USER_NAME: TextField = TextField("userName", "userName")

        @JvmField
        public val OPERATION: TextField = TextField("operation", "operation")

        @JvmField
        public val START_TIME: DateField = DateField("startTime", "startTime")

        @JvmField
        public val END_TIME: DateField = DateField("endTime", "endTime")

        @JvmField
        public val CLIENT_ID: TextField = TextField("clientId", "clientId")

        @JvmField
        public val PARAMS: TextField = TextField("params", "params")

        @JvmField
        public val RESULT: TextField = TextField("result", "result")

        @JvmField
        public val RESULT_COUNT: NumericField = NumericField("resultCount", "resultCount")
    }
}

internal class AtlasAuditEntryImpl(json: JsonObject) : EntityImpl(json), AtlasAuditEntry
