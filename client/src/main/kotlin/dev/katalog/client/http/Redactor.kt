package dev.katalog.client.http

/**
 * Blanks out secrets before anything reaches a log, an exception message or progress output: every
 * value [secrets] currently returns, and the values of secret-looking JSON keys.
 */
internal class Redactor(private val secrets: () -> List<String>) {
    private val secretKeys = Regex(
        """("(?:clientSecret|client_secret|accessToken|access_token|apiKey|password|token|refresh_token)"\s*:\s*")[^"]*(")""",
        RegexOption.IGNORE_CASE,
    )

    fun redact(text: String): String {
        var out = secretKeys.replace(text) { it.groupValues[1] + MASK + it.groupValues[2] }
        for (secret in secrets()) if (secret.length >= 4) out = out.replace(secret, MASK)
        return out
    }

    companion object {
        const val MASK = "****"
    }
}
