package dev.katalog.local.http

import dev.katalog.local.error.CatalogException
import io.ktor.http.ContentType
import io.ktor.http.HttpHeaders
import io.ktor.http.HttpStatusCode
import io.ktor.server.application.ApplicationCall
import io.ktor.server.netty.NettyApplicationCall
import io.ktor.server.request.header
import io.ktor.server.request.receiveChannel
import io.ktor.server.response.header
import io.ktor.server.response.respond
import io.ktor.server.response.respondText
import io.ktor.server.routing.RoutingCall
import io.ktor.util.AttributeKey
import io.ktor.utils.io.readRemaining
import kotlinx.coroutines.delay
import kotlinx.io.readByteArray
import kotlinx.serialization.SerializationException
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonNull
import org.slf4j.LoggerFactory
import java.time.Instant
import java.util.UUID

/**
 * What every API call goes through, whichever API it belongs to: fault injection, the bearer token, the body size
 * limit, and errors written in the caller's [ErrorFormat].
 */
internal class ApiGuard(
    private val tokens: TokenAuthority,
    private val chaos: Chaos,
    private val maxBodyBytes: Long,
    private val traffic: TrafficCounter,
    private val recorder: CallRecorder? = null,
) {
    private val log = LoggerFactory.getLogger(ApiGuard::class.java)

    /** Answers [call] with [handler]'s JSON (or [status] 204 without a body), or with the error it throws. */
    suspend fun serve(
        call: ApplicationCall,
        format: ErrorFormat,
        authenticated: Boolean = true,
        status: HttpStatusCode = HttpStatusCode.OK,
        handler: suspend () -> JsonElement,
    ): Unit = serveWithStatus(call, format, authenticated) { status to handler() }

    /** Like [serve], the handler choosing the status too; `null` JSON with a 2xx status answers without a body. */
    suspend fun serveWithStatus(
        call: ApplicationCall,
        format: ErrorFormat,
        authenticated: Boolean = true,
        handler: suspend () -> Pair<HttpStatusCode, JsonElement>,
    ): Unit = traffic.serve {
        if (recorder == null) return@serve answer(call, format, authenticated, handler) {}
        val arrived = Instant.now()
        val body = try {
            text(call)
        } catch (e: CatalogException) {
            // The handler meets the same refusal when it reads the body.
            call.attributes.put(BODY_REFUSED, e)
            null
        }
        call.attributes.put(BODY, body.orEmpty())
        // Recorded just before the answer leaves, so that a client that has its answer finds its request recorded.
        var recorded = false
        val record = { status: Int? ->
            if (!recorded) recorder.record(call, arrived, body, status)
            recorded = true
        }
        try {
            answer(call, format, authenticated, handler, record)
        } finally {
            record(call.response.status()?.value)
        }
    }

    private suspend fun answer(
        call: ApplicationCall,
        format: ErrorFormat,
        authenticated: Boolean,
        handler: suspend () -> Pair<HttpStatusCode, JsonElement>,
        answering: (Int?) -> Unit,
    ) {
        val requestId = call.request.header("X-Atlan-Request-Id") ?: UUID.randomUUID().toString()
        try {
            val fault = if (chaos.enabled) chaos.draw() else Chaos.Fault.NONE
            if (fault != Chaos.Fault.NONE) traffic.recordFault(fault.label)
            if (inject(call, format, fault, answering)) return
            if (authenticated) authenticate(call)
            val (status, answer) = handler()
            // The change is made; only its answer goes missing.
            if (fault == Chaos.Fault.LOST) return answering(null).also { drop(call) }
            answering(status.value)
            when {
                status == HttpStatusCode.NoContent -> call.respond(HttpStatusCode.NoContent)
                answer is JsonNull -> call.respondText("", ContentType.Application.Json, status)
                else -> call.respondText(answer.toString(), ContentType.Application.Json, status)
            }
        } catch (e: CatalogException) {
            if (e.status >= 500) log.warn("Request {} failed: {}", requestId, e.message)
            answering(e.status)
            call.respondText(format.body(e, requestId), ContentType.Application.Json, HttpStatusCode.fromValue(e.status))
        } catch (e: kotlinx.coroutines.CancellationException) {
            throw e
        } catch (e: Exception) {
            log.error("Request {} failed", requestId, e)
            val error = CatalogException.Backend("Internal error (${e.javaClass.simpleName}); see the server log for request $requestId")
            answering(500)
            call.respondText(format.body(error, requestId), ContentType.Application.Json, HttpStatusCode.InternalServerError)
        }
    }

    /** Applies a fault that strikes before the call is carried out; true when the call has been answered (or dropped) by it. */
    private suspend fun inject(call: ApplicationCall, format: ErrorFormat, fault: Chaos.Fault, answering: (Int?) -> Unit): Boolean {
        if (chaos.latencyMillis > 0) delay(chaos.latencyMillis)
        answering(
            when (fault) {
                Chaos.Fault.NONE, Chaos.Fault.LOST -> return false
                Chaos.Fault.TOO_MANY_REQUESTS -> 429
                Chaos.Fault.UNAVAILABLE -> 503
                Chaos.Fault.RESET -> null
            },
        )
        when (fault) {
            Chaos.Fault.NONE, Chaos.Fault.LOST -> return false
            Chaos.Fault.TOO_MANY_REQUESTS -> {
                call.response.header(HttpHeaders.RetryAfter, "1")
                call.respondText(format.body(CatalogException.TooManyRequests(), UUID.randomUUID().toString()), ContentType.Application.Json, HttpStatusCode.TooManyRequests)
            }
            Chaos.Fault.UNAVAILABLE -> call.respondText(
                format.body(CatalogException.Unavailable(), UUID.randomUUID().toString()), ContentType.Application.Json, HttpStatusCode.ServiceUnavailable,
            )
            Chaos.Fault.RESET -> drop(call)
        }
        return true
    }

    private fun drop(call: ApplicationCall) {
        val engineCall = (call as? RoutingCall)?.pipelineCall?.engineCall as? NettyApplicationCall
        engineCall?.context?.channel()?.close()
    }

    private fun authenticate(call: ApplicationCall) {
        val header = call.request.header(HttpHeaders.Authorization)
            ?: throw CatalogException.Unauthorized("Missing Authorization header: send Authorization: Bearer <API token>")
        val token = header.takeIf { it.startsWith("Bearer ", ignoreCase = true) }?.substring(7)?.trim()
            ?: throw CatalogException.Unauthorized("The Authorization header must be Bearer <API token>")
        val user = tokens.userOf(token) ?: throw CatalogException.Unauthorized("Invalid or expired API token")
        call.attributes.put(USER, user)
    }

    /** The user the call's token acts as (the changes it makes are theirs), once authenticated. */
    fun user(call: ApplicationCall): String? = call.attributes.getOrNull(USER)

    /** The request body as text, refused with 413 past the limit (declared or read). */
    suspend fun text(call: ApplicationCall): String {
        call.attributes.getOrNull(BODY_REFUSED)?.let { throw it }
        call.attributes.getOrNull(BODY)?.let { return it }
        val declared = call.request.header(HttpHeaders.ContentLength)?.toLongOrNull()
        if (declared != null && declared > maxBodyBytes) throw tooLarge()
        val bytes = call.receiveChannel().readRemaining(maxBodyBytes + 1).readByteArray()
        if (bytes.size > maxBodyBytes) throw tooLarge()
        return bytes.toString(Charsets.UTF_8)
    }

    /** The request body as JSON; blank or malformed is a 400 with [malformedCode]. */
    suspend fun json(call: ApplicationCall, malformedCode: String = "ATLAS-400-00-002"): JsonElement {
        val text = text(call)
        if (text.isBlank()) throw CatalogException.BadRequest("A JSON request body is required")
        return try {
            Json.parseToJsonElement(text)
        } catch (e: SerializationException) {
            throw CatalogException.BadRequest("Malformed JSON in the request body: ${e.message?.lineSequence()?.firstOrNull()?.take(200)}", malformedCode)
        }
    }

    private companion object {
        /** The body, once read for the recording; the handler reads it from here. */
        val BODY = AttributeKey<String>("katalog.recordedBody")
        val BODY_REFUSED = AttributeKey<CatalogException>("katalog.refusedBody")
        val USER = AttributeKey<String>("katalog.user")
    }

    private fun tooLarge() = CatalogException.PayloadTooLarge("The request body is larger than the limit of $maxBodyBytes bytes")
}
