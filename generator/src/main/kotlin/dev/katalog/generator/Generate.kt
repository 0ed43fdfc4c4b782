package dev.katalog.generator

import dev.katalog.model.atlan.typedef.TypeDefResponse
import dev.katalog.model.json.KatalogJson
import java.io.File

/**
 * Regenerates the model's sources: `Generate <typedefs.json> <model/src/generated/kotlin>`.
 * Files it generated before and no longer generates are removed.
 */
public fun main(args: Array<String>) {
    require(args.size == 2) { "usage: Generate <typedefs.json> <output source directory>" }
    val files = generateSources(File(args[0]))
    val out = File(args[1])
    val stale = out.walkTopDown().filter { it.isFile && it.extension == "kt" }
        .filter { it.relativeTo(out).invariantSeparatorsPath !in files }
        .filter { it.useLines { lines -> lines.firstOrNull()?.startsWith("// Generated") == true } }
    stale.forEach { it.delete() }
    for ((path, content) in files) {
        val file = File(out, path)
        file.parentFile.mkdirs()
        if (!file.exists() || file.readText() != content) file.writeText(content)
    }
    println("generated ${files.size} files into $out")
}

/** The generated sources for the type definitions in [typedefs]: relative path → content. */
public fun generateSources(typedefs: File): Map<String, String> =
    ModelGenerator(KatalogJson.decode(TypeDefResponse.serializer(), typedefs.readText())).generate()
