package dev.katalog.model.json

import kotlinx.serialization.KSerializer
import kotlinx.serialization.SerializationException
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.serializer

/**
 * The JSON configuration every Katalog wire model is read and written with, and decoding that fails
 * only with [ModelDecodeException].
 *
 * Fields that are absent stay absent and fields that are `null` stay `null` when written back, so a
 * decoded answer re-encodes to the same JSON.
 */
public object KatalogJson {
    /** The shared [Json] instance: unknown keys are kept by the lossless models, never rejected. */
    public val json: Json = Json {
        ignoreUnknownKeys = true
        explicitNulls = false
        encodeDefaults = false
        // Atlan sends enum-like strings we may not know yet; the models keep them as raw JSON instead.
        coerceInputValues = false
    }

    /** Decodes [text] as [T]; any problem becomes a [ModelDecodeException] naming the JSON path. */
    public inline fun <reified T> decode(text: String): T = decode(serializer<T>(), text)

    /** Decodes [text] with [deserializer]; any problem becomes a [ModelDecodeException] naming the JSON path. */
    public fun <T> decode(deserializer: KSerializer<T>, text: String): T {
        if (readsWholeTree(deserializer)) {
            // These serializers read the text as one tree anyway: build it with the faster reader when it is sure of
            // the text. Any failure is left to kotlinx.serialization below, so errors and their paths stay as they were.
            val tree = JsonTreeParser.parseOrNull(text)
            if (tree != null) try {
                return json.decodeFromJsonElement(deserializer, tree)
            } catch (e: Exception) {
                // Read again below: the error is reported from the text, as every other failure is.
            }
        }
        return translating { json.decodeFromString(deserializer, text) }
    }

    /** Whether [deserializer] begins by reading its whole input as a JSON tree, so a tree built beforehand gives the same answer. */
    private fun readsWholeTree(deserializer: KSerializer<*>): Boolean =
        deserializer is LosslessSerializer<*> || deserializer is JsonBackedSerializer<*> ||
            deserializer === JsonElement.serializer() || deserializer === JsonObject.serializer()

    /** Decodes a JSON tree with [deserializer]; any problem becomes a [ModelDecodeException]. */
    public fun <T> decode(deserializer: KSerializer<T>, element: JsonElement): T =
        translating { json.decodeFromJsonElement(deserializer, element) }

    /** Encodes [value] as compact JSON. */
    public inline fun <reified T> encode(value: T): String = json.encodeToString(serializer<T>(), value)

    /** Encodes [value] with [serializer] as compact JSON. */
    public fun <T> encode(serializer: KSerializer<T>, value: T): String = json.encodeToString(serializer, value)

    /** Encodes [value] with [serializer] as a JSON tree. */
    public fun <T> encodeToElement(serializer: KSerializer<T>, value: T): JsonElement = json.encodeToJsonElement(serializer, value)

    private inline fun <T> translating(block: () -> T): T = try {
        block()
    } catch (e: SerializationException) {
        throw ModelDecodeException.from(e)
    } catch (e: IllegalArgumentException) {
        throw ModelDecodeException.from(e)
    } catch (e: IllegalStateException) {
        throw ModelDecodeException.from(e)
    } catch (e: NumberFormatException) {
        throw ModelDecodeException.from(e)
    }
}
