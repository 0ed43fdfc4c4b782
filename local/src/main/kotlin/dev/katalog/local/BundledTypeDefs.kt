package dev.katalog.local

import dev.katalog.model.atlan.typedef.TypeDefResponse
import dev.katalog.model.json.KatalogJson
import java.nio.file.Files
import java.nio.file.Path

/** The Atlan type definitions the catalog serves: a file given to its builder, else the bundled typedefs.json. */
internal object BundledTypeDefs {
    private const val RESOURCE = "/dev/katalog/local/typedefs.json"

    fun load(file: Path?): TypeDefResponse {
        val text = file?.let { Files.readString(it) }
            ?: LocalCatalog::class.java.getResourceAsStream(RESOURCE)?.use { it.readBytes().toString(Charsets.UTF_8) }
            ?: error("$RESOURCE is missing from the classpath")
        return KatalogJson.decode(TypeDefResponse.serializer(), text)
    }
}
