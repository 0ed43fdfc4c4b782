package dev.katalog.model.atlan.asset

import dev.katalog.model.json.EmptyJsonObject
import dev.katalog.model.json.Lossless
import dev.katalog.model.json.LosslessSerializer
import kotlinx.serialization.KSerializer
import kotlinx.serialization.KeepGeneratedSerializer
import kotlinx.serialization.Serializable
import kotlinx.serialization.Transient
import kotlinx.serialization.builtins.ListSerializer
import kotlinx.serialization.json.JsonObject

/**
 * An Atlan tag on an entity (a `classification` on the wire). [typeName] is the tag's hashed name;
 * clients translate it to the human name through their tag cache.
 */
@KeepGeneratedSerializer
@Serializable(with = AtlanTag.Serializer::class)
public data class AtlanTag(
    val typeName: String,
    val entityGuid: String? = null,
    val entityStatus: EntityStatus? = null,
    val propagate: Boolean? = null,
    val removePropagationsOnEntityDelete: Boolean? = null,
    val restrictPropagationThroughLineage: Boolean? = null,
    val restrictPropagationThroughHierarchy: Boolean? = null,
    @Transient override val extras: JsonObject = EmptyJsonObject,
) : Lossless {
    internal object Serializer : LosslessSerializer<AtlanTag>(generatedSerializer()) {
        override fun withExtras(value: AtlanTag, extras: JsonObject) = value.copy(extras = extras)
    }

    public companion object {
        internal val listSerializer: KSerializer<List<AtlanTag>> = ListSerializer(Serializer)
    }
}
