package dev.katalog.model.json

import kotlinx.serialization.KSerializer
import kotlinx.serialization.SerializationException
import kotlinx.serialization.descriptors.PrimitiveKind
import kotlinx.serialization.descriptors.PrimitiveSerialDescriptor
import kotlinx.serialization.descriptors.SerialDescriptor
import kotlinx.serialization.encoding.Decoder
import kotlinx.serialization.encoding.Encoder

/**
 * Reads an enum from its wire string, turning values this version does not know (a newer server's) into
 * [unrecognized] instead of failing; writing [unrecognized] fails, since its original value is not known.
 */
public open class OpenEnumSerializer<E : Enum<E>>(
    serialName: String,
    private val byValue: Map<String, E>,
    private val unrecognized: E,
) : KSerializer<E> {
    private val valueOf: Map<E, String> = byValue.entries.associate { (value, entry) -> entry to value }

    override val descriptor: SerialDescriptor = PrimitiveSerialDescriptor(serialName, PrimitiveKind.STRING)

    override fun deserialize(decoder: Decoder): E = byValue[decoder.decodeString()] ?: unrecognized

    override fun serialize(encoder: Encoder, value: E) {
        val wire = valueOf[value] ?: throw SerializationException(
            "${descriptor.serialName}.${value.name} stands for a value a newer server sent that this model does not know, " +
                "so it cannot be written: replace it with one of ${byValue.keys.take(8).joinToString()}${if (byValue.size > 8) ", …" else ""}.",
        )
        encoder.encodeString(wire)
    }
}
