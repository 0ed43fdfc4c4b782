package dev.katalog.model.json

import kotlinx.serialization.json.JsonElement

/**
 * The fields of a JSON object read by [JsonTreeParser]: its [JsonShape] (the names and how to find one) and the values
 * in the same order. A `LinkedHashMap` costs an entry object per field and a table that grows while filling; an entity
 * of 40 fields costs here one exact array, its names and their index being shared with the entities of the same shape.
 * Read-only, and equal to (and hashing like) any other map with the same entries.
 */
internal class JsonFields(private val shape: JsonShape, private val elements: Array<JsonElement>) : AbstractMap<String, JsonElement>() {
    // Built on first use only: most objects are only read by name. Racy but safe, as each build gives an equal set.
    private var keySet: Set<String>? = null
    private var entrySet: Set<Map.Entry<String, JsonElement>>? = null

    override val size: Int get() = shape.size

    override fun isEmpty(): Boolean = shape.size == 0

    override fun containsKey(key: String): Boolean = shape.indexOf(key) >= 0

    override fun get(key: String): JsonElement? = shape.indexOf(key).let { if (it >= 0) elements[it] else null }

    override fun containsValue(value: JsonElement): Boolean = elements.contains(value)

    override val keys: Set<String>
        get() = keySet ?: ReadOnlySet(shape.names.asList()).also { keySet = it }

    override val values: Collection<JsonElement> get() = elements.asList()

    override val entries: Set<Map.Entry<String, JsonElement>>
        get() = entrySet ?: ReadOnlySet(shape.names.indices.map { java.util.AbstractMap.SimpleImmutableEntry(shape.names[it], elements[it]) })
            .also { entrySet = it }

    /** A set over a list whose elements are distinct (the names of one object are). */
    private class ReadOnlySet<E>(private val list: List<E>) : AbstractSet<E>() {
        override val size: Int get() = list.size
        override fun iterator(): Iterator<E> = list.iterator()
    }
}
