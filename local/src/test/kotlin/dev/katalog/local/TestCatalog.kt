package dev.katalog.local

import java.nio.file.Files
import java.nio.file.Path

/** The one catalog of this test JVM, shared by every spec; started on first use, stopped when the JVM exits. */
object TestCatalog {
    const val TOKEN = "test-token-0123456789"
    const val CLIENT_ID = "katalog-test-client"
    const val CLIENT_SECRET = "katalog-test-secret"
    const val MAX_BODY = 4L * 1024 * 1024
    const val TOKEN_GUID = "0d1f3e5a-1111-4c2b-9d8e-7a6b5c4d3e2f"
    const val TOKEN_CLIENT_ID = "apikey-client-spec"
    const val TOKEN_CLIENT_SECRET = "apikey-secret-spec"

    @JvmStatic
    val dataDir: Path = Files.createTempDirectory("katalog-local-test")

    private var current: LocalCatalog? = null

    init {
        Runtime.getRuntime().addShutdownHook(Thread {
            current?.stop()
            dataDir.toFile().deleteRecursively()
        })
    }

    @JvmStatic
    @Synchronized
    fun catalog(): LocalCatalog = current ?: start()

    /** Stops the catalog and starts it again on the same data directory. */
    @Synchronized
    fun restart(): LocalCatalog {
        current?.stop()
        current = null
        return start()
    }

    @JvmStatic
    fun api(): Api = Api({ catalog().baseUrl }, TOKEN)

    private fun start(): LocalCatalog = LocalCatalog.builder()
        .apiToken(TOKEN)
        .dataDir(dataDir)
        .maxBodyBytes(MAX_BODY)
        .oauthClient(CLIENT_ID, CLIENT_SECRET)
        .apiKey(TOKEN_GUID, TOKEN_CLIENT_ID, TOKEN_CLIENT_SECRET)
        .build()
        .start()
        .also { current = it }
}
