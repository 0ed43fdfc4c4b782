package dev.katalog.client.openmetadata

import dev.katalog.client.core.ConnectionBuilder
import dev.katalog.client.core.UsageException
import dev.katalog.client.openmetadata.calls.JwtSource
import java.nio.file.Path
import java.time.Duration

/**
 * Builds an [OpenMetadataClient]: the base URL and a JWT (string or file) are required, the rest has defaults
 * (a read timeout of 2 minutes; retries as [OpenMetadataClient.DEFAULT_RETRY_POLICY]).
 */
public class OpenMetadataClientBuilder internal constructor() :
    ConnectionBuilder<OpenMetadataClientBuilder>(OpenMetadataClient.DEFAULT_RETRY_POLICY, Duration.ofSeconds(120)) {
    private var jwt: String? = null
    private var jwtFile: Path? = null
    private var checkServerVersion = true

    override fun self(): OpenMetadataClientBuilder = this

    /** A trailing `/api/v1` or `/api` is dropped: calls add their own paths. */
    override fun normaliseBaseUrl(value: String): String = value.trim().trimEnd('/').removeSuffix("/api/v1").removeSuffix("/api")
    override val remoteName: String = "an OpenMetadata server"
    override val baseUrlHint: String = "Set it with baseUrl(\"http://localhost:8585\") or OPENMETADATA_BASE_URL"

    /** Authenticate with this JWT (a bot's token). */
    public fun jwt(token: String): OpenMetadataClientBuilder = apply { jwt = token; jwtFile = null }

    /** Authenticate with the JWT in [file], read again after a 401 so that rotated tokens are picked up. */
    public fun jwtFile(file: Path): OpenMetadataClientBuilder = apply { jwtFile = file; jwt = null }

    /** Whether to refuse a server whose major.minor version is not [OpenMetadataClient.SUPPORTED_VERSION] (true by default). */
    public fun checkServerVersion(value: Boolean): OpenMetadataClientBuilder = apply { checkServerVersion = value }

    internal fun options(): OpenMetadataClientOptions {
        val connection = connectionSettings()
        val source = jwt?.let(JwtSource::ofToken) ?: jwtFile?.let(JwtSource::ofFile)
            ?: throw UsageException("No JWT", "Pass jwt(token) or jwtFile(path), or set OPENMETADATA_JWT_TOKEN or OPENMETADATA_JWT_TOKEN_FILE")
        return OpenMetadataClientOptions(connection, checkServerVersion, source)
    }

    public fun build(): OpenMetadataClient = OpenMetadataClient(options())
}
