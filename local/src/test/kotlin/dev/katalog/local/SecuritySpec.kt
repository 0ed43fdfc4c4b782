package dev.katalog.local

import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldNotContain
import io.kotest.matchers.ints.shouldBeGreaterThanOrEqual
import io.kotest.matchers.shouldBe
import io.kotest.matchers.shouldNotBe
import io.kotest.matchers.string.shouldContain
import io.kotest.matchers.string.shouldNotContain
import java.net.ConnectException
import java.net.Inet4Address
import java.net.InetSocketAddress
import java.net.NetworkInterface
import java.net.Socket

/** The local catalog's defaults are safe ones: a token is required, it listens on loopback only, and errors never echo markup. */
class SecuritySpec : FunSpec({
    val api = TestCatalog.api()

    test("a catalog without a configured token makes up a strong random one, different each time") {
        val tokens = List(5) { LocalCatalog.builder().build().apiToken }
        tokens.toSet().size shouldBe 5
        tokens.forEach { it.length shouldBeGreaterThanOrEqual 32 }
    }

    test("every API endpoint refuses a call without the token, and a token that differs only in its last character") {
        val near = TestCatalog.TOKEN.dropLast(1) + "X"
        for (path in listOf("/api/meta/types/typedefs", "/api/service/users", "/api/meta/entity/guid/x", "/api/meta/nothing")) {
            api.withToken(null).get(path).status shouldBe 401
            api.withToken(near).get(path).status shouldBe 401
        }
        api.withToken(null).save("""{"typeName":"Table","attributes":{"qualifiedName":"x","name":"x"}}""").status shouldBe 401
    }

    test("it listens on loopback only unless told otherwise") {
        val catalog = TestCatalog.catalog()
        catalog.baseUrl shouldContain "://127.0.0.1:"
        val elsewhere = NetworkInterface.networkInterfaces().toList().filter { it.isUp && !it.isLoopback }
            .flatMap { it.inetAddresses.toList() }.filterIsInstance<Inet4Address>()
        elsewhere shouldNotBe emptyList<Inet4Address>()
        for (address in elsewhere) {
            shouldThrow<ConnectException> { Socket().use { it.connect(InetSocketAddress(address, catalog.port), 2_000) } }
        }
    }

    test("B72 request content quoted in an error never comes back as markup") {
        val attack = "<script>alert(1)</script>&"
        val answers = listOf(
            api.get("/api/meta/" + Api.enc(attack)),
            api.get("/api/meta/entity/guid/" + Api.enc(attack)),
            api.get("/api/meta/entity/uniqueAttribute/type/" + Api.enc(attack) + "?attr:qualifiedName=x"),
            api.post("/api/meta/entity/bulk", """{"entities":[$attack"""),
            api.save("""{"typeName":"${attack.replace("\"", "")}","attributes":{"qualifiedName":"q","name":"n"}}"""),
        )
        for (answer in answers) {
            answer.status shouldBeGreaterThanOrEqual 400
            answer.headers["content-type"]!!.single() shouldContain "application/json"
            answer.text shouldNotContain "<"
            answer.text shouldNotContain ">"
            answer.text.toCharArray().toList() shouldNotContain '&'
        }
        // The message still names what was sent, escaped.
        answers.map { it.obj.str("errorMessage").orEmpty() }.any { it.contains(attack) } shouldBe true
    }
})
