package dev.katalog.client.it

import dev.katalog.client.AtlanClient
import dev.katalog.client.atlan.AtlanException
import dev.katalog.client.atlan.DeleteType
import dev.katalog.client.audit.AuditQuery
import dev.katalog.client.core.UsageException
import dev.katalog.model.atlan.api.AuditAction
import dev.katalog.model.atlan.asset.Connection
import dev.katalog.model.atlan.asset.Database
import dev.katalog.model.atlan.asset.Schema
import dev.katalog.model.atlan.asset.Table
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContain
import io.kotest.matchers.collections.shouldContainExactly
import io.kotest.matchers.collections.shouldNotContain
import io.kotest.matchers.nulls.shouldBeNull
import io.kotest.matchers.nulls.shouldNotBeNull
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.kotest.matchers.string.shouldNotContain
import io.kotest.matchers.string.shouldStartWith
import kotlinx.coroutines.flow.toList
import kotlinx.serialization.json.JsonPrimitive
import java.time.Duration
import java.time.Instant

/**
 * The directory, API tokens and the audit trail, over HTTP against the local catalog: a group and a user in it,
 * a token minted and used to change a table, and that change found in the audit by the token's user and by time.
 */
class DirectoryAuditSpec : FunSpec({
    val client = SharedCatalog.client()
    afterSpec { client.close() }
    val run = "${System.nanoTime() % 1_000_000_000}"
    val connectionQn = SharedCatalog.uniqueConnection()
    val tableQn = "$connectionQn/DB/S/ORDERS"

    fun tokenClient(token: String): AtlanClient =
        AtlanClient.builder().baseUrl(SharedCatalog.catalog.baseUrl).apiToken(token).proxy(null).readTimeout(Duration.ofSeconds(60)).build()

    test("a group with a user in it: create, members, groups of the user, remove and add again") {
        val user = client.directory.users.create("steward-$run@acme.com", "\$member")
        user.username shouldBe "steward-$run"
        client.directory.users.get("steward-$run").email shouldBe "steward-$run@acme.com"
        client.directory.users.byEmail("steward-$run@acme.com").map { it.username } shouldContainExactly listOf("steward-$run")
        val groupId = client.directory.groups.create("Stewards $run", description = "Curates the sales domain", usernames = listOf("steward-$run"))
        val group = client.directory.groups.get("stewards $run")
        group.id shouldBe groupId
        group.name shouldBe "stewards_$run"
        client.directory.groups.members("Stewards $run").records.orEmpty().map { it.username } shouldContainExactly listOf("steward-$run")
        client.directory.users.groupsOf("steward-$run").records.orEmpty().map { it.alias } shouldContainExactly listOf("Stewards $run")
        client.directory.groups.removeUsers("Stewards $run", listOf("steward-$run"))
        client.directory.groups.members("Stewards $run").records.orEmpty() shouldBe emptyList()
        client.directory.groups.addUsers("Stewards $run", listOf("steward-$run"))
        client.directory.groups.members("Stewards $run").filterRecord shouldBe 1L
        client.directory.users.changeRole("steward-$run", "\$admin")
        client.directory.users.get("steward-$run").extras["workspaceRole"] shouldBe JsonPrimitive("\$admin")
        client.directory.groups.update("Stewards $run", newAlias = "Sales Stewards $run")
        client.directory.groups.get("Sales Stewards $run").id shouldBe groupId
        client.directory.users.list(limit = 1, sort = "username", filter = """{"username":"steward-$run"}""").records.orEmpty().single().username shouldBe "steward-$run"
    }

    test("a token minted, used to change a table, and the change found in the audit by the token's user and by time range") {
        client.assets.save(Connection.creator("audit-$run", "snowflake", connectionQn).adminUsers(listOf("admin")).build())
        client.assets.save(Database.creator("DB", connectionQn).build())
        client.assets.save(Schema.creator("S", "$connectionQn/DB").build())
        client.assets.save(Table.creator("ORDERS", "$connectionQn/DB/S").description("One row per order").build())
        val guid = client.assets.get(Table, tableQn).guid!!

        val token = client.tokens.create("ci-$run", validitySeconds = 3600, description = "CI pipeline")
        val secret = token.accessToken.shouldNotBeNull()
        token.toString() shouldNotContain secret
        token.toString() shouldContain "accessToken=****"
        token.validitySeconds shouldBe 3600L
        val username = token.username.shouldNotBeNull()
        username shouldStartWith "service-account-"
        val listed = client.tokens.list(limit = 100).single { it.guid == token.guid }
        listed.displayName shouldBe "ci-$run"
        listed.accessToken.shouldBeNull()

        val before = Instant.now()
        tokenClient(secret).use { ci -> ci.assets.save(Table.updater(tableQn, "ORDERS").description("Orders, one row each").build()) }
        val after = Instant.now()
        client.assets.get(Table, tableQn).description shouldBe "Orders, one row each"

        val byUser = client.audit.search(AuditQuery.byUser(username)).entityAudits.orEmpty()
        val change = byUser.single { it.entityId == guid }
        change.actionType shouldBe AuditAction.ENTITY_UPDATE
        change.user shouldBe username
        change.typeName shouldBe "Table"
        change.entityQualifiedName shouldBe tableQn
        change.changedAttributes["description"] shouldBe JsonPrimitive("Orders, one row each")
        change.created.shouldNotBeNull() shouldBe change.timestamp

        val inRange = client.audit.search(AuditQuery.inRange(before, after).guid(guid)).entityAudits.orEmpty()
        inRange.map { it.eventKey } shouldContainExactly listOf(change.eventKey)
        client.audit.search(AuditQuery.byGuid(guid).until(before)).entityAudits.orEmpty().map { it.actionType } shouldContainExactly listOf(AuditAction.ENTITY_CREATE)

        client.tokens.update(token.guid!!, "ci-$run-renamed", "CI pipeline, renamed").displayName shouldBe "ci-$run-renamed"
        client.tokens.delete(token.guid!!)
        tokenClient(secret).use { ci -> shouldThrow<AtlanException.Authentication> { ci.assets.get(Table, tableQn) } }
    }

    test("tag changes, deletes and restores are audited, newest first, and the trail pages as a flow") {
        client.tags.add(Table, tableQn, listOf("Confidential"))
        client.tags.remove(Table, tableQn, "Confidential")
        val guid = client.assets.get(Table, tableQn).guid!!
        client.assets.delete(listOf(guid), DeleteType.SOFT)
        client.assets.restore(Table, tableQn) shouldBe true
        val newest = client.audit.search(AuditQuery.byQualifiedName("Table", tableQn).pageSize(4)).entityAudits.orEmpty()
        newest.map { it.actionType } shouldContainExactly listOf(AuditAction.ENTITY_UPDATE, AuditAction.ENTITY_DELETE, AuditAction.TAG_DELETE, AuditAction.TAG_ADD)
        newest.first().detail?.get("status") shouldBe JsonPrimitive("ACTIVE")
        newest.last().tagTypeName.shouldNotBeNull()
        newest.first().entityDetail?.get("guid") shouldBe JsonPrimitive(guid)

        val page = client.audit.search(AuditQuery.byGuid(guid))
        val all = client.audit.stream(AuditQuery.byGuid(guid).pageSize(2)).toList()
        all.size.toLong() shouldBe page.totalCount
        all.map { it.eventKey to it.action } shouldBe page.entityAudits.orEmpty().map { it.eventKey to it.action }
        all.map { it.created!! } shouldBe all.map { it.created!! }.sortedDescending()
    }

    test("bad input: a missing user or group, a duplicate group alias, a token validity out of range, a time range that ends before it starts") {
        val noUser = shouldThrow<AtlanException.NotFound> { client.directory.users.get("nobody-$run") }
        noUser.message shouldContain "nobody-$run"
        noUser.hint shouldContain "users.list()"
        val noGroup = shouldThrow<AtlanException.NotFound> { client.directory.groups.members("No Such Group $run") }
        noGroup.message shouldContain "No Such Group $run"
        shouldThrow<AtlanException.NotFound> { client.directory.groups.addUsers("Sales Stewards $run", listOf("nobody-$run")) }.message shouldContain "nobody-$run"
        client.directory.groups.create("Owners $run")
        val duplicate = shouldThrow<AtlanException.Conflict> { client.directory.groups.create("Owners $run") }
        duplicate.message shouldContain "Owners $run"
        duplicate.hint shouldContain "groups.update"
        val validity = shouldThrow<UsageException> { client.tokens.create("ci-bad-$run", validitySeconds = 0) }
        validity.problem shouldContain "validitySeconds must be between 1 and 409968000"
        shouldThrow<UsageException> { client.tokens.create("ci-bad-$run", validitySeconds = 409_968_001) }.fix shouldContain "3600"
        client.tokens.list(limit = 100).map { it.displayName } shouldNotContain "ci-bad-$run"
        val now = Instant.now()
        val range = shouldThrow<UsageException> { AuditQuery.byUser("admin").between(now, now.minusSeconds(60)) }
        range.problem shouldContain "ends"
        range.fix shouldContain "from <= to"
        shouldThrow<AtlanException.NotFound> { client.directory.roles.get("\$owner") }.hint shouldContain "\$admin"
    }
})
