package dev.katalog.local

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainAll
import io.kotest.matchers.shouldBe

class DirectorySpec : FunSpec({
    val api = TestCatalog.api()

    test("users, filtered as the SDKs filter") {
        val all = api.get("/api/service/users?limit=10&offset=0")
        all.status shouldBe 200
        all.obj.str("totalRecord") shouldBe "1"
        all.obj["records"].list().single().str("username") shouldBe "admin"
        api.get("/api/service/users?filter=${Api.enc("""{"username":"admin"}""")}").obj.str("filterRecord") shouldBe "1"
        api.get("/api/service/users?filter=${Api.enc("""{"username":"nobody"}""")}").obj.str("filterRecord") shouldBe "0"
        api.get("/api/service/users?filter=${Api.enc("""{"email":{"${'$'}ilike":"%ADMIN%"}}""")}").obj.str("filterRecord") shouldBe "1"
        api.get("/api/service/users?filter=${Api.enc("""{"username":{"${'$'}in":["x","admin"]}}""")}").obj.str("filterRecord") shouldBe "1"
        api.get("/api/service/users?filter=notjson").status shouldBe 400
    }

    test("groups and roles") {
        val groups = api.get("/api/service/v2/groups?filter=${Api.enc("""{"${'$'}and":[{"alias":{"${'$'}ilike":"%admin%"}}]}""")}")
        groups.status shouldBe 200
        groups.obj["records"].list().single().str("name") shouldBe "admins"
        val roles = api.get("/api/service/roles?limit=100")
        roles.obj["records"].list().map { it.str("name") } shouldContainAll listOf("\$admin", "\$member", "\$guest")
        roles.obj["records"].list().forEach { it.str("id") shouldBe it.str("id")!!; it.str("description")!!.isNotBlank() shouldBe true }
        api.get("/api/service/roles?filter=${Api.enc("""{"name":"${'$'}guest"}""")}").obj["records"].list().single().str("name") shouldBe "\$guest"
        api.get("/api/service/roles?limit=1&offset=1").obj["records"].list().single().str("name") shouldBe "\$member"
    }
})
