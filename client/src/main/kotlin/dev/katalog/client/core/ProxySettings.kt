package dev.katalog.client.core

import java.net.URI

/**
 * An HTTP proxy: its [url], optional credentials, and the hosts reached directly ([noProxy]: exact
 * names, `.suffix` domains, or `*`). `toString()` never shows the password.
 */
public class ProxySettings(
    public val url: URI,
    public val username: String? = null,
    internal val password: String? = null,
    public val noProxy: List<String> = emptyList(),
) {
    /** True when calls to [host] go through the proxy. */
    public fun appliesTo(host: String): Boolean = noProxy.none { rule ->
        rule == "*" || host.equals(rule, ignoreCase = true) ||
            (rule.startsWith(".") && host.endsWith(rule, ignoreCase = true)) ||
            host.endsWith(".$rule", ignoreCase = true)
    }

    override fun toString(): String = "ProxySettings(url=${url.scheme}://${url.host}:${url.port}, username=$username, password=${if (password == null) null else "****"})"

    public companion object {
        /**
         * The proxy the environment asks for: `HTTPS_PROXY` (or `HTTP_PROXY` for http URLs), user info in the
         * URL as credentials, and `NO_PROXY`; null when none applies to [baseUrl].
         */
        @JvmStatic
        public fun fromEnvironment(baseUrl: String, env: Map<String, String> = System.getenv()): ProxySettings? {
            fun read(name: String) = env[name] ?: env[name.lowercase()]
            val https = baseUrl.startsWith("https:", ignoreCase = true)
            val raw = (if (https) read("HTTPS_PROXY") else null) ?: read("HTTP_PROXY") ?: return null
            val uri = URI(if ("://" in raw) raw else "http://$raw")
            val (user, password) = uri.userInfo?.split(':', limit = 2)?.let { it[0] to it.getOrNull(1) } ?: (null to null)
            val noProxy = read("NO_PROXY")?.split(',')?.map { it.trim() }?.filter { it.isNotEmpty() }.orEmpty()
            val settings = ProxySettings(URI(uri.scheme, null, uri.host, uri.port, null, null, null), user, password, noProxy)
            return settings.takeIf { it.appliesTo(URI(baseUrl).host ?: "") }
        }
    }
}
