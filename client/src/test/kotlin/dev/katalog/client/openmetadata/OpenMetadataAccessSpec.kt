package dev.katalog.client.openmetadata

import dev.katalog.client.core.UsageException
import dev.katalog.client.it.SharedCatalog
import dev.katalog.client.openmetadata.calls.OpenMetadataException
import dev.katalog.model.openmetadata.api.CreateBot
import dev.katalog.model.openmetadata.api.policies.CreatePolicy
import dev.katalog.model.openmetadata.api.teams.CreateRole
import dev.katalog.model.openmetadata.api.teams.CreateUser
import dev.katalog.model.openmetadata.entity.Bot
import dev.katalog.model.openmetadata.entity.policies.Policy
import dev.katalog.model.openmetadata.entity.policies.accessControl.Rule
import dev.katalog.model.openmetadata.entity.teams.Role
import dev.katalog.model.openmetadata.kinds.EntityKinds
import dev.katalog.model.openmetadata.type.MetadataOperation
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContain
import io.kotest.matchers.collections.shouldContainExactly
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import kotlinx.coroutines.flow.map
import kotlinx.coroutines.flow.toList
import java.util.UUID

/**
 * Policies, roles, bots and a user's roles against the local catalog over HTTP, every request validated against
 * OpenMetadata 1.4's schemas. The catalog follows openmetadata-service/src/main/java/org/openmetadata/service/jdbi3/
 * `RoleRepository.java` (a role names its policies by FQN; its users are those holding it), `UserRepository.java`
 * (a user's roles are given by id and patched as references) and `BotRepository.java` (a bot names its user).
 */
class OpenMetadataAccessSpec : FunSpec({
    val suffix = UUID.randomUUID().toString().take(8)
    val om = OpenMetadataClient.builder().baseUrl(SharedCatalog.catalog.baseUrl).jwt(SharedCatalog.catalog.apiToken)
        .engine(ValidatingEngine.create()).build()
    afterSpec { om.close() }

    val viewAll = Rule(name = "view-all", effect = Rule.Effect.allow, operations = listOf(MetadataOperation.ViewAll), resources = listOf("All"))

    test("a policy with rules, a role naming it, read back with the role's policies and listed") {
        val policy = om.entities.create(CreatePolicy(name = "Readers$suffix", rules = listOf(viewAll)))
        policy.rules.single().operations shouldContainExactly listOf(MetadataOperation.ViewAll)
        val role = om.entities.create(CreateRole(name = "Reader$suffix", policies = listOf("Readers$suffix")))
        om.entities.getById<Role>(role.id, listOf("policies")).policies!!.map { it.name } shouldContainExactly listOf("Readers$suffix")
        om.entities.getByName<Policy>("Readers$suffix", listOf("roles")).roles!!.map { it.name } shouldContainExactly listOf("Reader$suffix")
        om.entities.list<Role>().map { it.name }.toList() shouldContain "Reader$suffix"
        shouldThrow<OpenMetadataException.NotFound> { om.entities.create(CreateRole(name = "Ghost$suffix", policies = listOf("Missing$suffix"))) }
    }

    test("a user's roles: given at creation, added and removed after reading them, and the role's users") {
        val reader = om.entities.getEntityReference(EntityKinds.ROLE, "Reader$suffix")
        om.entities.create(CreatePolicy(name = "Writers$suffix", rules = listOf(viewAll.copy(name = "edit", operations = listOf(MetadataOperation.EditAll)))))
        om.entities.create(CreateRole(name = "Writer$suffix", policies = listOf("Writers$suffix")))
        val writer = om.entities.getEntityReference(EntityKinds.ROLE, "Writer$suffix")

        val ada = om.entities.create(CreateUser(name = "ada_$suffix", email = "ada_$suffix@example.com", roles = listOf(reader.id)))
        om.roles.rolesOf("ada_$suffix").map { it.name } shouldContainExactly listOf("Reader$suffix")
        // Ada as read holds no roles: the helper reads them, so Reader stays.
        om.roles.addRoles(ada, listOf(writer, reader)).roles!!.map { it.name } shouldContainExactly listOf("Reader$suffix", "Writer$suffix")
        om.roles.usersWith("Writer$suffix").map { it.name } shouldContainExactly listOf("ada_$suffix")
        om.roles.removeRoles(ada, listOf("Reader$suffix", "Other$suffix")).roles!!.map { it.name } shouldContainExactly listOf("Writer$suffix")

        val before = OutgoingRequestValidator.validated.size
        om.roles.addRoles(ada, listOf(writer))
        val team = shouldThrow<UsageException> { om.roles.addRoles(ada, listOf(om.entities.getEntityReference(EntityKinds.USER, "ada_$suffix"))) }
        team.problem shouldContain "A user is not a role"
        OutgoingRequestValidator.validated.size shouldBe before
        shouldThrow<OpenMetadataException.NotFound> { om.roles.addRoles(ada, listOf(writer.copy(id = UUID.randomUUID().toString()))) }
    }

    test("a bot names its bot user") {
        om.entities.create(CreateUser(name = "robot_$suffix", email = "robot_$suffix@example.com", isBot = true))
        val bot = om.entities.create(CreateBot(name = "Ingest$suffix", botUser = "robot_$suffix"))
        om.entities.getByName<Bot>("Ingest$suffix").botUser.name shouldBe "robot_$suffix"
        shouldThrow<OpenMetadataException.NotFound> { om.entities.create(CreateBot(name = "Lost$suffix", botUser = "nobody_$suffix")) }
        bot.fullyQualifiedName shouldBe "Ingest$suffix"
    }
})
