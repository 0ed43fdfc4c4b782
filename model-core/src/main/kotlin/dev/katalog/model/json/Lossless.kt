package dev.katalog.model.json

import kotlinx.serialization.KSerializer
import kotlinx.serialization.descriptors.SerialDescriptor
import kotlinx.serialization.encoding.Decoder
import kotlinx.serialization.encoding.Encoder
import kotlinx.serialization.json.JsonDecoder
import kotlinx.serialization.json.JsonEncoder
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject

/** The JSON object with no keys, the default for [Lossless.extras]. */
public val EmptyJsonObject: JsonObject = JsonObject(emptyMap())

/**
 * A wire model that keeps what it does not model: keys it has no property for, and keys that were
 * explicitly `null`, so that writing it back yields the JSON it was read from.
 */
public interface Lossless {
    /** The keys this model does not know, and the known keys that were explicitly `null`. */
    public val extras: JsonObject
}

/**
 * Wraps a plugin-generated serializer so that unknown and explicitly-null keys land in `extras` on read
 * and are written back on write. Models using it declare every property nullable with a `null`
 * default, so "absent" and "present" survive a round trip. Public because generated models in other
 * modules (the OpenMetadata model) use it too.
 */
public abstract class LosslessSerializer<T : Lossless>(private val delegate: KSerializer<T>) : KSerializer<T> {
    override val descriptor: SerialDescriptor = delegate.descriptor
    private val known: Set<String> = (0 until descriptor.elementsCount).map(descriptor::getElementName).toSet()

    /** Returns [value] with its extras replaced. */
    public abstract fun withExtras(value: T, extras: JsonObject): T

    override fun deserialize(decoder: Decoder): T {
        val input = decoder as? JsonDecoder ?: error("${descriptor.serialName} can only be read from JSON")
        val element = input.decodeJsonElement()
        val obj = element as? JsonObject
            ?: throw ModelDecodeException.at(element, "$", "an object", "Found ${describe(element)}")
        val modelled = LinkedHashMap<String, kotlinx.serialization.json.JsonElement>(obj.size)
        val extras = LinkedHashMap<String, kotlinx.serialization.json.JsonElement>()
        for ((key, value) in obj) {
            if (key in known && value !is JsonNull) modelled[key] = value else extras[key] = value
        }
        val value = try {
            input.json.decodeFromJsonElement(delegate, JsonObject(modelled))
        } catch (e: Exception) {
            // Paths of nested failures are relative to the nested value; make them relative to this object.
            throw decodeFailure(e, obj)
        }
        return if (extras.isEmpty()) value else withExtras(value, JsonObject(extras))
    }

    override fun serialize(encoder: Encoder, value: T) {
        // Without extras, stream straight through the generated serializer; with them, merge as trees.
        if (value.extras.isEmpty()) return delegate.serialize(encoder, value)
        val output = encoder as? JsonEncoder ?: error("${descriptor.serialName} can only be written as JSON")
        val modelled = output.json.encodeToJsonElement(delegate, value) as JsonObject
        output.encodeJsonElement(JsonObject(value.extras + modelled).withVerbatimNumbers())
    }
}

/** [e] as a [ModelDecodeException] whose path is relative to [root]. */
internal fun decodeFailure(e: Exception, root: JsonElement): Exception = when (e) {
    is kotlinx.serialization.SerializationException, is IllegalArgumentException, is IllegalStateException -> ModelDecodeException.from(e).from(root)
    else -> e
}
