package dev.katalog.client.openmetadata.calls

import dev.katalog.client.core.UsageException
import dev.katalog.client.http.TokenSource
import java.nio.file.Files
import java.nio.file.Path

/**
 * The JWT of an OpenMetadata client: a fixed string, or a file read when the client starts and again after
 * a 401 (so a rotated bot token is picked up without a restart).
 */
internal class JwtSource private constructor(private val file: Path?, initial: String) : TokenSource {
    @Volatile private var current: String = initial

    override suspend fun token(): String = current

    override suspend fun refreshAfterRejection(rejected: String): String? {
        val path = file ?: return null
        val fresh = read(path)
        if (fresh == rejected) return null
        current = fresh
        return fresh
    }

    override fun secrets(): List<String> = listOf(current)

    companion object {
        fun ofToken(token: String): JwtSource = JwtSource(null, checked(token.trim(), "The JWT is blank: pass the bot's token, or set OPENMETADATA_JWT_TOKEN"))

        fun ofFile(path: Path): JwtSource {
            if (!Files.isReadable(path)) {
                throw UsageException("The JWT file $path cannot be read", "Point OPENMETADATA_JWT_TOKEN_FILE (or jwtFile) at a readable file holding the token")
            }
            return JwtSource(path, read(path))
        }

        private fun read(path: Path): String = checked(Files.readString(path).trim(), "The JWT file $path is empty: write the bot's token into it")

        private fun checked(token: String, problem: String): String {
            if (token.isEmpty()) throw UsageException(problem, "Copy the token from OpenMetadata's Settings → Bots, or from your identity provider")
            return token
        }
    }
}
