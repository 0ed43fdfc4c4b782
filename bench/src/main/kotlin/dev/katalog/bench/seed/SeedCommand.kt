package dev.katalog.bench.seed

import dev.katalog.client.AtlanClient
import kotlinx.coroutines.runBlocking
import kotlin.system.exitProcess

/**
 * `bin/katalog seed --base-url U --api-token T --assets N [--seed S]`: loads a deterministic connection tree
 * of about N assets and prints its connection qualifiedName (progress on stderr when attached to a terminal).
 */
public object SeedCommand {
    @JvmStatic
    public fun main(args: Array<String>) {
        fun option(name: String) = args.indexOf(name).takeIf { it >= 0 }?.let { args.getOrNull(it + 1) }
        val baseUrl = option("--base-url") ?: System.getenv("ATLAN_BASE_URL") ?: usage("--base-url (or ATLAN_BASE_URL) is required")
        val token = option("--api-token") ?: System.getenv("ATLAN_API_KEY") ?: usage("--api-token (or ATLAN_API_KEY) is required")
        val assets = option("--assets")?.toIntOrNull() ?: usage("--assets N is required (at least 100)")
        val seed = option("--seed")?.toLongOrNull() ?: 7
        if (assets < 100) usage("--assets must be at least 100")
        val shape = SeedShape(assets, seed)
        val connection = "default/snowflake/${1_700_000_000L + seed * 1_000 + shape.total % 1_000}"
        val interactive = System.console() != null
        val seeded = AtlanClient(baseUrl, token).use { client ->
            runBlocking {
                Seeder(client).seed(shape, connection) { done -> if (interactive) System.err.print("\r  seeded $done of ${shape.total} assets   ") }
            }
        }
        if (interactive) System.err.println()
        System.err.println("seeded %d assets in %.1fs (%.0f assets/s)".format(seeded.assets, seeded.seconds, seeded.assets / seeded.seconds))
        println(seeded.connectionQualifiedName)
    }

    private fun usage(problem: String): Nothing {
        System.err.println(problem)
        System.err.println("usage: bin/katalog seed --base-url U --api-token T --assets N [--seed S]")
        exitProcess(2)
    }
}
