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
import java.util.Arrays

/**
 * Reads strict JSON text into the same tree kotlinx.serialization builds (equal element for element: strings and
 * numbers as written, objects in the order read), with less work per value: the names of fields and short values,
 * which repeat from entity to entity (`typeName`, `"ACTIVE"`, `true`, `0`), are read once per text and shared
 * (elements are immutable), and objects are [JsonFields] rather than `LinkedHashMap`s, those with the same names in the
 * same order sharing one [JsonShape].
 *
 * The text's structure is read from a one-byte-per-character copy of it ([bytes]): reading a byte array costs less than
 * `String.get`, and names are compared with the JVM's vectorised `Arrays.equals`. Characters past `\u00FF` are `?` in
 * that copy, so a cached name whose copy holds a `?` is compared with the text itself; the strings of the tree are
 * always cut from the text.
 *
 * It reads only what it is sure of: anything else (malformed text, a repeated name, numbers JSON does not allow,
 * escapes it does not know, very deep nesting) makes [parseOrNull] answer null, and the caller reads the text through
 * kotlinx.serialization, whose answer and error messages are then exactly as before. Control characters inside
 * strings are kept as they are, as kotlinx.serialization keeps them.
 * One instance per text: not thread-safe.
 */
internal class JsonTreeParser private constructor(private val chars: String) {
    private val length = chars.length
    private val bytes = latin1Image(chars)
    private var at = 0
    /**
     * The index of the first backslash at or after the string being read ([length] when there is none), or -1 before
     * the first search. Strings end before it are free of escapes; it is searched again only once passed, so finding
     * the escapes of a text costs one scan in all.
     */
    private var nextBackslash = -1

    // Short strings and literals seen in this text, by a hash of their characters.
    private val cachedStrings = arrayOfNulls<String>(CACHE_SIZE)
    // The one-byte copy of each cached string and literal, or null when it holds a `?` (see the class).
    private val cachedStringBytes = arrayOfNulls<ByteArray>(CACHE_SIZE)
    private val cachedLiteralBytes = arrayOfNulls<ByteArray>(CACHE_SIZE)
    private val cachedLiterals = arrayOfNulls<JsonPrimitive>(CACHE_SIZE)
    private val cachedLiteralIsString = BooleanArray(CACHE_SIZE)

    // Shapes of the objects read so far, by a hash of their names.
    private val shapes = arrayOfNulls<JsonShape>(1 shl SHAPE_BITS)

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
        return when (charAt(at)) {
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
        if (at < length && charAt(at) == '}') {
            at++
            return EMPTY_OBJECT
        }
        val mark = top
        while (true) {
            skipWhitespace()
            if (at >= length || charAt(at) != '"') return null
            val name = readString(cacheAlways = true) ?: return null
            skipWhitespace()
            if (at >= length || charAt(at) != ':') return null
            at++
            skipWhitespace()
            val value = readValue(depth) ?: return null
            push(name, value)
            skipWhitespace()
            if (at >= length) return null
            when (charAt(at++)) {
                ',' -> continue
                '}' -> break
                else -> return null
            }
        }
        val count = top - mark
        val shape = shapeOf(mark, count) ?: return null
        val elements = Array(count) { stackElements[mark + it]!! }
        top = mark
        return JsonObject(JsonFields(shape, elements))
    }

    /** The shape of the [count] names on the stack from [mark]: the one an earlier object of this text had, if any. */
    private fun shapeOf(mark: Int, count: Int): JsonShape? {
        var hash = count
        for (i in mark until mark + count) hash = 31 * hash + stackNames[i].hashCode()
        val slot = hash * GOLDEN ushr SHAPE_SHIFT
        val cached = shapes[slot]
        if (cached != null && cached.hasNames(stackNames, mark, count)) return cached
        return JsonShape.of(Array(count) { stackNames[mark + it]!! })?.also { shapes[slot] = it }
    }

    private fun readArray(depth: Int): JsonElement? {
        if (depth > MAX_DEPTH) return null
        at++ // [
        skipWhitespace()
        if (at < length && charAt(at) == ']') {
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
            when (charAt(at++)) {
                ',' -> continue
                ']' -> break
                else -> return null
            }
        }
        val elements = Array(top - mark) { stackElements[mark + it]!! }
        top = mark
        return JsonArray(elements.asList())
    }

    /** The character at [index] as the structure sees it: itself up to `\u00FF`, `?` beyond. */
    private fun charAt(index: Int): Char = (bytes[index].toInt() and 0xFF).toChar()

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
        when (charAt(at)) {
            't' -> return if (matches("true")) { at += 4; TRUE } else null
            'f' -> return if (matches("false")) { at += 5; FALSE } else null
            'n' -> return if (matches("null")) { at += 4; JsonNull } else null
        }
        if (!skipNumber()) return null
        return literal(start, at, isString = false)
    }

    private fun matches(word: String): Boolean {
        if (at + word.length > length) return false
        for (i in word.indices) if (charAt(at + i) != word[i]) return false
        return true
    }

    /** Moves past a JSON number: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`; false if there is none. */
    private fun skipNumber(): Boolean {
        if (at < length && charAt(at) == '-') at++
        if (at >= length) return false
        if (charAt(at) == '0') at++ else if (!skipDigits()) return false
        if (at < length && charAt(at) == '.') {
            at++
            if (!skipDigits()) return false
        }
        if (at < length && (charAt(at) == 'e' || charAt(at) == 'E')) {
            at++
            if (at < length && (charAt(at) == '+' || charAt(at) == '-')) at++
            if (!skipDigits()) return false
        }
        return true
    }

    private fun skipDigits(): Boolean {
        val start = at
        while (at < length && charAt(at) in '0'..'9') at++
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
     * Whether the text from [start] to [end] is [other], whose one-byte copy is [otherBytes]. Equal bytes prove equal
     * text when the copy holds no `?`, as only a `?` can stand for another character; otherwise the text decides.
     */
    private fun sameAs(start: Int, end: Int, other: String, otherBytes: ByteArray?): Boolean =
        if (otherBytes != null) Arrays.equals(bytes, start, end, otherBytes, 0, otherBytes.size)
        else other.length == end - start && chars.startsWith(other, start)

    /** The one-byte copy of the text from [start] to [end] for the caches, or null when it holds a `?`. */
    private fun bytesToCache(start: Int, end: Int): ByteArray? {
        for (i in start until end) if (bytes[i] == QUESTION_MARK) return null
        return bytes.copyOfRange(start, end)
    }

    /**
     * A hash of the length and four characters (first, middle, last two) of the text from [start] to [end]: what tells
     * apart the names and short values of a page (`"COL_34"`, `"COL_35"`), at the same cost for any length. A
     * collision only costs a cache miss; [sameAs] decides. Hashing every character took a third of the reading time.
     */
    private fun hashOf(start: Int, end: Int): Int {
        val size = end - start
        if (size == 0) return 0
        var hash = 31 * size + bytes[start]
        hash = 31 * hash + bytes[start + (size shr 1)]
        hash = 31 * hash + bytes[end - 1]
        return 31 * hash + bytes[maxOf(start, end - 2)]
    }

    private fun cachedString(start: Int, end: Int, hash: Int): String {
        val slot = hash * GOLDEN ushr CACHE_SHIFT
        val cached = cachedStrings[slot]
        if (cached != null && sameAs(start, end, cached, cachedStringBytes[slot])) return cached
        cachedStringBytes[slot] = bytesToCache(start, end)
        return chars.substring(start, end).also { cachedStrings[slot] = it }
    }

    private fun literal(start: Int, end: Int, isString: Boolean): JsonPrimitive {
        if (end - start > SHORT) return newLiteral(chars.substring(start, end), isString)
        val slot = (hashOf(start, end) + if (isString) 1 else 0) * GOLDEN ushr CACHE_SHIFT
        val cached = cachedLiterals[slot]
        if (cached != null && cachedLiteralIsString[slot] == isString && sameAs(start, end, cached.content, cachedLiteralBytes[slot])) return cached
        cachedLiteralIsString[slot] = isString
        cachedLiteralBytes[slot] = bytesToCache(start, end)
        return newLiteral(chars.substring(start, end), isString).also { cachedLiterals[slot] = it }
    }

    private fun skipWhitespace() {
        while (at < length) {
            val c = charAt(at)
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
        private const val SHAPE_BITS = 6
        private const val SHAPE_SHIFT = 32 - SHAPE_BITS

        private const val QUESTION_MARK = '?'.code.toByte()

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

        /**
         * [text] one byte per character, `?` for those past `\u00FF`. For a text of such characters only, that is
         * `String.getBytes(ISO_8859_1)`, a plain copy; the encoder writes one `?` for a surrogate pair, so a text where
         * that shortened the copy is copied character by character instead.
         */
        private fun latin1Image(text: String): ByteArray {
            val bytes = text.toByteArray(Charsets.ISO_8859_1)
            if (bytes.size == text.length) return bytes
            return ByteArray(text.length) { val c = text[it]; if (c.code <= 0xFF) c.code.toByte() else QUESTION_MARK }
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
