package dev.katalog.local.directory

/** An API token known by its [guid], whose OAuth client ([clientId], [clientSecret]) a token-GUID start-up exchanges for an access token. */
internal class ApiKey(val guid: String, val clientId: String, val clientSecret: String)
