package dev.katalog.apicheck

import io.kotest.assertions.fail
import io.kotest.core.spec.style.FunSpec

/** Every public suspend function and Flow of the client has its Java twin (see [JavaTwins] for the rule). */
class JavaTwinSpec : FunSpec({
    test("every public suspend function and Flow of dev.katalog.client has its twin in the class's Futures") {
        val client = LibraryModules.classes.filter { it.packageName == "dev.katalog.client" || it.packageName.startsWith("dev.katalog.client.") }
        val missing = JavaTwins.missing(client)
        if (missing.isNotEmpty()) fail("${missing.size} Java twins are missing:\n" + missing.joinToString("\n"))
    }
})
