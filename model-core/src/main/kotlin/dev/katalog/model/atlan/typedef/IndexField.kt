package dev.katalog.model.atlan.typedef

import dev.katalog.model.json.EmptyJsonObject
import kotlinx.serialization.json.JsonObject

/**
 * One field of the search index: its full [name] (`name.keyword`), its OpenSearch [type]
 * (`keyword`, `text`, `long`, `integer`, `float`, `double`, `boolean`, `rank_feature`…) and its
 * [settings] (analyzer or normalizer) as the type definition gives them.
 */
public data class IndexField(val name: String, val type: String, val settings: JsonObject = EmptyJsonObject) {
    public val isKeyword: Boolean get() = type == "keyword"
    public val isText: Boolean get() = type == "text"
    public val isNumeric: Boolean get() = type in NUMERIC_TYPES
    public val isBoolean: Boolean get() = type == "boolean"

    internal companion object {
        val NUMERIC_TYPES = setOf("long", "integer", "float", "double")
    }
}
