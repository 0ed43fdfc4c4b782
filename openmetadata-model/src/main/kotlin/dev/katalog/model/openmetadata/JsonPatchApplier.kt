package dev.katalog.model.openmetadata

import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/** Applies RFC 6902 operations to a mutable copy of the document, then freezes it back to JSON. */
internal object JsonPatchApplier {
    fun apply(document: JsonElement, patch: JsonElement): JsonElement {
        val operations = patch as? JsonArray
            ?: throw JsonPatchException("A JSON Patch is an array of operations such as [{\"op\":\"replace\",\"path\":\"/description\",\"value\":\"…\"}]")
        var root: Any? = toMutable(document)
        operations.forEachIndexed { position, element ->
            val operation = element as? JsonObject ?: throw problem(position, "it is not an object")
            val op = (operation["op"] as? JsonPrimitive)?.takeIf { it.isString }?.content
                ?: throw problem(position, "op is missing; use add, remove, replace, move, copy or test")
            val path = pointer(operation, "path", position)
            fun value(): Any? = toMutable(operation["value"] ?: throw problem(position, "$op needs a value"))
            root = when (op) {
                "add" -> add(root, path, value(), position)
                "remove" -> remove(root, path, position).first
                "replace" -> add(remove(root, path, position).first, path, value(), position)
                "move" -> {
                    val from = pointer(operation, "from", position)
                    if (path.size > from.size && path.subList(0, from.size) == from) throw problem(position, "a value cannot be moved into itself")
                    val (rest, moved) = remove(root, from, position)
                    add(rest, path, moved, position)
                }
                "copy" -> add(root, path, toMutable(toJson(get(root, pointer(operation, "from", position), position))), position)
                "test" -> {
                    if (toJson(get(root, path, position)) != toJson(value())) throw problem(position, "the test of ${show(path)} failed")
                    root
                }
                else -> throw problem(position, "op ${op.take(40)} is unknown; use add, remove, replace, move, copy or test")
            }
        }
        return toJson(root)
    }

    private fun pointer(operation: JsonObject, key: String, position: Int): List<String> {
        val text = (operation[key] as? JsonPrimitive)?.takeIf { it.isString }?.content
            ?: throw problem(position, "$key is missing; give a JSON Pointer such as /description")
        if (text.isEmpty()) return emptyList()
        if (!text.startsWith("/")) throw problem(position, "$key must be a JSON Pointer starting with /")
        return text.substring(1).split('/').map { it.replace("~1", "/").replace("~0", "~") }
    }

    private fun get(root: Any?, path: List<String>, position: Int): Any? {
        var node = root
        for (token in path) {
            node = when (node) {
                is MutableMap<*, *> -> if (node.containsKey(token)) node[token] else throw missing(path, position)
                is MutableList<*> -> node.getOrElse(index(token, node.size, position, path)) { throw missing(path, position) }
                else -> throw missing(path, position)
            }
        }
        return node
    }

    @Suppress("UNCHECKED_CAST")
    private fun add(root: Any?, path: List<String>, value: Any?, position: Int): Any? {
        if (path.isEmpty()) return value
        val parent = get(root, path.dropLast(1), position)
        val token = path.last()
        when (parent) {
            is MutableMap<*, *> -> (parent as MutableMap<String, Any?>)[token] = value
            is MutableList<*> -> {
                val list = parent as MutableList<Any?>
                val at = if (token == "-") list.size else index(token, list.size + 1, position, path)
                if (at > list.size) throw missing(path, position)
                list.add(at, value)
            }
            else -> throw missing(path, position)
        }
        return root
    }

    @Suppress("UNCHECKED_CAST")
    private fun remove(root: Any?, path: List<String>, position: Int): Pair<Any?, Any?> {
        if (path.isEmpty()) throw problem(position, "the whole document cannot be removed")
        val parent = get(root, path.dropLast(1), position)
        val token = path.last()
        val removed = when (parent) {
            is MutableMap<*, *> -> {
                if (!parent.containsKey(token)) throw missing(path, position)
                (parent as MutableMap<String, Any?>).remove(token)
            }
            is MutableList<*> -> {
                val at = index(token, parent.size, position, path)
                if (at >= parent.size) throw missing(path, position)
                (parent as MutableList<Any?>).removeAt(at)
            }
            else -> throw missing(path, position)
        }
        return root to removed
    }

    private fun index(token: String, limit: Int, position: Int, path: List<String>): Int {
        val at = token.takeIf { it.isNotEmpty() && it.all(Char::isDigit) && (it == "0" || !it.startsWith("0")) }?.toIntOrNull()
            ?: throw problem(position, "${show(path)} needs an array index, not ${token.take(40)}")
        if (at >= limit) throw missing(path, position)
        return at
    }

    private fun toMutable(element: JsonElement): Any? = when (element) {
        is JsonObject -> element.mapValuesTo(LinkedHashMap()) { toMutable(it.value) }
        is JsonArray -> element.mapTo(ArrayList()) { toMutable(it) }
        else -> element
    }

    private fun toJson(value: Any?): JsonElement = when (value) {
        is Map<*, *> -> JsonObject(value.entries.associate { (k, v) -> k as String to toJson(v) })
        is List<*> -> JsonArray(value.map { toJson(it) })
        is JsonElement -> value
        else -> error("unexpected patch value")
    }

    private fun show(path: List<String>): String = ("/" + path.joinToString("/")).take(200)

    private fun missing(path: List<String>, position: Int) = problem(position, "${show(path)} does not exist")

    private fun problem(position: Int, what: String) = JsonPatchException("Invalid JSON Patch: operation ${position + 1}: $what")
}
