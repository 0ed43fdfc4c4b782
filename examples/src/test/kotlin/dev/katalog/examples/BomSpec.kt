package dev.katalog.examples

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import java.io.File
import javax.xml.parsers.DocumentBuilderFactory
import org.w3c.dom.Element

/** The BOM users import names every published module of the reactor, at the reactor's version. */
class BomSpec : FunSpec({
    fun pom(path: String): Element = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(File(path)).documentElement
    fun Element.child(name: String): String =
        (0 until childNodes.length).map { childNodes.item(it) }.filterIsInstance<Element>().first { it.tagName == name }.textContent.trim()

    val parent = pom("../pom.xml")
    val bom = pom("../bom/pom.xml")
    val published = listOf("model-core", "model", "openmetadata-model", "dsl", "client", "local", "test-kit", "cli")
        .filter { File("../$it/pom.xml").isFile }
        .map { pom("../$it/pom.xml").child("artifactId") }

    test("the BOM has the reactor's version") {
        bom.child("version") shouldBe parent.child("version")
    }

    test("the BOM manages exactly the published modules, each at the BOM's version") {
        val managed = bom.getElementsByTagName("dependency").let { list -> (0 until list.length).map { list.item(it) as Element } }
        managed.map { it.child("artifactId") }.toSet() shouldBe published.toSet()
        managed.map { it.child("groupId") }.toSet() shouldBe setOf("dev.katalog")
        managed.map { it.child("version") }.toSet() shouldBe setOf("\${project.version}")
    }
})
