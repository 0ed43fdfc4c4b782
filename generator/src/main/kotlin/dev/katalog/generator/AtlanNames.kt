package dev.katalog.generator

import com.squareup.kotlinpoet.ClassName
import com.squareup.kotlinpoet.MemberName

// The declarations of katalog-model the generated Atlan sources refer to, by name: the generator never links to the model.

internal const val ASSET_PACKAGE = "dev.katalog.model.atlan.asset"
internal const val ENUM_PACKAGE = "dev.katalog.model.atlan.enums"
internal const val STRUCT_PACKAGE = "dev.katalog.model.atlan.structs"
internal const val FIELD_PACKAGE = "dev.katalog.model.atlan.field"
private const val JSON_PACKAGE = "dev.katalog.model.json"
private const val SERIALIZATION = "kotlinx.serialization"
private const val BUILTINS = "kotlinx.serialization.builtins"

internal object AtlanNames {
    val ENTITY = ClassName(ASSET_PACKAGE, "Entity")
    val ENTITY_SETTERS = ClassName(ASSET_PACKAGE, "EntitySetters")
    val ENTITY_BUILDER = ClassName(ASSET_PACKAGE, "EntityBuilder")
    val ENTITY_IMPL = ClassName(ASSET_PACKAGE, "EntityImpl")
    val ASSET_TYPE = ClassName(ASSET_PACKAGE, "AssetType")
    val ASSET_CREATORS = ClassName(ASSET_PACKAGE, "AssetCreators")
    val CONNECTED_ASSET_CREATORS = ClassName(ASSET_PACKAGE, "ConnectedAssetCreators")
    val CONNECTOR_FAMILY_CREATORS = ClassName(ASSET_PACKAGE, "ConnectorFamilyCreators")
    val QUICK_SIGHT_CREATORS = ClassName(ASSET_PACKAGE, "QuickSightCreators")
    val ANAPLAN_CREATORS = ClassName(ASSET_PACKAGE, "AnaplanCreators")
    val INSIGHT_CREATORS = ClassName(ASSET_PACKAGE, "InsightCreators")
    val DATA_MESH_CREATORS = ClassName(ASSET_PACKAGE, "DataMeshCreators")
    val ENTITY_RELATIONS = ClassName(ASSET_PACKAGE, "EntityRelations")
    val ASSET_SERIALIZER = ClassName(ASSET_PACKAGE, "AssetSerializer")

    // Readers (EntityReaders.kt) and writers (AttributeWriters.kt) of attribute values.
    val STRING_ATTRIBUTE = MemberName(ASSET_PACKAGE, "stringAttribute")
    val INT_ATTRIBUTE = MemberName(ASSET_PACKAGE, "intAttribute")
    val LONG_ATTRIBUTE = MemberName(ASSET_PACKAGE, "longAttribute")
    val DOUBLE_ATTRIBUTE = MemberName(ASSET_PACKAGE, "doubleAttribute")
    val BOOLEAN_ATTRIBUTE = MemberName(ASSET_PACKAGE, "booleanAttribute")
    val INSTANT_ATTRIBUTE = MemberName(ASSET_PACKAGE, "instantAttribute")
    val DECODED_ATTRIBUTE = MemberName(ASSET_PACKAGE, "decodedAttribute")
    val RELATION_ATTRIBUTE = MemberName(ASSET_PACKAGE, "relationAttribute")
    val RELATIONS_ATTRIBUTE = MemberName(ASSET_PACKAGE, "relationsAttribute")
    val RAW_ATTRIBUTE = MemberName(ASSET_PACKAGE, "attribute")
    val ENCODE_ATTRIBUTE = MemberName(ASSET_PACKAGE, "encodeAttribute")
    val ENCODE_INSTANT = MemberName(ASSET_PACKAGE, "encodeInstant")
    val REFERENCE = MemberName(ASSET_PACKAGE, "reference")
    val REFERENCES = MemberName(ASSET_PACKAGE, "references")
    val ATTRIBUTE_VIEW = MemberName(ASSET_PACKAGE, "attributeView")

    val JSON_OBJECT = ClassName("kotlinx.serialization.json", "JsonObject")
    val JSON_ELEMENT = ClassName("kotlinx.serialization.json", "JsonElement")
    val LOSSLESS = ClassName(JSON_PACKAGE, "Lossless")
    val LOSSLESS_SERIALIZER = ClassName(JSON_PACKAGE, "LosslessSerializer")
    val SERIALIZABLE = ClassName(SERIALIZATION, "Serializable")
    val SERIAL_NAME = ClassName(SERIALIZATION, "SerialName")
    val TRANSIENT = ClassName(SERIALIZATION, "Transient")
    val KEEP_GENERATED_SERIALIZER = ClassName(SERIALIZATION, "KeepGeneratedSerializer")
    val BUILTIN_SERIALIZER = MemberName(BUILTINS, "serializer", isExtension = true)
    val LIST_SERIALIZER = MemberName(BUILTINS, "ListSerializer")
    val MAP_SERIALIZER = MemberName(BUILTINS, "MapSerializer")
    val INSTANT = ClassName("java.time", "Instant")

    fun field(simpleName: String): ClassName = ClassName(FIELD_PACKAGE, simpleName)
}
