package dev.katalog.client.badinput

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.ints.shouldBeGreaterThanOrEqual
import io.kotest.matchers.shouldBe
import java.io.File

/** docs/RELIABILITY.md's bad-input catalogue and the tests named by its ids are the same list. */
class ReliabilityCatalogueSpec : FunSpec({
    test("every catalogue entry is a test, and every such test is in the catalogue") {
        val root = File("..").canonicalFile
        val documented = Regex("""^\| (B\d\d) \|""", RegexOption.MULTILINE).findAll(File(root, "docs/RELIABILITY.md").readText()).map { it.groupValues[1] }.toList()
        val tested = root.listFiles()!!.filter { File(it, "src/test").isDirectory }
            .flatMap { module -> File(module, "src/test").walk().filter { it.extension == "kt" }.toList() }
            .flatMap { source -> Regex("""test\("(B\d\d) """).findAll(source.readText()).map { it.groupValues[1] }.toList() }
        documented.size shouldBeGreaterThanOrEqual 40
        documented.toSet().size shouldBe documented.size
        tested.toSet().size shouldBe tested.size
        documented.toSortedSet() shouldBe tested.toSortedSet()
    }
})
