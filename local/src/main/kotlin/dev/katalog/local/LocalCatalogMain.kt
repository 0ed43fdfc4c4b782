package dev.katalog.local

import java.nio.file.Path
import kotlin.system.exitProcess

/** Command-line entry point: `--host --port --api-token --data-dir --opensearch-url --index-prefix --chaos --oauth-client --api-key --max-body-bytes --record`. */
public object LocalCatalogMain {
    /** Starts a catalog, prints `ready on http://HOST:PORT`, and runs until SIGTERM or SIGINT. */
    @JvmStatic
    public fun main(args: Array<String>) {
        val builder = LocalCatalog.builder().port(21000)
        var token: String? = null
        var i = 0
        fun value(flag: String): String = args.getOrNull(++i) ?: usage("$flag needs a value")
        while (i < args.size) {
            when (val flag = args[i]) {
                "--host" -> builder.host(value(flag))
                "--port" -> builder.port(value(flag).toIntOrNull() ?: usage("--port needs a number"))
                "--api-token" -> token = value(flag)
                "--data-dir" -> builder.dataDir(Path.of(value(flag)))
                "--opensearch-url" -> builder.openSearchUrl(value(flag))
                "--index-prefix" -> builder.indexPrefix(value(flag))
                "--chaos" -> try { builder.chaos(value(flag)) } catch (e: IllegalArgumentException) { usage(e.message.orEmpty()) }
                "--max-body-bytes" -> builder.maxBodyBytes(value(flag).toLongOrNull() ?: usage("--max-body-bytes needs a number"))
                "--oauth-client" -> {
                    val pair = value(flag)
                    if (':' !in pair) usage("--oauth-client needs ID:SECRET")
                    builder.oauthClient(pair.substringBefore(':'), pair.substringAfter(':'))
                }
                "--api-key" -> {
                    val parts = value(flag).split(':', limit = 3)
                    if (parts.size != 3) usage("--api-key needs GUID:CLIENT_ID:SECRET")
                    builder.apiKey(parts[0], parts[1], parts[2])
                }
                "--record" -> builder.record(Path.of(value(flag)))
                "--help", "-h" -> usage(null)
                else -> usage("Unknown option $flag")
            }
            i++
        }
        token?.let { builder.apiToken(it) }
        val catalog = builder.build()
        Runtime.getRuntime().addShutdownHook(Thread({ catalog.stop() }, "katalog-local-shutdown"))
        try {
            catalog.start()
        } catch (e: LocalCatalogException) {
            System.err.println(e.message)
            exitProcess(1)
        }
        if (token == null) println(catalog.apiToken)
        println("ready on ${catalog.baseUrl}")
        System.out.flush()
        Thread.currentThread().join()
    }

    private fun usage(problem: String?): Nothing {
        problem?.let { System.err.println(it) }
        System.err.println(
            "usage: katalog local [--host 127.0.0.1] [--port 21000] [--api-token T] [--data-dir D] [--opensearch-url U] " +
                "[--index-prefix P] [--chaos SPEC] [--oauth-client ID:SECRET] [--api-key GUID:CLIENT_ID:SECRET] [--max-body-bytes N] [--record FILE]",
        )
        exitProcess(if (problem == null) 0 else 2)
    }
}
