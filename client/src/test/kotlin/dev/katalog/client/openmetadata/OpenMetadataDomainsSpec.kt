package dev.katalog.client.openmetadata

import dev.katalog.client.core.UsageException
import dev.katalog.client.it.SharedCatalog
import dev.katalog.client.openmetadata.calls.OpenMetadataException
import dev.katalog.model.openmetadata.api.data.CreateTable
import dev.katalog.model.openmetadata.api.domains.CreateDataProduct
import dev.katalog.model.openmetadata.api.domains.CreateDomain
import dev.katalog.model.openmetadata.api.teams.CreateUser
import dev.katalog.model.openmetadata.entity.data.Table
import dev.katalog.model.openmetadata.entity.domains.DataProduct
import dev.katalog.model.openmetadata.entity.domains.Domain
import dev.katalog.model.openmetadata.entity.domains.DomainType
import dev.katalog.model.openmetadata.kinds.EntityKinds
import dev.katalog.model.openmetadata.type.Column
import dev.katalog.model.openmetadata.type.ColumnDataType
import dev.katalog.model.openmetadata.type.EntityReference
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldContainAll
import io.kotest.matchers.collections.shouldContainExactly
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import kotlinx.coroutines.flow.map
import kotlinx.coroutines.flow.toList
import java.util.UUID

/**
 * Domains, sub-domains and data products (OpenMetadata 1.4's `/domains` and `/dataProducts`) against the local catalog
 * over HTTP, every request validated against the 1.4 schemas. The catalog follows openmetadata-service/src/main/java/
 * org/openmetadata/service/: `jdbi3/DomainRepository.java` (a sub-domain's FQN is its parent's then its name),
 * `jdbi3/DataProductRepository.java` and `resources/domains/DataProductResource.java` (assets added and removed in bulk,
 * each checked to exist first), and `jdbi3/EntityRepository.java` (`validateDomain`; a PUT keeps the domain a PATCH set).
 */
class OpenMetadataDomainsSpec : FunSpec({
    val suffix = UUID.randomUUID().toString().take(8)
    val om = OpenMetadataClient.builder().baseUrl(SharedCatalog.catalog.baseUrl).jwt(SharedCatalog.catalog.apiToken)
        .engine(ValidatingEngine.create()).build()
    afterSpec { om.close() }

    val sales = "Sales$suffix"
    lateinit var orders: Table
    lateinit var refunds: Table

    beforeSpec {
        val schema = om.createServiceSchema("dm_$suffix")
        orders = om.entities.createOrUpdate(CreateTable(name = "orders", databaseSchema = schema, columns = listOf(Column(name = "id", dataType = ColumnDataType.BIGINT))))
        refunds = om.entities.createOrUpdate(CreateTable(name = "refunds", databaseSchema = schema, columns = listOf(Column(name = "id", dataType = ColumnDataType.BIGINT))))
        om.entities.createOrUpdate(CreateUser(name = "expert_$suffix", email = "expert_$suffix@example.com"))
    }

    test("a domain with experts and a sub-domain under it: FQNs, parent, children, experts") {
        val domain = om.entities.create(
            CreateDomain(name = sales, description = "Selling", domainType = DomainType.Source_aligned, experts = listOf("expert_$suffix")),
        )
        domain.fullyQualifiedName shouldBe sales
        domain.domainType shouldBe DomainType.Source_aligned
        val emea = om.entities.create(CreateDomain(name = "Emea", description = "Europe", domainType = DomainType.Consumer_aligned, parent = sales))
        emea.fullyQualifiedName shouldBe "$sales.Emea"
        emea.parent!!.fullyQualifiedName shouldBe sales

        om.domains.subDomains(sales).map { it.fullyQualifiedName } shouldContainExactly listOf("$sales.Emea")
        om.entities.getByName<Domain>(sales, listOf("experts")).experts!!.map { it.name } shouldContainExactly listOf("expert_$suffix")
        om.entities.list<Domain>().map { it.fullyQualifiedName }.toList() shouldContainAll listOf(sales, "$sales.Emea")
        shouldThrow<OpenMetadataException.NotFound> {
            om.entities.create(CreateDomain(name = "Orphan", description = "x", domainType = DomainType.Aggregate, parent = "Missing$suffix"))
        }
    }

    test("data products of a domain, their assets added and removed in bulk, the assets listing their products") {
        om.entities.create(CreateDataProduct(name = "Revenue$suffix", description = "Revenue", domain = sales))
        om.entities.create(CreateDataProduct(name = "Returns$suffix", description = "Returns", domain = "$sales.Emea"))
        om.domains.dataProducts(sales).map { it.name }.toList() shouldContainExactly listOf("Revenue$suffix")
        val product = om.entities.getByName<DataProduct>("Revenue$suffix", listOf("domain"))
        product.domain!!.fullyQualifiedName shouldBe sales

        val added = om.domains.addAssets("Revenue$suffix", listOf(om.entities.referenceTo(orders), om.entities.referenceTo(refunds)))
        added.numberOfRowsPassed shouldBe 2L
        OutgoingRequestValidator.validated.last() shouldBe "PUT /api/v1/dataProducts/Revenue$suffix/assets/add → api/bulkAssets.json"
        om.domains.assets("Revenue$suffix").mapNotNull { it.name }.sorted() shouldContainExactly listOf("orders", "refunds")
        om.entities.getById<Table>(orders.id, listOf("dataProducts")).dataProducts!!.map { it.name } shouldContainExactly listOf("Revenue$suffix")

        om.domains.removeAssets("Revenue$suffix", listOf(om.entities.referenceTo(refunds)))
        om.domains.assets("Revenue$suffix").map { it.name } shouldContainExactly listOf("orders")
        om.entities.getById<Table>(refunds.id, listOf("dataProducts")).dataProducts shouldBe emptyList()
    }

    test("an unknown asset changes nothing; bad references are refused before sending") {
        val ghost = EntityReference(id = UUID.randomUUID().toString(), type = "table")
        shouldThrow<OpenMetadataException.NotFound> {
            om.domains.addAssets("Revenue$suffix", listOf(om.entities.referenceTo(refunds), ghost))
        }.message shouldContain ghost.id
        om.domains.assets("Revenue$suffix").map { it.name } shouldContainExactly listOf("orders")
        shouldThrow<OpenMetadataException.NotFound> { om.domains.addAssets("Nothing$suffix", listOf(om.entities.referenceTo(refunds))) }

        val before = OutgoingRequestValidator.validated.size
        shouldThrow<UsageException> { om.domains.addAssets("Revenue$suffix", emptyList()) }.problem shouldContain "No assets"
        val domain = om.entities.getEntityReference(EntityKinds.DOMAIN, sales)
        shouldThrow<UsageException> { om.domains.addAssets("Revenue$suffix", listOf(domain)) }.problem shouldContain "not a data asset"
        shouldThrow<UsageException> { om.domains.addAssets("Revenue$suffix", listOf(EntityReference(id = "orders", type = "table"))) }.problem shouldContain "not an entity id"
        OutgoingRequestValidator.validated.size shouldBe before
    }

    test("setDomain and removeDomain on a table read without its domain; a PUT keeps the domain") {
        val domain = om.entities.getEntityReference(EntityKinds.DOMAIN, sales)
        val emea = om.entities.getEntityReference(EntityKinds.DOMAIN, "$sales.Emea")
        om.entities.setDomain(orders, domain).domain!!.fullyQualifiedName shouldBe sales
        om.entities.setDomain(orders, emea).domain!!.fullyQualifiedName shouldBe "$sales.Emea"
        // The same domain again: no patch.
        val before = OutgoingRequestValidator.validated.size
        om.entities.setDomain(orders, emea)
        OutgoingRequestValidator.validated.size shouldBe before

        // EntityUpdater.updateDomain: a PUT without a domain leaves it; only a PATCH takes it away.
        om.entities.createOrUpdate(CreateTable(name = "orders", databaseSchema = "dm_$suffix.db.s", columns = listOf(Column(name = "id", dataType = ColumnDataType.BIGINT))))
        om.entities.getById<Table>(orders.id, listOf("domain")).domain!!.id shouldBe emea.id
        om.entities.removeDomain(orders).domain shouldBe null
        om.entities.getById<Table>(orders.id, listOf("domain")).domain shouldBe null

        val user = om.entities.getEntityReference(EntityKinds.USER, "expert_$suffix")
        shouldThrow<UsageException> { om.entities.setDomain(orders, user) }.problem shouldContain "not user"
        val subDomain = om.entities.getByName<Domain>("$sales.Emea")
        shouldThrow<UsageException> { om.entities.setDomain(subDomain, domain) }.problem shouldContain "A domain has no domain"
        shouldThrow<OpenMetadataException.NotFound> { om.entities.setDomain(orders, EntityReference(id = UUID.randomUUID().toString(), type = "domain")) }
    }
})
