package dev.katalog.bench

import java.io.File

/**
 * The classpath of a program that depends on `katalog-client` alone: the client's jar and its runtime classpath
 * (from `<katalog.root>/client/target`, written by the build), this bench's jar for the child's main class, and a
 * logging binding. A streaming child runs on it rather than on the bench's own classpath, which also carries the
 * local catalog (OpenSearch, Lucene) and `kotlin-reflect`: with `kotlin-reflect` present, Ktor's plugin set-up
 * starts Kotlin's full reflection (about a thousand classes, a quarter of a second of CPU in a short run), which a
 * client user pays only if their program brings it ([withKotlinReflect] measures that case).
 */
internal object ClientClasspath {
    fun of(): String = entries().joinToString(File.pathSeparator)

    /** The same with the `kotlin-reflect` jar the bench runs with, as a program that uses Kotlin reflection has it. */
    fun withKotlinReflect(): String = (entries() + benchEntry("kotlin-reflect-")).joinToString(File.pathSeparator)

    private fun entries(): List<String> {
        val target = File(System.getProperty("katalog.root", "."), "client/target")
        val listing = File(target, "classpath.txt")
        check(listing.isFile) { "$listing is missing: build the client first (bin/katalog bench builds it)" }
        val jar = target.listFiles { f -> f.name.matches(Regex("""katalog-client-[^-]+(-SNAPSHOT)?\.jar""")) }?.singleOrNull()
            ?: error("no katalog-client jar in $target: build the client first (bin/katalog bench builds it)")
        val benchJar = File(ClientClasspath::class.java.protectionDomain.codeSource.location.toURI()).path
        return listOf(jar.path, benchJar) + listing.readText().trim().split(File.pathSeparator).filter { it.isNotEmpty() } + benchEntry("slf4j-simple-")
    }

    private fun benchEntry(jarPrefix: String): String =
        System.getProperty("java.class.path").split(File.pathSeparator).firstOrNull { File(it).name.startsWith(jarPrefix) }
            ?: error("no $jarPrefix jar on the bench's classpath")
}
