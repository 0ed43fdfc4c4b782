package dev.katalog.model.openmetadata

import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.kotest.property.Arb
import io.kotest.property.arbitrary.Codepoint
import io.kotest.property.arbitrary.alphanumeric
import io.kotest.property.arbitrary.arbitrary
import io.kotest.property.arbitrary.element
import io.kotest.property.arbitrary.filter
import io.kotest.property.arbitrary.int
import io.kotest.property.arbitrary.katakana
import io.kotest.property.arbitrary.list
import io.kotest.property.arbitrary.merge
import io.kotest.property.arbitrary.string
import io.kotest.property.checkAll

/** FQN quoting rules: build and split undo each other for every valid name, and invalid names fail with the fix. */
class FqnSpec : FunSpec({
    // Dots, slashes, spaces, a colon, an emoji and katakana: everything a valid name may hold.
    val nameChars = Codepoint.alphanumeric().merge(Codepoint.katakana()).merge(
        Arb.element(listOf('.', '/', '\\', ' ', '-', '_', ':', '\'', 'é').map { Codepoint(it.code) } + Codepoint(0x1F600)),
    )
    val name = Arb.string(1..20, nameChars).filter { "::" !in it }
    val parts = Arb.list(name, 1..6)

    test("split(build(parts)) == parts for names with dots, slashes, unicode") {
        checkAll(2_000, parts) { names ->
            Fqn.split(Fqn.build(names)) shouldBe names
        }
    }

    test("build(split(fqn)) == fqn for every FQN that build produces") {
        checkAll(2_000, parts) { names ->
            val fqn = Fqn.build(names)
            Fqn.build(Fqn.split(fqn)) shouldBe fqn
        }
    }

    test("a name with a dot is quoted, others are not") {
        Fqn.build("svc", "db", "schema.x", "orders") shouldBe "svc.db.\"schema.x\".orders"
        Fqn.quoteName("a/b c") shouldBe "a/b c"
        Fqn.quoteName("v1.2") shouldBe "\"v1.2\""
        Fqn.split("svc.db.\"schema.x\".orders") shouldBe listOf("svc", "db", "schema.x", "orders")
    }

    test("a quoted part without a dot is accepted and unquoted") {
        Fqn.split("\"svc\".db") shouldBe listOf("svc", "db")
    }

    test("names containing a quote are rejected, wherever the quote is") {
        val withQuote = arbitrary {
            val base = name.bind()
            val at = Arb.int(0..base.length).bind()
            base.substring(0, at) + '"' + base.substring(at)
        }
        checkAll(500, withQuote) { bad ->
            val e = shouldThrow<InvalidFqnException> { Fqn.build("svc", bad) }
            e.message shouldContain "double quote"
        }
    }

    test("empty, '::' and over-long names fail with the problem and the fix") {
        shouldThrow<InvalidFqnException> { Fqn.quoteName("") }.problem shouldContain "empty"
        shouldThrow<InvalidFqnException> { Fqn.quoteName("a::b") }.fix shouldContain "::"
        shouldThrow<InvalidFqnException> { Fqn.quoteName("x".repeat(257)) }.problem shouldContain "257"
        Fqn.quoteName("x".repeat(256)) shouldBe "x".repeat(256)
        shouldThrow<InvalidFqnException> { Fqn.build(emptyList()) }
        shouldThrow<InvalidFqnException> { Fqn.build(List(13) { "n".repeat(250) }) }.problem shouldContain "characters long"
    }

    test("malformed FQNs are rejected with where the problem is") {
        shouldThrow<InvalidFqnException> { Fqn.split("") }
        shouldThrow<InvalidFqnException> { Fqn.split("a..b") }.problem shouldContain "empty"
        shouldThrow<InvalidFqnException> { Fqn.split(".a") }.problem shouldContain "empty"
        shouldThrow<InvalidFqnException> { Fqn.split("a.") }.problem shouldContain "ends with"
        shouldThrow<InvalidFqnException> { Fqn.split("a.\"b.c") }.problem shouldContain "never closed"
        shouldThrow<InvalidFqnException> { Fqn.split("a.\"b.c\"d") }.problem shouldContain "followed by"
        shouldThrow<InvalidFqnException> { Fqn.split("a.b\"c") }.problem shouldContain "quote"
        shouldThrow<InvalidFqnException> { Fqn.split("a.\"\".c") }.problem shouldContain "empty"
    }
})
