// Generated from Atlan's typedefs.json by dev.katalog.generator. Do not edit: run bin/generate.
package dev.katalog.model.atlan.asset

import dev.katalog.model.atlan.field.AttributeField
import dev.katalog.model.atlan.field.TextField
import kotlinx.serialization.builtins.ListSerializer
import kotlinx.serialization.builtins.MapSerializer
import kotlinx.serialization.builtins.serializer
import kotlinx.serialization.json.JsonObject

/** The Atlan entity type AtlasServer. */
public interface AtlasServer : Entity {
    public val atlasServerName: String? get() = stringAttribute("AtlasServer.name")

    public val atlasServerDisplayName: String? get() = stringAttribute("AtlasServer.displayName")

    public val fullName: String? get() = stringAttribute("fullName")

    public val urls: List<String>? get() = decodedAttribute("urls", ListSerializer(String.serializer()))

    public val additionalInfo: Map<String, String>? get() = decodedAttribute("additionalInfo", MapSerializer(String.serializer(), String.serializer()))

    /** Typed setters of the attributes AtlasServer declares, returning the builder [B]. */
    public interface Setters<B> : EntitySetters<B> {
        /** Sets AtlasServer.name. */
        public fun atlasServerName(value: String?): B = attribute("AtlasServer.name", encodeAttribute(value, String.serializer()))

        /** Sets AtlasServer.displayName. */
        public fun atlasServerDisplayName(value: String?): B = attribute("AtlasServer.displayName", encodeAttribute(value, String.serializer()))

        /** Sets fullName. */
        public fun fullName(value: String?): B = attribute("fullName", encodeAttribute(value, String.serializer()))

        /** Sets urls. */
        public fun urls(value: List<String>?): B = attribute("urls", encodeAttribute(value, ListSerializer(String.serializer())))

        /** Sets additionalInfo. */
        public fun additionalInfo(value: Map<String, String>?): B = attribute("additionalInfo", encodeAttribute(value, MapSerializer(String.serializer(), String.serializer())))
    }

    /** Builds a AtlasServer: start from [creator] or [builder]. */
    public class Builder internal constructor(from: JsonObject?) : EntityBuilder<AtlasServer, Builder>(AtlasServer.Companion, from), Setters<Builder> {
        override fun self(): Builder = this
    }

    /** The AtlasServer type: its name, super types, builders and search fields. */
    public companion object : AssetType<AtlasServer>("AtlasServer", listOf(), AtlasServer::class.java) {
        override fun wrap(json: JsonObject): AtlasServer = AtlasServerImpl(json)

        /** This type, for Java callers: `AtlasServer.TYPE`. */
        @JvmField
        public val TYPE: AssetType<AtlasServer> = this

        /** A reference to the AtlasServer with [qualifiedName], to link assets: `AtlasServer.refByQualifiedName("…")`. */
        @JvmStatic
        public fun refByQualifiedName(qualifiedName: String): AtlasServer = referenceByQualifiedName(qualifiedName)

        /** A reference to the AtlasServer with [guid] (real, or a placeholder of the same save). */
        @JvmStatic
        public fun refByGuid(guid: String): AtlasServer = referenceByGuid(guid)

        /** A builder for a new AtlasServer with only its type and a placeholder GUID set. */
        @JvmStatic
        public fun builder(): Builder = Builder(null)

        /** A builder starting from [existing], everything it has kept. */
        @JvmStatic
        public fun updater(existing: AtlasServer): Builder = Builder(existing.json)

        /** A builder with only what an update of [existing] needs: type, GUID, qualifiedName, name (and a glossary anchor). */
        @JvmStatic
        public fun trimToRequired(existing: AtlasServer): Builder = Builder(AssetCreators.requiredOf(existing))

        @JvmField
        public val ATLAS_SERVER_NAME: TextField = TextField("AtlasServer.name", "AtlasServer.name")

        @JvmField
        public val ATLAS_SERVER_DISPLAY_NAME: TextField = TextField("AtlasServer.displayName", "AtlasServer.displayName")

        @JvmField
        public val FULL_NAME: TextField = TextField("fullName", "fullName")

        @JvmField
        public val URLS: TextField = TextField("urls", "urls")

        @JvmField
        public val ADDITIONAL_INFO: AttributeField = AttributeField("additionalInfo")
    }
}

internal class AtlasServerImpl(json: JsonObject) : EntityImpl(json), AtlasServer
