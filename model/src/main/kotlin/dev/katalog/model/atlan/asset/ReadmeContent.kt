package dev.katalog.model.atlan.asset

import java.net.URLDecoder
import java.net.URLEncoder

/**
 * A README's HTML as Atlan stores it: URL-encoded in the README's `description` (as pyatlan's `quote` writes it:
 * spaces as `%20`, `/` kept). [Readme.creator] encodes; read the HTML back with [decode].
 */
public object ReadmeContent {
    /** [html] as stored. */
    @JvmStatic
    public fun encode(html: String): String =
        URLEncoder.encode(html, Charsets.UTF_8).replace("+", "%20").replace("%2F", "/").replace("%7E", "~").replace("*", "%2A")

    /** The HTML of a stored [description]. */
    @JvmStatic
    public fun decode(description: String): String = URLDecoder.decode(description.replace("+", "%2B"), Charsets.UTF_8)

    /** The HTML of [readme], or null when it has none. */
    @JvmStatic
    public fun of(readme: Readme): String? = readme.description?.let(::decode)
}
