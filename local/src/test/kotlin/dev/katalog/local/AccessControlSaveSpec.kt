package dev.katalog.local

import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainExactly
import io.kotest.matchers.collections.shouldHaveSize
import io.kotest.matchers.shouldBe
import io.kotest.matchers.shouldNotBe
import io.kotest.matchers.string.shouldMatch
import io.kotest.matchers.string.shouldStartWith

/**
 * Personas, purposes and their policies save, read and search as assets, as pyatlan sends them
 * (atlanhq/atlan-python, pyatlan/model/assets/core/persona.py `creator`, `create_metadata_policy`), and get the
 * qualifiedNames Atlan gives them (atlanhq/atlas-metastore, PersonaPreProcessor.processCreatePersona:
 * `<tenant>/<id>`; AuthPolicyPreProcessor: `<persona qualifiedName>/<id>`).
 */
class AccessControlSaveSpec : FunSpec({
    val api = TestCatalog.api()
    val run = "${System.nanoTime() % 1_000_000_000}"

    test("a persona gets its own qualifiedName; its policy is named under it and listed as its policies") {
        val persona = api.save("""{"typeName":"Persona","guid":"-1","attributes":{"qualifiedName":"Readers $run","name":"Readers $run","displayName":"Readers $run","isAccessControlEnabled":true,"personaGroups":["analysts"]}}""")
        persona.status shouldBe 200
        val personaGuid = persona.assigned("-1")
        val personaQn = persona.created().single().at("attributes").str("qualifiedName")!!
        personaQn shouldMatch Regex("default/[0-9A-Za-z]{21}")

        val policy = api.save(
            """{"typeName":"AuthPolicy","guid":"-2","attributes":{"qualifiedName":"Read $run","name":"Read $run","policyType":"allow","policyCategory":"persona","policySubCategory":"metadata",
               "policyServiceName":"atlas","policyResourceCategory":"CUSTOM","policyActions":["persona-asset-read"],"policyResources":["entity:default/snowflake/1"],
               "accessControl":{"typeName":"Persona","guid":"$personaGuid"}}}""",
        )
        policy.status shouldBe 200
        policy.created().single().at("attributes").str("qualifiedName")!! shouldStartWith "$personaQn/"

        val read = api.get("/api/meta/entity/guid/$personaGuid").obj["entity"]
        read.at("relationshipAttributes", "policies").list().map { it.str("guid") } shouldContainExactly listOf(policy.assigned("-2"))
        val found = api.search("""{"dsl":{"query":{"bool":{"filter":[{"term":{"__typeName.keyword":"AuthPolicy"}},{"term":{"policyActions":"persona-asset-read"}},{"prefix":{"qualifiedName":"$personaQn/"}}]}}},"attributes":["policyType"]}""")
        found.guids() shouldContainExactly listOf(policy.assigned("-2"))
        found.obj["entities"].list().single().at("attributes").str("policyType") shouldBe "allow"
    }

    test("a persona sent again under its server-made qualifiedName updates it; sent under its name, it is another persona") {
        val first = api.save("""{"typeName":"Persona","guid":"-1","attributes":{"qualifiedName":"Twice $run","name":"Twice $run"}}""")
        val qn = first.created().single().at("attributes").str("qualifiedName")!!
        val update = api.save("""{"typeName":"Persona","guid":"-1","attributes":{"qualifiedName":"$qn","name":"Twice $run","isAccessControlEnabled":false}}""")
        update.created() shouldHaveSize 0
        update.updated().single().str("guid") shouldBe first.assigned("-1")
        val again = api.save("""{"typeName":"Persona","guid":"-1","attributes":{"qualifiedName":"Twice $run","name":"Twice $run"}}""")
        again.created() shouldHaveSize 1
        again.assigned("-1") shouldNotBe first.assigned("-1")
    }

    test("a policy type outside the AuthPolicyType enum is refused like any enum value") {
        val bad = api.save("""{"typeName":"AuthPolicy","guid":"-1","attributes":{"qualifiedName":"Bad $run","name":"Bad $run","policyType":"permit"}}""")
        bad.status shouldBe 400
    }
})
