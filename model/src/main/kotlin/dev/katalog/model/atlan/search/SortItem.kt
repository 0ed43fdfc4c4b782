package dev.katalog.model.atlan.search

import dev.katalog.model.json.EmptyJsonObject
import dev.katalog.model.json.ModelDecodeException
import dev.katalog.model.json.objectAt
import dev.katalog.model.json.readingFrom
import dev.katalog.model.json.singleEntry
import dev.katalog.model.json.stringAt
import dev.katalog.model.json.without
import kotlinx.serialization.KSerializer
import kotlinx.serialization.Serializable
import kotlinx.serialization.descriptors.SerialDescriptor
import kotlinx.serialization.encoding.Decoder
import kotlinx.serialization.encoding.Encoder
import kotlinx.serialization.json.JsonDecoder
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonEncoder
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/** One sort key: `{"field":{"order":"asc", …options}}`. */
@Serializable(with = SortItemSerializer::class)
public data class SortItem(
    val field: String,
    val order: SortOrder? = SortOrder.ASC,
    val options: JsonObject = EmptyJsonObject,
) {
    public companion object {
        /** The tie-breaker both reference SDKs end every sort with, so that paging is stable. */
        @JvmField
        public val BY_GUID: SortItem = SortItem("__guid", SortOrder.ASC)
    }
}

/** Sort direction. */
@Serializable
public enum class SortOrder(internal val wire: String) {
    @kotlinx.serialization.SerialName("asc") ASC("asc"),
    @kotlinx.serialization.SerialName("desc") DESC("desc"),
}

internal object SortItemSerializer : KSerializer<SortItem> {
    override val descriptor: SerialDescriptor = SerialDescriptor("dev.katalog.SortItem", JsonObject.serializer().descriptor)

    override fun serialize(encoder: Encoder, value: SortItem) {
        val params = LinkedHashMap<String, JsonElement>()
        value.order?.let { params["order"] = JsonPrimitive(it.wire) }
        params.putAll(value.options)
        (encoder as JsonEncoder).encodeJsonElement(JsonObject(mapOf(value.field to JsonObject(params))))
    }

    override fun deserialize(decoder: Decoder): SortItem {
        val element = (decoder as JsonDecoder).decodeJsonElement()
        return readingFrom(element) { read(element, "$") }
    }

    fun read(element: JsonElement, path: String): SortItem {
        if (element is JsonPrimitive && element.isString) return SortItem(element.content, null)
        val (field, params) = element.objectAt(path).singleEntry(path, "field to sort by")
        val p = "$path.$field"
        // The short form {"field":"desc"} is read as the long form it means.
        if (params is JsonPrimitive) return SortItem(field, order(params.stringAt(p), p))
        val obj = params.objectAt(p)
        return SortItem(field, obj["order"]?.let { order(it.stringAt("$p.order"), "$p.order") }, obj.without("order"))
    }

    private fun order(text: String, path: String): SortOrder =
        SortOrder.entries.firstOrNull { it.wire == text.lowercase() }
            ?: throw ModelDecodeException(path, "\"asc\" or \"desc\"", "Found \"${text.take(40)}\"")
}
