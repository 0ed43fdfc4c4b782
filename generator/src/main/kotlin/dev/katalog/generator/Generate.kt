package dev.katalog.generator

import dev.katalog.model.atlan.typedef.TypeDefResponse
import dev.katalog.model.json.KatalogJson
import java.io.File

/**
 * Writes the Atlan model: `GenerateKt <typedefs.json> <output source directory>`. The model module runs it in
 * generate-sources. The directory is emptied first, so it holds exactly what the current typedefs produce.
 */
public fun main(args: Array<String>) {
    require(args.size == 2) { "usage: GenerateKt <typedefs.json> <output source directory>" }
    val files = generateSources(File(args[0]))
    val out = File(args[1])
    out.deleteRecursively()
    for ((path, content) in files) {
        File(out, path).apply { parentFile.mkdirs() }.writeText(content)
    }
    println("generated ${files.size} Atlan model files into $out")
}

/** The generated sources for the type definitions in [typedefs]: relative path → content. */
public fun generateSources(typedefs: File): Map<String, String> =
    ModelGenerator(KatalogJson.decode(TypeDefResponse.serializer(), typedefs.readText())).generate()
