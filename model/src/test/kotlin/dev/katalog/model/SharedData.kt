package dev.katalog.model

import java.io.File

/** The shared reference data (typedefs, fixtures, vectors) beside the repository. */
object SharedData {
    val root: File by lazy {
        val configured = System.getProperty("katalog.shared")?.let(::File)
        val candidates = listOfNotNull(configured, File("../shared"), File("../../shared"))
        candidates.firstOrNull { File(it, "atlan/typedefs.json").isFile }?.canonicalFile
            ?: error("Cannot find the shared reference data (atlan/typedefs.json) in $candidates: set -Dkatalog.shared")
    }
    val typedefs: File get() = File(root, "atlan/typedefs.json")
    val fixtures: File get() = File(root, "atlan/fixtures")
    val searchVectors: File get() = File(root, "atlan/vectors/search")

    fun fixtureFiles(): List<File> = fixtures.walkTopDown().filter { it.isFile && it.extension == "json" }.sortedBy { it.path }.toList()
    fun vectorFiles(): List<File> = searchVectors.listFiles { f -> f.extension == "json" }!!.sortedBy { it.name }
}
