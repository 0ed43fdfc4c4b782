package dev.katalog.model

import dev.katalog.model.atlan.typedef.TypeDefResponse
import dev.katalog.model.atlan.typedef.TypeDefSupplement
import dev.katalog.model.json.KatalogJson
import java.io.File

/** The repository's reference data (typedefs, fixtures, vectors): see reference/README.md. */
object ReferenceData {
    val root: File by lazy {
        val configured = System.getProperty("katalog.reference")?.let(::File)
        val candidates = listOfNotNull(configured, File("reference"), File("../reference"))
        candidates.firstOrNull { File(it, "atlan/typedefs.json").isFile }?.canonicalFile
            ?: error("Cannot find the reference data (atlan/typedefs.json) in $candidates: run from the repository or set -Dkatalog.reference")
    }
    val typedefs: File get() = File(root, "atlan/typedefs.json")
    val typedefsSupplement: File get() = File(root, "atlan/typedefs-supplement.json")
    val typedefsExtracted: File get() = File(root, "atlan/typedefs-pyatlan.json")
    val fixtures: File get() = File(root, "atlan/fixtures")
    val searchVectors: File get() = File(root, "atlan/vectors/search")

    /** The tenant's definitions: typedefs.json with what the supplement adds. */
    fun tenant(): TypeDefResponse = TypeDefSupplement.merge(read(typedefs), read(typedefsSupplement))

    /** The definitions the model is generated from: the [tenant]'s with what the reference SDK's facts add. */
    fun generatedFrom(): TypeDefResponse = TypeDefSupplement.merge(tenant(), read(typedefsExtracted))

    fun read(file: File): TypeDefResponse = KatalogJson.decode(TypeDefResponse.serializer(), file.readText())

    fun fixtureFiles(): List<File> = fixtures.walkTopDown().filter { it.isFile && it.extension == "json" }.sortedBy { it.path }.toList()
    fun vectorFiles(): List<File> = searchVectors.listFiles { f -> f.extension == "json" }!!.sortedBy { it.name }
}
