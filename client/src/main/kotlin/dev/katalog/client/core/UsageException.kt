package dev.katalog.client.core

/**
 * A call or a builder was given an argument it cannot use: thrown before anything is sent, by both clients.
 * The message says what is wrong ([problem]) and how to write it instead ([fix]). It is an
 * [IllegalArgumentException], so it is a programming error to fix, not a failure of the catalog to handle.
 */
public class UsageException(public val problem: String, public val fix: String) : IllegalArgumentException("$problem. $fix") {
    public companion object {
        /** Throws a [UsageException] with [problem] and [fix] unless [condition] holds. */
        @JvmStatic
        public fun check(condition: Boolean, problem: () -> String, fix: String) {
            if (!condition) throw UsageException(problem(), fix)
        }
    }
}
