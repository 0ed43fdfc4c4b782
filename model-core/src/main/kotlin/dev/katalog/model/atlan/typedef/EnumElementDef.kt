package dev.katalog.model.atlan.typedef

import dev.katalog.model.json.EmptyJsonObject
import dev.katalog.model.json.EqualByJson
import dev.katalog.model.json.KatalogJson
import dev.katalog.model.json.Lossless
import dev.katalog.model.json.LosslessSerializer
import kotlinx.serialization.KeepGeneratedSerializer
import kotlinx.serialization.Serializable
import kotlinx.serialization.Transient
import kotlinx.serialization.json.JsonObject

/** One allowed value of an enum type definition. */
@KeepGeneratedSerializer
@Serializable(with = EnumElementDef.Serializer::class)
public class EnumElementDef internal constructor(
    public val value: String,
    public val description: String? = null,
    public val ordinal: Int? = null,
    @Transient override val extras: JsonObject = EmptyJsonObject,
) : EqualByJson(), Lossless {
    /** A builder that starts from this element. */
    public fun toBuilder(): Builder = Builder(this)

    /** This element with what [change] sets changed, e.g. `with { ordinal(2) }`. */
    public fun with(change: Builder.() -> Unit): EnumElementDef = toBuilder().apply(change).build()

    override fun wireJson(): String = KatalogJson.encode(Serializer, this)

    /** Builds an [EnumElementDef]; unset values are left out of the JSON. */
    public class Builder internal constructor(start: EnumElementDef) {
        private var value: String = start.value
        private var description: String? = start.description
        private var ordinal: Int? = start.ordinal
        private var extras: JsonObject = start.extras

        public fun value(value: String): Builder = apply { this.value = value }
        public fun description(value: String?): Builder = apply { description = value }
        public fun ordinal(value: Int?): Builder = apply { ordinal = value }

        /** Keys this SDK does not model, sent as they are. */
        public fun extras(value: JsonObject): Builder = apply { extras = value }

        public fun build(): EnumElementDef = EnumElementDef(value, description, ordinal, extras)
    }

    public companion object {
        /** A builder for an enum element; its [value] is required. */
        @JvmStatic
        public fun builder(value: String): Builder = Builder(EnumElementDef(value))
    }

    internal object Serializer : LosslessSerializer<EnumElementDef>(generatedSerializer()) {
        override fun withExtras(value: EnumElementDef, extras: JsonObject) = value.toBuilder().extras(extras).build()
    }
}
