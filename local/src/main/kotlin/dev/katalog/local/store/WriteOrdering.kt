package dev.katalog.local.store

import kotlinx.coroutines.CompletableDeferred

/**
 * The order writes to the asset index keep, instead of one lock for every write: writes that touch different
 * assets run at the same time; writes that could race on the same asset wait for each other.
 *
 * - A save [claims] the assets it reads and rewrites, named `key:typeName|qualifiedName` and `guid:GUID`, and
 *   holds them from its first look-up to the refresh that makes its write searchable. That is what keeps the
 *   upsert on (typeName, qualifiedName) unique: a second save of the same key cannot look it up between the
 *   first one's look-up and its write, so it finds the first one's asset instead of creating another. Claiming
 *   the GUID too makes a save naming the asset by GUID and one naming it by qualifiedName wait for each other,
 *   so neither overwrites the other's change with what it read before it.
 * - A request takes all its claims at once or none (it waits until every one is free), so two requests
 *   claiming overlapping sets can never each hold a part the other waits for: no deadlock, whatever the order
 *   of their keys.
 * - A write that changes assets besides the ones it names, or depends on them as they are (tags spreading down
 *   the hierarchy or through lineage, the other ends of removed relationships, lineage flags, deletes, custom
 *   metadata, type definitions) runs [exclusive]ly: it waits for the claims in force and no claim starts until it
 *   ends. Those writes read and rewrite assets a claim does not name, so only running alone keeps them from
 *   losing or undoing a concurrent change. A waiting exclusive write goes before later claims, so a stream of
 *   saves cannot keep it waiting for ever.
 */
internal class WriteOrdering {
    private val guard = Any()
    private val claimed = HashSet<String>()
    private var claimants = 0
    private var exclusiveRunning = false
    private var exclusiveWaiting = 0
    private var wakeUps = ArrayList<CompletableDeferred<Unit>>()

    /** Runs [block] holding [claims] (asset names, see the class comment), once no other write holds any of them. */
    suspend fun <T> claims(claims: Set<String>, block: suspend () -> T): T {
        acquire {
            if (exclusiveRunning || exclusiveWaiting > 0 || claims.any { it in claimed }) return@acquire false
            claimed += claims
            claimants++
            true
        }
        try {
            return block()
        } finally {
            release {
                claimed -= claims
                claimants--
            }
        }
    }

    /** Runs [block] alone: after the claims in force end, before any other write starts. */
    suspend fun <T> exclusive(block: suspend () -> T): T {
        synchronized(guard) { exclusiveWaiting++ }
        try {
            acquire {
                if (exclusiveRunning || claimants > 0) return@acquire false
                exclusiveRunning = true
                true
            }
        } finally {
            // Whether it got its turn or was cancelled while waiting, claims held back for it may go ahead now.
            release { exclusiveWaiting-- }
        }
        try {
            return block()
        } finally {
            release { exclusiveRunning = false }
        }
    }

    // Tries [take] under the guard; when it cannot, waits for the next release and tries again.
    private suspend fun acquire(take: () -> Boolean) {
        while (true) {
            val wakeUp = synchronized(guard) {
                if (take()) null else CompletableDeferred<Unit>().also { wakeUps += it }
            } ?: return
            wakeUp.await()
        }
    }

    private fun release(change: () -> Unit) {
        val waiting = synchronized(guard) {
            change()
            wakeUps.also { wakeUps = ArrayList() }
        }
        for (w in waiting) w.complete(Unit)
    }
}
