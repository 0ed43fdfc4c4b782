package dev.katalog.model.atlan.asset

import kotlinx.serialization.json.JsonObject

/** An asset of a type this SDK does not know: its JSON is kept whole, and [typeName] says what it is. */
public interface GenericAsset : Asset

internal class GenericAssetImpl(json: JsonObject) : EntityImpl(json), GenericAsset
