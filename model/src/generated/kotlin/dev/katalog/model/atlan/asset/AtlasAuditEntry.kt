// Generated from Atlan's typedefs.json by dev.katalog.generator. Do not edit: run bin/generate.
package dev.katalog.model.atlan.asset

import dev.katalog.model.atlan.enums.AtlasOperation
import dev.katalog.model.atlan.field.DateField
import dev.katalog.model.atlan.field.NumericField
import dev.katalog.model.atlan.field.RelationField
import dev.katalog.model.atlan.field.TextField
import java.time.Instant
import kotlinx.serialization.builtins.serializer
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

    /** Typed setters of the attributes __AtlasAuditEntry declares, returning the builder [B]. */
    public interface Setters<B> : Internal.Setters<B> {
        /** Sets userName. */
        public fun userName(value: String?): B = attribute("userName", encodeAttribute(value, String.serializer()))

        /** Sets operation. */
        public fun operation(value: AtlasOperation?): B = attribute("operation", encodeAttribute(value, AtlasOperation.serializer()))

        /** Sets startTime. */
        public fun startTime(value: Instant?): B = attribute("startTime", encodeInstant(value))

        /** Sets endTime. */
        public fun endTime(value: Instant?): B = attribute("endTime", encodeInstant(value))

        /** Sets clientId. */
        public fun clientId(value: String?): B = attribute("clientId", encodeAttribute(value, String.serializer()))

        /** Sets params. */
        public fun params(value: String?): B = attribute("params", encodeAttribute(value, String.serializer()))

        /** Sets result. */
        public fun result(value: String?): B = attribute("result", encodeAttribute(value, String.serializer()))

        /** Sets resultCount. */
        public fun resultCount(value: Long?): B = attribute("resultCount", encodeAttribute(value, Long.serializer()))
    }

    /** Builds a __AtlasAuditEntry: start from [creator] or [builder]. */
    public class Builder internal constructor(from: JsonObject?) : EntityBuilder<AtlasAuditEntry, Builder>(AtlasAuditEntry.Companion, from), Setters<Builder> {
        override fun self(): Builder = this
    }

    /** The __AtlasAuditEntry type: its name, super types, builders and search fields. */
    public companion object : AssetType<AtlasAuditEntry>("__AtlasAuditEntry", listOf("__internal"), AtlasAuditEntry::class.java) {
        override fun wrap(json: JsonObject): AtlasAuditEntry = AtlasAuditEntryImpl(json)

        /** This type, for Java callers: `AtlasAuditEntry.TYPE`. */
        @JvmField
        public val TYPE: AssetType<AtlasAuditEntry> = this

        /** A reference to the __AtlasAuditEntry with [qualifiedName], to link assets: `AtlasAuditEntry.refByQualifiedName("…")`. */
        @JvmStatic
        public fun refByQualifiedName(qualifiedName: String): AtlasAuditEntry = referenceByQualifiedName(qualifiedName)

        /** A reference to the __AtlasAuditEntry with [guid] (real, or a placeholder of the same save). */
        @JvmStatic
        public fun refByGuid(guid: String): AtlasAuditEntry = referenceByGuid(guid)

        /** A builder for a new __AtlasAuditEntry with only its type and a placeholder GUID set. */
        @JvmStatic
        public fun builder(): Builder = Builder(null)

        /** A builder starting from [existing], everything it has kept. */
        @JvmStatic
        public fun updater(existing: AtlasAuditEntry): Builder = Builder(existing.json)

        /** A builder with only what an update of [existing] needs: type, GUID, qualifiedName, name (and a glossary anchor). */
        @JvmStatic
        public fun trimToRequired(existing: AtlasAuditEntry): Builder = Builder(AssetCreators.requiredOf(existing))

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
