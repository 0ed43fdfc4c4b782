package dev.katalog.model.json

import kotlinx.serialization.KSerializer
import kotlinx.serialization.descriptors.SerialDescriptor
import kotlinx.serialization.encoding.Decoder
import kotlinx.serialization.encoding.Encoder
import kotlinx.serialization.json.JsonDecoder
import kotlinx.serialization.json.JsonEncoder
import kotlinx.serialization.json.JsonObject

/**
 * A model that is its JSON object: typed properties read from [json], and writing it back yields
 * [json] unchanged, whatever it holds.
 */
public interface JsonBacked {
    /** The JSON this value was read from or built as. */
    public val json: JsonObject
}

/** Serializer for a [JsonBacked] type: reads the object, checks it with [wrap], writes [JsonBacked.json] back. */
@KatalogInternalApi
public abstract class JsonBackedSerializer<T : JsonBacked>(name: String) : KSerializer<T> {
    final override val descriptor: SerialDescriptor = SerialDescriptor(name, JsonObject.serializer().descriptor)

    /** Wraps [json] in the model, or throws [ModelDecodeException] when it cannot be that model. */
    public abstract fun wrap(json: JsonObject, path: String): T

    final override fun deserialize(decoder: Decoder): T {
        val element = (decoder as JsonDecoder).decodeJsonElement()
        return readingFrom(element) { wrap(element.objectAt("$"), "$") }
    }

    final override fun serialize(encoder: Encoder, value: T) {
        (encoder as JsonEncoder).encodeJsonElement(value.json.withVerbatimNumbers())
    }
}
