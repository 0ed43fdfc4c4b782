package dev.katalog.local.http

import io.ktor.server.application.ApplicationCall
import java.time.Instant

/** Receives each API call just before its answer leaves: when it [arrived], its body as read, and the answer's status (null when dropped). */
internal fun interface CallRecorder {
    fun record(call: ApplicationCall, arrived: Instant, bodyText: String?, status: Int?)
}
