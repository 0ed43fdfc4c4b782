package dev.katalog.generator

import dev.katalog.model.atlan.typedef.TypeDefResponse
import dev.katalog.model.atlan.typedef.TypeDefSupplement
import dev.katalog.model.json.KatalogJson
import java.io.File

/**
 * Writes the Atlan model: `GenerateKt <typedefs.json> [<supplement.json>…] <output source directory>`. The model
 * module runs it in generate-sources. The directory is emptied first, so it holds exactly what the current typedefs
 * (with what the supplements add, see [TypeDefSupplement]) produce.
 */
public fun main(args: Array<String>) {
    require(args.size >= 2) { "usage: GenerateKt <typedefs.json> [<supplement.json>…] <output source directory>" }
    val files = generateSources(File(args[0]), args.drop(1).dropLast(1).map(::File))
    val out = File(args.last())
    out.deleteRecursively()
    for ((path, content) in files) {
        File(out, path).apply { parentFile.mkdirs() }.writeText(content)
    }
    println("generated ${files.size} Atlan model files into $out")
}

/**
 * The generated sources for the type definitions in [typedefs], with the types and attributes it lacks taken from
 * [supplements] (the tenant's definitions win): relative path → content.
 */
public fun generateSources(typedefs: File, supplements: List<File> = emptyList()): Map<String, String> =
    ModelGenerator(supplements.fold(read(typedefs)) { merged, file -> TypeDefSupplement.merge(merged, read(file)) }).generate()

private fun read(file: File): TypeDefResponse = KatalogJson.decode(TypeDefResponse.serializer(), file.readText())
