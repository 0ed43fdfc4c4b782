package dev.katalog.client.http

/**
 * A readable line for an answer that is not the backend's error JSON: empty, an HTML page (named by its title,
 * never dumped; [htmlAdvice] says what is likely in the way), or plain text (clipped).
 */
internal fun describeAnswer(status: Int, body: String, contentType: String?, expected: String, htmlAdvice: String): String {
    val trimmed = body.trim()
    return when {
        trimmed.isEmpty() -> "The server answered $status with an empty body"
        contentType?.contains("html", ignoreCase = true) == true || trimmed.startsWith("<") -> {
            val title = TITLE.find(trimmed)?.groupValues?.get(1)?.trim()
            "The server answered $status with an HTML page${title?.let { " (\"${it.take(100)}\")" } ?: ""}, not $expected: $htmlAdvice"
        }
        else -> "The server answered $status: ${trimmed.take(300)}"
    }
}

private val TITLE = Regex("<title>(.*?)</title>", setOf(RegexOption.IGNORE_CASE, RegexOption.DOT_MATCHES_ALL))
