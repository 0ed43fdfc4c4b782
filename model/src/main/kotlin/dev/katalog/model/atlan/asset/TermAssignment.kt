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

/** A glossary term assigned to an entity (an entry of `meanings` on the wire). */
@KeepGeneratedSerializer
@Serializable(with = TermAssignment.Serializer::class)
public data class TermAssignment(
    val termGuid: String? = null,
    val relationGuid: String? = null,
    val displayText: String? = null,
    val confidence: Int? = null,
    val status: String? = null,
    @Transient override val extras: JsonObject = EmptyJsonObject,
) : Lossless {
    internal object Serializer : LosslessSerializer<TermAssignment>(generatedSerializer()) {
        override fun withExtras(value: TermAssignment, extras: JsonObject) = value.copy(extras = extras)
    }

    public companion object {
        internal val listSerializer: KSerializer<List<TermAssignment>> = ListSerializer(Serializer)
    }
}
