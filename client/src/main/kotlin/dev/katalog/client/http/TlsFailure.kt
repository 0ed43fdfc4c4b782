package dev.katalog.client.http

import java.security.GeneralSecurityException
import javax.net.ssl.SSLException
import javax.net.ssl.SSLHandshakeException

/**
 * A call that failed in its TLS handshake, with what to do about it. Such a failure never heals by itself, so
 * it is not retried: a plain-HTTP server answering an `https://` base URL, or a certificate the JVM does not trust.
 */
internal class TlsFailure private constructor(val problem: Throwable, val hint: String) {
    companion object {
        /** The TLS failure behind [e], or null when [e] is something else (a reset, a timeout…). */
        fun of(e: Throwable, baseUrl: String, builderName: String): TlsFailure? {
            val chain = generateSequence(e) { it.cause }.take(20).toList()
            // The JDK's words when the first bytes back are not TLS: the server spoke plain HTTP to a ClientHello.
            chain.firstOrNull { it is SSLException && isPlainText(it.message) }?.let {
                return TlsFailure(it, "The server speaks plain HTTP, not TLS: use ${plainHttp(baseUrl)} as the base URL")
            }
            // Only the handshake: an SSLException later in a call (a reset mid-answer) is a network fault, retried as such.
            val tls = chain.firstOrNull { it is GeneralSecurityException || it is SSLHandshakeException } ?: return null
            return TlsFailure(
                tls,
                "The server's certificate is not trusted: for a private CA or a self-signed catalog, pass its certificate with $builderName.trustStore(…)" +
                    "; if the server speaks plain HTTP, use ${plainHttp(baseUrl)}",
            )
        }

        private fun isPlainText(message: String?): Boolean =
            message != null && (message.contains("Unsupported or unrecognized SSL message") || message.contains("plaintext connection"))

        private fun plainHttp(baseUrl: String): String = if (baseUrl.startsWith("https://")) "http://" + baseUrl.removePrefix("https://") else baseUrl
    }
}
