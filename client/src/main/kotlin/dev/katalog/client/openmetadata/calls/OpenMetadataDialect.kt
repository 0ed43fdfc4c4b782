package dev.katalog.client.openmetadata.calls

import dev.katalog.client.http.Redactor
import dev.katalog.client.http.TransportDialect

/** How OpenMetadata calls look on the shared transport: its headers and request id, failures as [OpenMetadataException]s. */
internal fun openMetadataDialect(redactor: Redactor): TransportDialect = OpenMetadataDialect(ErrorTranslator(redactor))

private class OpenMetadataDialect(private val errors: ErrorTranslator) : TransportDialect {
    override val requestIdHeader = "X-Request-Id"
    override val headers = mapOf("Accept" to "application/json", "User-Agent" to "katalog-kotlin/0.1.0 (openmetadata)")
    override val builderName = "OpenMetadataClient.builder()"

    override fun connectionFailure(message: String, requestId: String, hint: String, cause: Throwable): RuntimeException =
        OpenMetadataException.ApiConnection(message, requestId, hint, cause)

    override fun answerFailure(status: Int, body: String, contentType: String?, requestId: String, retryAfter: Long?, retries: Int): RuntimeException =
        errors.translate(status, body, contentType, requestId, retryAfter, retries)
}
