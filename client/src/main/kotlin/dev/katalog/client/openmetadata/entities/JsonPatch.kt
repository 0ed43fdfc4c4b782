package dev.katalog.client.openmetadata.entities

import dev.katalog.client.core.UsageException
import dev.katalog.model.openmetadata.JsonPatchOperation
import dev.katalog.model.openmetadata.JsonPatches
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonPrimitive

/**
 * An RFC 6902 JSON Patch, as OpenMetadata's `PATCH` takes it: build one with [builder] (or the Kotlin DSL
 * `om.entities.patch(table) { replace("/description", "Orders") }`), or compute one with [diff]. The operations, pointers
 * and diff are the shared ones of [JsonPatches]; this class adds the client's checks, which fail as
 * [UsageException]s.
 */
public class JsonPatch private constructor(public val operations: List<JsonPatchOperation>) {

    /** Whether there is nothing to change. */
    public val isEmpty: Boolean get() = operations.isEmpty()

    /** The patch as the JSON array sent on the wire. */
    public fun toJson(): JsonArray = JsonArray(operations.map { it.toJson() })

    override fun toString(): String = toJson().toString()

    /** Collects operations in order; paths are JSON Pointers (`/columns/0/description`, see [pointer]). */
    @JsonPatchDsl
    public class Builder internal constructor() {
        private val operations = ArrayList<JsonPatchOperation>()

        /** Adds [value] at [path] (`/tags/-` appends to an array). */
        public fun add(path: String, value: JsonElement): Builder = op("add", path, value)
        /** Adds the string [value] at [path]. */
        public fun add(path: String, value: String): Builder = add(path, JsonPrimitive(value))
        /** Replaces what is at [path] with [value]. */
        public fun replace(path: String, value: JsonElement): Builder = op("replace", path, value)
        /** Replaces what is at [path] with the string [value]. */
        public fun replace(path: String, value: String): Builder = replace(path, JsonPrimitive(value))
        /** Removes what is at [path]. */
        public fun remove(path: String): Builder = op("remove", path, null)
        /** Fails the whole patch unless [path] holds [value]. */
        public fun test(path: String, value: JsonElement): Builder = op("test", path, value)
        /** Moves what is at [from] to [path]. */
        public fun move(from: String, path: String): Builder = op("move", path, null, checkPointer(from))
        /** Copies what is at [from] to [path]. */
        public fun copy(from: String, path: String): Builder = op("copy", path, null, checkPointer(from))

        public fun build(): JsonPatch = JsonPatch(operations.toList())

        private fun op(op: String, path: String, value: JsonElement?, from: String? = null): Builder =
            apply { operations += JsonPatchOperation(op, checkPointer(path), value, from) }
    }

    public companion object {
        @JvmStatic
        public fun builder(): Builder = Builder()

        /** The JSON Pointer of [segments], escaped (`~` → `~0`, `/` → `~1`): `pointer("columns", 0, "name") == "/columns/0/name"`. */
        @JvmStatic
        public fun pointer(vararg segments: Any): String = JsonPatches.pointer(*segments)

        /**
         * The operations that turn [from] into [to]: keys removed, added or replaced, objects compared key by key,
         * arrays of equal length element by element and otherwise replaced whole.
         */
        @JvmStatic
        public fun diff(from: JsonElement, to: JsonElement): JsonPatch = JsonPatch(JsonPatches.diff(from, to))

        private fun checkPointer(path: String): String {
            if (path.isNotEmpty() && !path.startsWith("/")) {
                throw UsageException("\"$path\" is not a JSON Pointer", "Start it with '/', e.g. /description, or build it with JsonPatch.pointer(\"columns\", 0, \"description\")")
            }
            return path
        }
    }
}

/** Keeps a patch block from reaching outer receivers. */
@DslMarker
public annotation class JsonPatchDsl
