package dev.katalog.client.core

/** The checks every client makes of the base URL it is given, so that a typo fails at build time with its fix. */
internal object BaseUrl {
    /** What is wrong with a base URL's scheme and how to write it instead. */
    class SchemeProblem(val problem: String, val fix: String)

    /** The problem with [url]'s scheme, or null when it is http:// or https://; [remote] names what https:// would reach. */
    fun schemeProblem(url: String, remote: String): SchemeProblem? {
        if (url.startsWith("http://") || url.startsWith("https://")) return null
        val shown = url.take(60)
        if ("://" in url) return SchemeProblem("The base URL must start with http:// or https://, was \"$shown\"", "Use http:// or https:// in place of ${url.substringBefore("://")}://")
        // A bare host:port: say which scheme fits, plain HTTP first for the machine's own catalog.
        val host = url.substringBefore('/').substringBefore(':').lowercase()
        val local = host == "localhost" || host.startsWith("127.") || url.startsWith("[::1]")
        val plain = "http://$shown (a local catalog, plain HTTP)"
        val tls = "https://$shown ($remote)"
        return SchemeProblem(
            "The base URL must start with http:// or https://: \"$shown\" has no scheme",
            "Use " + if (local) "$plain, or $tls" else "$tls, or $plain",
        )
    }

    /**
     * [value] trimmed of spaces, trailing slashes and a trailing `/api/meta` or `/api`: every call appends its
     * own path (`/api/meta/…`, `/api/service/…`) to the tenant's root, so such a suffix could only double it.
     */
    fun atlanRoot(value: String): String {
        var url = value.trim().trimEnd('/')
        for (suffix in listOf("/api/meta", "/api")) if (url.endsWith(suffix, ignoreCase = true)) url = url.dropLast(suffix.length).trimEnd('/')
        return url
    }
}
