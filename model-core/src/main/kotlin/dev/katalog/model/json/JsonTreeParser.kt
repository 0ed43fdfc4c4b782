package dev.katalog.model.json

import kotlinx.serialization.descriptors.SerialDescriptor
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive
import java.lang.invoke.MethodHandle
import java.lang.invoke.MethodHandles
import java.lang.invoke.MethodType

/**
 * Reads strict JSON text into the same tree kotlinx.serialization builds (equal element for element: strings and
 * numbers as written, objects in the order read), with less work per value: the names of fields and short values,
 * which repeat from entity to entity (`typeName`, `"ACTIVE"`, `true`, `0`), are read once per text and shared
 * (elements are immutable), and objects are [JsonFields] rather than `LinkedHashMap`s.
 *
 * It reads only what it is sure of: anything else (malformed text, a repeated name, numbers JSON does not allow,
 * escapes it does not know, very deep nesting) makes [parseOrNull] answer null, and the caller reads the text through
 * kotlinx.serialization, whose answer and error messages are then exactly as before. Control characters inside
 * strings are kept as they are, as kotlinx.serialization keeps them.
 * One instance per text: not thread-safe.
 */
internal class JsonTreeParser private constructor(private val chars: String) {
    // Read in place: a copy to a char array would double what a page of results allocates.
    private val length = chars.length
    private var at = 0
    /**
     * The index of the first backslash at or after the string being read ([length] when there is none), or -1 before
     * the first search. Strings end before it are free of escapes; it is searched again only once passed, so finding
     * the escapes of a text costs one scan in all.
     */
    private var nextBackslash = -1

    // Short strings and literals seen in this text, by a hash of their characters.
    private val cachedStrings = arrayOfNulls<String>(CACHE_SIZE)
    private val cachedLiterals = arrayOfNulls<JsonPrimitive>(CACHE_SIZE)
    private val cachedLiteralIsString = BooleanArray(CACHE_SIZE)

    // A stack of fields and elements being read; an object or array copies its own span out when it ends.
    private var stackNames = arrayOfNulls<String>(64)
    private var stackElements = arrayOfNulls<JsonElement>(64)
    private var top = 0

    private fun read(): JsonElement? {
        skipWhitespace()
        val value = readValue(0) ?: return null
        skipWhitespace()
        return if (at == length) value else null
    }

    private fun readValue(depth: Int): JsonElement? {
        if (at >= length) return null
        return when (chars[at]) {
            '{' -> readObject(depth + 1)
            '[' -> readArray(depth + 1)
            '"' -> readStringLiteral()
            else -> readBareLiteral()
        }
    }

    private fun readObject(depth: Int): JsonElement? {
        if (depth > MAX_DEPTH) return null
        at++ // {
        skipWhitespace()
        if (at < length && chars[at] == '}') {
            at++
            return EMPTY_OBJECT
        }
        val mark = top
        while (true) {
            skipWhitespace()
            if (at >= length || chars[at] != '"') return null
            val name = readString(cacheAlways = true) ?: return null
            skipWhitespace()
            if (at >= length || chars[at] != ':') return null
            at++
            skipWhitespace()
            val value = readValue(depth) ?: return null
            push(name, value)
            skipWhitespace()
            if (at >= length) return null
            when (chars[at++]) {
                ',' -> continue
                '}' -> break
                else -> return null
            }
        }
        val count = top - mark
        val names = Array(count) { stackNames[mark + it]!! }
        val elements = Array(count) { stackElements[mark + it]!! }
        top = mark
        return JsonObject(JsonFields.of(names, elements) ?: return null)
    }

    private fun readArray(depth: Int): JsonElement? {
        if (depth > MAX_DEPTH) return null
        at++ // [
        skipWhitespace()
        if (at < length && chars[at] == ']') {
            at++
            return EMPTY_ARRAY
        }
        val mark = top
        while (true) {
            skipWhitespace()
            val value = readValue(depth) ?: return null
            push(null, value)
            skipWhitespace()
            if (at >= length) return null
            when (chars[at++]) {
                ',' -> continue
                ']' -> break
                else -> return null
            }
        }
        val elements = Array(top - mark) { stackElements[mark + it]!! }
        top = mark
        return JsonArray(elements.asList())
    }

    private fun push(name: String?, value: JsonElement) {
        if (top == stackElements.size) {
            stackNames = stackNames.copyOf(top * 2)
            stackElements = stackElements.copyOf(top * 2)
        }
        stackNames[top] = name
        stackElements[top] = value
        top++
    }

    private fun readStringLiteral(): JsonPrimitive? {
        val start = at + 1
        val end = endOfPlainString(start)
        if (end < 0) return JsonPrimitive(readString(cacheAlways = false) ?: return null)
        at = end + 1
        return literal(start, end, isString = true)
    }

    /** `true`, `false`, `null` or a number, exactly as JSON writes them. */
    private fun readBareLiteral(): JsonPrimitive? {
        val start = at
        when (chars[at]) {
            't' -> return if (matches("true")) { at += 4; TRUE } else null
            'f' -> return if (matches("false")) { at += 5; FALSE } else null
            'n' -> return if (matches("null")) { at += 4; JsonNull } else null
        }
        if (!skipNumber()) return null
        return literal(start, at, isString = false)
    }

    private fun matches(word: String): Boolean {
        if (at + word.length > length) return false
        for (i in word.indices) if (chars[at + i] != word[i]) return false
        return true
    }

    /** Moves past a JSON number: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`; false if there is none. */
    private fun skipNumber(): Boolean {
        if (at < length && chars[at] == '-') at++
        if (at >= length) return false
        if (chars[at] == '0') at++ else if (!skipDigits()) return false
        if (at < length && chars[at] == '.') {
            at++
            if (!skipDigits()) return false
        }
        if (at < length && (chars[at] == 'e' || chars[at] == 'E')) {
            at++
            if (at < length && (chars[at] == '+' || chars[at] == '-')) at++
            if (!skipDigits()) return false
        }
        return true
    }

    private fun skipDigits(): Boolean {
        val start = at
        while (at < length && chars[at] in '0'..'9') at++
        return at > start
    }

    /**
     * The index of the quote closing a string that starts at [start] and has no escapes, or -1. Both searches are
     * `String.indexOf`, which the JVM runs as a vectorised intrinsic, many characters a step.
     */
    private fun endOfPlainString(start: Int): Int {
        val end = chars.indexOf('"', start)
        if (end < 0) return -1
        if (nextBackslash < start) nextBackslash = chars.indexOf('\\', start).let { if (it < 0) length else it }
        return if (nextBackslash < end) -1 else end
    }

    /** A string at [at] (on its opening quote), escapes resolved; names are shared whatever their length. */
    private fun readString(cacheAlways: Boolean): String? {
        val start = at + 1
        val end = endOfPlainString(start)
        if (end >= 0) {
            at = end + 1
            return if (cacheAlways || end - start <= SHORT) cachedString(start, end, hashOf(start, end)) else chars.substring(start, end)
        }
        val out = StringBuilder()
        var i = start
        while (true) {
            if (i >= length) return null
            val c = chars[i++]
            when {
                c == '"' -> break
                c < ' ' -> return null
                c != '\\' -> out.append(c)
                i >= length -> return null
                else -> when (chars[i++]) {
                    '"' -> out.append('"')
                    '\\' -> out.append('\\')
                    '/' -> out.append('/')
                    'b' -> out.append('\b')
                    'f' -> out.append('\u000C')
                    'n' -> out.append('\n')
                    'r' -> out.append('\r')
                    't' -> out.append('\t')
                    'u' -> {
                        if (i + 4 > length) return null
                        var code = 0
                        repeat(4) {
                            val digit = Character.digit(chars[i++], 16)
                            if (digit < 0) return null
                            code = code * 16 + digit
                        }
                        out.append(code.toChar())
                    }
                    else -> return null
                }
            }
        }
        at = i
        return out.toString()
    }

    /**
     * Whether the text from [start] to [end] is [other]. `startsWith` compares the two strings' bytes in one tight loop;
     * a loop of `chars[i]` pays the string's encoding and bounds checks on every character, and took 40 % of the reading.
     */
    private fun sameAs(start: Int, end: Int, other: String): Boolean = other.length == end - start && chars.startsWith(other, start)

    /**
     * A hash of the length and four characters (first, middle, last two) of the text from [start] to [end]: what tells
     * apart the names and short values of a page (`"COL_34"`, `"COL_35"`), at the same cost for any length. A
     * collision only costs a cache miss; [sameAs] decides. Hashing every character took a third of the reading time.
     */
    private fun hashOf(start: Int, end: Int): Int {
        val size = end - start
        if (size == 0) return 0
        var hash = 31 * size + chars[start].code
        hash = 31 * hash + chars[start + (size shr 1)].code
        hash = 31 * hash + chars[end - 1].code
        return 31 * hash + chars[maxOf(start, end - 2)].code
    }

    private fun cachedString(start: Int, end: Int, hash: Int): String {
        val slot = hash * GOLDEN ushr CACHE_SHIFT
        val cached = cachedStrings[slot]
        if (cached != null && sameAs(start, end, cached)) return cached
        return chars.substring(start, end).also { cachedStrings[slot] = it }
    }

    private fun literal(start: Int, end: Int, isString: Boolean): JsonPrimitive {
        if (end - start > SHORT) return newLiteral(chars.substring(start, end), isString)
        val slot = (hashOf(start, end) + if (isString) 1 else 0) * GOLDEN ushr CACHE_SHIFT
        val cached = cachedLiterals[slot]
        if (cached != null && cachedLiteralIsString[slot] == isString && sameAs(start, end, cached.content)) return cached
        cachedLiteralIsString[slot] = isString
        return newLiteral(chars.substring(start, end), isString).also { cachedLiterals[slot] = it }
    }

    private fun skipWhitespace() {
        while (at < length) {
            val c = chars[at]
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') return
            at++
        }
    }

    companion object {
        /** Deeper than this, the text is left to kotlinx.serialization, which reads any depth without recursion. */
        private const val MAX_DEPTH = 200

        /** Strings and literals up to this many characters are shared within a text. */
        private const val SHORT = 32

        private const val CACHE_BITS = 10
        private const val CACHE_SIZE = 1 shl CACHE_BITS
        private const val CACHE_SHIFT = 32 - CACHE_BITS
        private const val GOLDEN = -0x61c88647

        private val TRUE = JsonPrimitive(true)
        private val FALSE = JsonPrimitive(false)
        private val EMPTY_OBJECT = JsonObject(emptyMap())
        private val EMPTY_ARRAY = JsonArray(emptyList())

        /**
         * kotlinx.serialization's own literal, `JsonLiteral(content, isString, coerceToInlineType = null)`, which its
         * reader builds for every string and number: public in the bytecode, internal in Kotlin. A number read by
         * `JsonUnquotedLiteral` instead would carry a marker that changes how it is written. An application may run a
         * kotlinx.serialization newer than the one this was built with; if that one has no such constructor, this
         * reader stays off and every text goes through kotlinx.serialization, slower but the same.
         */
        private val literalConstructor: MethodHandle? = try {
            MethodHandles.publicLookup().findConstructor(
                Class.forName("kotlinx.serialization.json.JsonLiteral"),
                MethodType.methodType(Void.TYPE, Any::class.java, Boolean::class.javaPrimitiveType, SerialDescriptor::class.java),
            ).asType(MethodType.methodType(JsonPrimitive::class.java, Any::class.java, Boolean::class.javaPrimitiveType, SerialDescriptor::class.java))
        } catch (e: ReflectiveOperationException) {
            null
        }

        private fun newLiteral(content: String, isString: Boolean): JsonPrimitive =
            if (isString) JsonPrimitive(content) else literalConstructor!!.invokeExact(content as Any, false, null as SerialDescriptor?) as JsonPrimitive

        /** The tree of [text], or null when it is not JSON this parser reads with certainty (see the class). */
        fun parseOrNull(text: String): JsonElement? = if (literalConstructor == null) null else try {
            JsonTreeParser(text).read()
        } catch (e: StackOverflowError) {
            null
        }
    }
}
