package dev.katalog.model.json

import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject

/**
 * JSON that does not fit a Katalog model: [path] says where (`$.entities[3].attributes.rowCount`),
 * [expected] what the model wanted there, and [problem] what was found instead.
 */
public class ModelDecodeException(
    public val path: String,
    public val expected: String,
    public val problem: String,
    cause: Throwable? = null,
) : RuntimeException("$problem at $path: expected $expected", cause) {

    /** The JSON value [path] is relative to, while the failure travels up through nested models. */
    internal var relativeTo: JsonElement? = null
        private set

    /** This failure seen from [root], which contains [relativeTo] somewhere inside it. */
    @PublishedApi
    internal fun from(root: JsonElement): ModelDecodeException {
        val inner = relativeTo ?: return also { relativeTo = root }
        if (inner === root) return this
        val prefix = locate(root, inner, "") ?: return also { relativeTo = root }
        return ModelDecodeException("$" + prefix + path.removePrefix("$"), expected, problem, cause ?: this).also { it.relativeTo = root }
    }

    internal companion object {
        private val pathInMessage = Regex("""path:? ?(\$[^\s,']*)""")
        private val offsetInMessage = Regex("""at offset (\d+)""")
        private val literalAs = Regex("""as (an? [a-zA-Z]+) value""")
        private val expectedInMessage = Regex("""[Ee]xpected ([^,.\n]+)""")

        /** A failure at [path] inside [root]. */
        fun at(root: JsonElement, path: String, expected: String, problem: String): ModelDecodeException =
            ModelDecodeException(path, expected, problem).also { it.relativeTo = root }

        /** Reads the path and expectation kotlinx.serialization writes into its messages. */
        fun from(e: Exception): ModelDecodeException {
            // kotlinx.serialization wraps failures of nested serializers; the outermost of ours is the most precise.
            generateSequence<Throwable>(e) { it.cause }.firstOrNull { it is ModelDecodeException }?.let { return it as ModelDecodeException }
            val message = e.message.orEmpty()
            val firstLine = message.lineSequence().firstOrNull().orEmpty()
            val path = pathInMessage.find(message)?.groupValues?.get(1)?.trimEnd('.', ':')
                ?: offsetInMessage.find(message)?.let { "$ (offset ${it.groupValues[1]})" }
                ?: "$"
            val expected = literalAs.find(firstLine)?.groupValues?.get(1)?.let { "$it value" }
                ?: expectedInMessage.find(firstLine)?.groupValues?.get(1)?.trim()
                ?: "valid JSON for this model"
            val problem = firstLine.substringBefore(" at path").substringBefore(" at offset").ifBlank { e.javaClass.simpleName }
            return ModelDecodeException(path, expected, problem, e)
        }

        /** The path from [root] to the very instance [target], found by identity. */
        private fun locate(root: JsonElement, target: JsonElement, at: String): String? {
            if (root === target) return at
            return when (root) {
                is JsonObject -> root.entries.firstNotNullOfOrNull { (k, v) -> locate(v, target, "$at.$k") }
                is JsonArray -> root.withIndex().firstNotNullOfOrNull { (i, v) -> locate(v, target, "$at[$i]") }
                else -> null
            }
        }
    }
}
