package dev.katalog.local.openmetadata

import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldBeEmpty
import io.kotest.matchers.collections.shouldNotBeEmpty
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain

class OpenMetadataSchemasSpec : FunSpec({
    val table = """{"name":"orders","databaseSchema":"svc.db.\"schema.x\"","columns":[{"name":"id","dataType":"INT"}]}"""

    test("a valid createTable validates") {
        OpenMetadataSchemas.validate("api/data/createTable.json", table).shouldBeEmpty()
    }

    test("an unknown field is invalid, and the message names it") {
        val problems = OpenMetadataSchemas.validate("api/data/createTable.json", table.replace("{\"name\"", "{\"colour\":\"red\",\"name\""))
        problems.shouldNotBeEmpty()
        problems.joinToString() shouldContain "colour"
    }

    test("a missing name is invalid") {
        val problems = OpenMetadataSchemas.validate("api/data/createTable.json", """{"databaseSchema":"svc.db.s"}""")
        problems.joinToString() shouldContain "name"
    }

    test("a bad enum value in a nested column is invalid") {
        OpenMetadataSchemas.validate("api/data/createTable.json", table.replace("INT", "NOT_A_TYPE")).shouldNotBeEmpty()
    }

    test("schemas whose \$id differs from their location resolve (createUser reaches them)") {
        OpenMetadataSchemas.validate("api/teams/createUser.json", """{"name":"ada","email":"ada@example.com"}""").shouldBeEmpty()
        OpenMetadataSchemas.validate("api/teams/createUser.json", """{"name":"ada"}""").shouldNotBeEmpty()
    }

    test("every create schema of the registry and entity schemas load") {
        for (path in listOf(
            "api/services/createDatabaseService.json", "api/data/createDatabase.json", "api/data/createDatabaseSchema.json",
            "api/data/createGlossary.json", "api/data/createGlossaryTerm.json", "api/classification/createClassification.json",
            "api/classification/createTag.json", "api/teams/createTeam.json", "entity/data/table.json", "entity/teams/user.json",
        )) {
            OpenMetadataSchemas.validate(path, "{}").shouldNotBeEmpty()
        }
    }

    // Dashboard and pipeline services reach security/ssl/verifySSLConfig.json through an `$id` under entity/services/.
    test("every kind's create and entity schemas load, dashboard and pipeline services' connections included") {
        for (kind in EntityKinds.all) {
            OpenMetadataSchemas.validate(kind.createSchema, "{}").shouldNotBeEmpty()
            OpenMetadataSchemas.validate(kind.entitySchema, "{}").shouldNotBeEmpty()
        }
        OpenMetadataSchemas.validate("api/services/createDashboardService.json", """{"name":"looker","serviceType":"Looker"}""").shouldBeEmpty()
    }

    // 1.4's connections/common/sslConfig.json (and sslCertPaths/sslCertValues) declare the `$id` of
    // connections/search/elasticSearch/apiAuth.json: its relative refs must still reach common/, and the real apiAuth.json stay itself.
    test("an elasticsearch connection validates with API key auth and certificate paths, and a wrong certificate is caught") {
        fun service(certificates: String) = """{"name":"es","serviceType":"ElasticSearch","connection":{"config":{"type":"ElasticSearch",
            "hostPort":"http://localhost:9200","authType":{"apiKeyId":"id","apiKey":"secret"},"sslConfig":{"certificates":$certificates}}}}"""
        OpenMetadataSchemas.validate("api/services/createSearchService.json", service("""{"caCertPath":"/ca.pem"}""")).shouldBeEmpty()
        OpenMetadataSchemas.validate("api/services/createSearchService.json", service("""{"caCertValue":"PEM"}""")).shouldBeEmpty()
        OpenMetadataSchemas.validate("api/services/createSearchService.json", service("""{"nope":"x"}""")).shouldNotBeEmpty()
    }

    test("malformed JSON is one problem, an unknown schema path an IllegalArgumentException") {
        OpenMetadataSchemas.validate("api/data/createTable.json", "{nope").size shouldBe 1
        shouldThrow<IllegalArgumentException> { OpenMetadataSchemas.validate("api/data/nothing.json", "{}") }
        shouldThrow<IllegalArgumentException> { OpenMetadataSchemas.validate("../../etc/passwd.json", "{}") }
    }
})
