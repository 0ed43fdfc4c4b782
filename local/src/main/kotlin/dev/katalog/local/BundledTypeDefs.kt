package dev.katalog.local

import dev.katalog.model.atlan.typedef.TypeDefResponse
import dev.katalog.model.atlan.typedef.TypeDefSupplement
import dev.katalog.model.json.KatalogJson
import java.nio.file.Files
import java.nio.file.Path

/**
 * The Atlan type definitions the catalog serves: a file given to its builder as it is, else the bundled
 * typedefs.json with what typedefs-supplement.json adds (the types the tenant's file lacks, such as personas,
 * purposes and their policies), then what typedefs-pyatlan.json adds (every other type and attribute the reference
 * SDK knows): the same merge the model is generated from.
 */
internal object BundledTypeDefs {
    private const val RESOURCE = "/dev/katalog/local/typedefs.json"
    private const val SUPPLEMENT = "/dev/katalog/local/typedefs-supplement.json"
    private const val EXTRACTED = "/dev/katalog/local/typedefs-pyatlan.json"

    fun load(file: Path?): TypeDefResponse {
        if (file != null) return decode(Files.readString(file))
        return listOf(SUPPLEMENT, EXTRACTED).fold(decode(resource(RESOURCE))) { merged, extra -> TypeDefSupplement.merge(merged, decode(resource(extra))) }
    }

    private fun resource(name: String): String =
        LocalCatalog::class.java.getResourceAsStream(name)?.use { it.readBytes().toString(Charsets.UTF_8) }
            ?: error("$name is missing from the classpath")

    private fun decode(text: String): TypeDefResponse = KatalogJson.decode(TypeDefResponse.serializer(), text)
}
