package dev.katalog.client.atlan

/** The headers every Atlan call carries besides authorization and the request id. */
internal object AtlanHeaders {
    const val REQUEST_ID = "X-Atlan-Request-Id"
    const val SDK_VERSION = "0.1.0"
    val fixed: Map<String, String> = mapOf(
        "Accept" to "application/json",
        "User-Agent" to "katalog-kotlin/$SDK_VERSION",
        "x-atlan-agent" to "sdk",
        "x-atlan-agent-id" to "kotlin",
        "x-atlan-client-origin" to "product_sdk",
    )
}
