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

    /** The AtlasServer type: its name, super types and search fields. */
    public companion object : AssetType<AtlasServer>("AtlasServer", listOf(), AtlasServer::class.java) {
        override fun wrap(json: JsonObject): AtlasServer = AtlasServerImpl(json)

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
