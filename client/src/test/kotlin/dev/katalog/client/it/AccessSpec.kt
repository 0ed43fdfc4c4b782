package dev.katalog.client.it

import dev.katalog.client.access.PersonaGlossaryAction
import dev.katalog.client.access.PersonaMetadataAction
import dev.katalog.client.access.PurposeMetadataAction
import dev.katalog.client.atlan.AtlanException
import dev.katalog.client.core.UsageException
import dev.katalog.model.atlan.asset.AtlasGlossary
import dev.katalog.model.atlan.asset.Connection
import dev.katalog.model.atlan.enums.AuthPolicyType
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainExactly
import io.kotest.matchers.collections.shouldContainExactlyInAnyOrder
import io.kotest.matchers.shouldBe
import io.kotest.matchers.shouldNotBe
import io.kotest.matchers.string.shouldContain
import io.kotest.matchers.string.shouldMatch
import io.kotest.matchers.string.shouldStartWith

/**
 * Personas and purposes with their policies, over HTTP against the local catalog: a persona given read and update
 * access to a connection and read back with its policy, a purpose on an Atlan tag, and the bad inputs each refuses.
 */
class AccessSpec : FunSpec({
    val client = SharedCatalog.client()
    afterSpec { client.close() }
    val run = "${System.nanoTime() % 1_000_000_000}"
    val connectionQn = SharedCatalog.uniqueConnection()

    beforeSpec {
        client.assets.save(Connection.creator("access-$run", "snowflake", connectionQn).adminUsers(listOf("admin")).build())
        client.directory.users.create("analyst-$run@acme.com", "\$member")
        client.directory.groups.create("Analysts $run", usernames = listOf("analyst-$run"))
    }

    test("a persona for a group, with a metadata policy on a connection, read back with its policy") {
        val persona = client.access.personas.create("Sales analysts $run", description = "Reads sales", groupAliases = listOf("Analysts $run"))
        // Atlan names a persona `<tenant>/<id>` whatever was sent (atlanhq/atlas-metastore, PersonaPreProcessor.processCreatePersona).
        persona.qualifiedName!! shouldMatch Regex("default/[0-9A-Za-z]{21}")
        persona.name shouldBe "Sales analysts $run"
        persona.isAccessControlEnabled shouldBe true
        persona.personaGroups shouldContainExactly listOf("analysts_$run")

        val policy = client.access.personas.addMetadataPolicy(
            "Sales analysts $run", "Read and update sales", setOf(PersonaMetadataAction.READ, PersonaMetadataAction.UPDATE), connectionQn,
        )
        // A policy is named under its persona (atlanhq/atlas-metastore, AuthPolicyPreProcessor); its attributes are
        // those pyatlan's Persona.create_metadata_policy sends (atlanhq/atlan-python, pyatlan/model/assets/core/persona.py).
        policy.qualifiedName!! shouldStartWith "${persona.qualifiedName}/"
        policy.policyActions!! shouldContainExactlyInAnyOrder listOf("persona-asset-read", "persona-asset-update")
        policy.policyResources shouldContainExactly listOf("entity:$connectionQn")
        policy.policyType shouldBe AuthPolicyType.ALLOW
        policy.policyCategory shouldBe "persona"
        policy.policySubCategory shouldBe "metadata"
        policy.policyServiceName shouldBe "atlas"
        policy.policyResourceCategory shouldBe "CUSTOM"
        policy.connectionQualifiedName shouldBe connectionQn
        policy.accessControl?.guid shouldBe persona.guid

        val read = client.access.personas.policies("Sales analysts $run")
        read.map { it.name to it.policyActions?.toSet() } shouldBe listOf("Read and update sales" to setOf("persona-asset-read", "persona-asset-update"))
        client.access.personas.find("Sales analysts $run").policies.orEmpty().map { it.guid } shouldContainExactly listOf(policy.guid)
    }

    test("data and glossary policies, an update, and a delete that takes the policies with it") {
        client.access.personas.create("Stewards $run", usernames = listOf("analyst-$run"))
        val data = client.access.personas.addDataPolicy("Stewards $run", "Query sales", connectionQn, policyType = AuthPolicyType.DENY)
        data.policyActions shouldContainExactly listOf("select")
        data.policyResources!! shouldContainExactlyInAnyOrder listOf("entity:$connectionQn", "entity-type:*")
        data.policyServiceName shouldBe "heka"
        data.policySubCategory shouldBe "data"
        data.policyType shouldBe AuthPolicyType.DENY
        val glossaryQn = client.assets.save(AtlasGlossary.creator("Access glossary $run").build()).created.single().qualifiedName!!
        val glossary = client.access.personas.addGlossaryPolicy("Stewards $run", "Curate terms", setOf(PersonaGlossaryAction.READ, PersonaGlossaryAction.UPDATE), listOf(glossaryQn))
        glossary.policyResources shouldContainExactly listOf("entity:$glossaryQn")
        glossary.policySubCategory shouldBe "glossary"
        client.access.personas.policies("Stewards $run").map { it.name } shouldContainExactly listOf("Curate terms", "Query sales")

        val updated = client.access.personas.update("Stewards $run", description = "Curates sales", enabled = false)
        updated.description shouldBe "Curates sales"
        updated.isAccessControlEnabled shouldBe false
        updated.personaUsers shouldContainExactly listOf("analyst-$run")
        client.access.personas.find("Stewards $run").qualifiedName shouldBe updated.qualifiedName

        val policyGuids = client.access.personas.policies("Stewards $run").map { it.guid!! }
        client.access.personas.delete("Stewards $run")
        shouldThrow<AtlanException.NotFound> { client.access.personas.find("Stewards $run") }
        policyGuids.forEach { client.assets.getOrNull(it) shouldBe null }
    }

    test("a purpose on an Atlan tag, given by name and stored hashed, with metadata and data policies") {
        val purpose = client.access.purposes.create("PII $run", listOf("Confidential"))
        purpose.qualifiedName!! shouldMatch Regex("default/[0-9A-Za-z]{21}")
        purpose.purposeClassifications shouldContainExactly listOf(client.tags.idFor("Confidential"))
        purpose.purposeClassifications!!.single() shouldNotBe "Confidential"
        client.access.purposes.tagsOf(purpose) shouldContainExactly listOf("Confidential")

        // As pyatlan's Purpose.create_metadata_policy (atlanhq/atlan-python, pyatlan/model/assets/purpose.py).
        val metadata = client.access.purposes.addMetadataPolicy("PII $run", "Analysts read PII", setOf(PurposeMetadataAction.READ), groupAliases = listOf("Analysts $run"))
        metadata.policyCategory shouldBe "purpose"
        metadata.policyResourceCategory shouldBe "TAG"
        metadata.policyServiceName shouldBe "atlas_tag"
        metadata.policyGroups shouldContainExactly listOf("analysts_$run")
        metadata.policyActions shouldContainExactly listOf("entity-read")
        val data = client.access.purposes.addDataPolicy("PII $run", "Everyone queries", allUsers = true)
        data.policyGroups shouldContainExactly listOf("public")
        data.policyActions shouldContainExactly listOf("select")
        client.access.purposes.policies("PII $run").map { it.name } shouldContainExactly listOf("Analysts read PII", "Everyone queries")

        client.access.purposes.update("PII $run", tags = listOf("Confidential", "Public")).purposeClassifications shouldContainExactly
            listOf(client.tags.idFor("Confidential"), client.tags.idFor("Public"))
        client.access.purposes.delete("PII $run")
        shouldThrow<AtlanException.NotFound> { client.access.purposes.find("PII $run") }
    }

    test("bad input: an action that does not exist, a connection that does not exist, a user, group or tag that does not exist") {
        client.access.personas.create("Bad inputs $run")
        val action = shouldThrow<UsageException> { PersonaMetadataAction.of("persona-asset-reed") }
        action.problem shouldContain "persona-asset-reed"
        action.fix shouldContain "persona-asset-read"
        PersonaMetadataAction.of("persona-asset-read") shouldBe PersonaMetadataAction.READ
        shouldThrow<UsageException> { PurposeMetadataAction.of("entity-reed") }.fix shouldContain "entity-read"

        val noConnection = shouldThrow<AtlanException.NotFound> {
            client.access.personas.addMetadataPolicy("Bad inputs $run", "Read", setOf(PersonaMetadataAction.READ), "default/snowflake/0")
        }
        noConnection.message shouldContain "default/snowflake/0"
        noConnection.hint shouldContain "findConnections"
        shouldThrow<UsageException> { client.access.personas.addMetadataPolicy("Bad inputs $run", "Read", emptySet(), connectionQn) }.fix shouldContain "READ"
        shouldThrow<UsageException> {
            client.access.personas.addMetadataPolicy("Bad inputs $run", "Read", setOf(PersonaMetadataAction.READ), connectionQn, resources = listOf("default/other/1/DB"))
        }.problem shouldContain "default/other/1/DB"
        client.access.personas.policies("Bad inputs $run") shouldBe emptyList()

        shouldThrow<AtlanException.NotFound> { client.access.personas.create("Nobody's $run", usernames = listOf("nobody-$run")) }.message shouldContain "nobody-$run"
        shouldThrow<AtlanException.NotFound> { client.access.personas.create("No group's $run", groupAliases = listOf("No Such Group $run")) }.message shouldContain "No Such Group $run"
        shouldThrow<AtlanException.NotFound> { client.access.personas.find("Nobody's $run") }.hint shouldContain "personas.create"
        val noTag = shouldThrow<UsageException> { client.access.purposes.create("Secrets $run", listOf("Confidentail")) }
        noTag.fix shouldContain "Confidential"
        client.access.purposes.create("Secrets $run", listOf("Confidential"))
        shouldThrow<UsageException> { client.access.purposes.addMetadataPolicy("Secrets $run", "Nobody", setOf(PurposeMetadataAction.READ)) }.fix shouldContain "allUsers"

        // A second create with a taken name is a second persona (Atlan names each anew), so the name no longer says which.
        val second = client.access.personas.create("Bad inputs $run")
        val ambiguous = shouldThrow<UsageException> { client.access.personas.find("Bad inputs $run") }
        ambiguous.problem shouldContain second.guid!!
        ambiguous.fix shouldContain "PURGE"
    }
})
