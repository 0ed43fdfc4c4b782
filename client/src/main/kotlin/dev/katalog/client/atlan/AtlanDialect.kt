package dev.katalog.client.atlan

import dev.katalog.client.http.Redactor
import dev.katalog.client.http.TransportDialect

/** How Atlan calls look on the shared transport: Atlan's headers and request id, failures as [AtlanException]s. */
internal fun atlanDialect(redactor: Redactor): TransportDialect = AtlanDialect(ErrorTranslator(redactor))

private class AtlanDialect(private val errors: ErrorTranslator) : TransportDialect {
    override val requestIdHeader = AtlanHeaders.REQUEST_ID
    override val headers = AtlanHeaders.fixed
    override val builderName = "AtlanClient.builder()"

    override fun connectionFailure(message: String, requestId: String, hint: String, cause: Throwable): RuntimeException =
        AtlanException.ApiConnection(message, requestId, hint, cause)

    override fun answerFailure(status: Int, body: String, contentType: String?, requestId: String, retryAfter: Long?, retries: Int): RuntimeException =
        errors.translate(status, body, contentType, requestId, retryAfter, retries)
}
