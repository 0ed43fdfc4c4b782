package dev.katalog.client.openmetadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.katalog.client.core.UsageException;
import dev.katalog.client.it.SharedCatalog;
import dev.katalog.client.openmetadata.access.RoleAssignmentsApiFutures;
import dev.katalog.client.openmetadata.domains.DomainsApiFutures;
import dev.katalog.client.openmetadata.entities.EntitiesApiFutures;
import dev.katalog.model.openmetadata.api.data.CreateDatabase;
import dev.katalog.model.openmetadata.api.data.CreateDatabaseSchema;
import dev.katalog.model.openmetadata.api.data.CreateTable;
import dev.katalog.model.openmetadata.api.domains.CreateDataProduct;
import dev.katalog.model.openmetadata.api.domains.CreateDomain;
import dev.katalog.model.openmetadata.api.policies.CreatePolicy;
import dev.katalog.model.openmetadata.api.services.CreateDatabaseService;
import dev.katalog.model.openmetadata.api.teams.CreateRole;
import dev.katalog.model.openmetadata.api.teams.CreateUser;
import dev.katalog.model.openmetadata.entity.data.Table;
import dev.katalog.model.openmetadata.entity.domains.DataProduct;
import dev.katalog.model.openmetadata.entity.domains.DomainType;
import dev.katalog.model.openmetadata.entity.policies.accessControl.Rule;
import dev.katalog.model.openmetadata.entity.services.DatabaseServiceType;
import dev.katalog.model.openmetadata.entity.teams.User;
import dev.katalog.model.openmetadata.kinds.EntityKinds;
import dev.katalog.model.openmetadata.type.Column;
import dev.katalog.model.openmetadata.type.ColumnDataType;
import dev.katalog.model.openmetadata.type.EntityReference;
import dev.katalog.model.openmetadata.type.MetadataOperation;
import dev.katalog.model.openmetadata.type.TableConstraint;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Domains, data products, an entity's domain, a table's constraints, policies, roles and a user's roles from Java, through futures and streams, against
 * the local catalog with every request validated against the 1.4 schemas (DomainRepository, DataProductResource and
 * TableRepository of openmetadata-service 1.4 are what the catalog follows; see OpenMetadataDomainsSpec).
 */
class OpenMetadataGovernanceJavaTest {
    @Test
    void domainsProductsConstraintsAndRoles() throws Exception {
        String suffix = Long.toString(System.nanoTime());
        String service = "java_gov_" + suffix;
        try (OpenMetadataClient client = OpenMetadataClient.builder().baseUrl(SharedCatalog.INSTANCE.getCatalog().getBaseUrl())
                .jwt(SharedCatalog.INSTANCE.getCatalog().getApiToken()).engine(ValidatingEngine.INSTANCE.create()).build()) {
            EntitiesApiFutures om = client.java().entities();
            DomainsApiFutures domains = client.java().domains();
            om.createOrUpdate(CreateDatabaseService.builder().name(service).serviceType(DatabaseServiceType.Mysql).build()).get();
            om.createOrUpdate(CreateDatabase.builder().name("db").service(service).build()).get();
            om.createOrUpdate(CreateDatabaseSchema.builder().name("s").database(service + ".db").build()).get();
            Table orders = om.createOrUpdate(CreateTable.builder().name("orders").databaseSchema(service + ".db.s").columns(List.of(
                    Column.builder().name("id").dataType(ColumnDataType.BIGINT).build(),
                    Column.builder().name("region").dataType(ColumnDataType.BIGINT).build())).build()).get();

            String sales = "JavaSales" + suffix;
            om.create(CreateDomain.builder().name(sales).description("Selling").domainType(DomainType.Source_aligned).build()).get();
            om.create(CreateDomain.builder().name("Emea").description("Europe").domainType(DomainType.Aggregate).parent(sales).build()).get();
            assertEquals(List.of(sales + ".Emea"), domains.subDomains(sales).get().stream().map(EntityReference::getFullyQualifiedName).collect(Collectors.toList()));
            String product = "JavaRevenue" + suffix;
            om.create(CreateDataProduct.builder().name(product).description("Revenue").domain(sales).build()).get();
            try (Stream<DataProduct> products = domains.dataProducts(sales)) {
                assertEquals(List.of(product), products.map(DataProduct::getName).collect(Collectors.toList()));
            }
            assertEquals(1L, domains.addAssets(product, List.of(om.referenceTo(orders))).get().getNumberOfRowsPassed());
            assertEquals(List.of("orders"), domains.assets(product).get().stream().map(EntityReference::getName).collect(Collectors.toList()));
            domains.removeAssets(product, List.of(om.referenceTo(orders))).get();
            assertTrue(domains.assets(product).get().isEmpty());

            EntityReference domain = om.getEntityReference(EntityKinds.DOMAIN, sales).get();
            assertEquals(domain.getId(), om.setDomain(orders, domain).get().getDomain().getId());
            assertNull(om.removeDomain(orders).get().getDomain());

            TableConstraint key = TableConstraint.builder().constraintType(TableConstraint.ConstraintType.PRIMARY_KEY).columns(List.of("id")).build();
            assertEquals(1, om.addTableConstraint(orders.getId(), key).get().getTableConstraints().size());
            ExecutionException unknown = assertThrows(ExecutionException.class, () -> om.addTableConstraint(orders.getId(),
                    TableConstraint.builder().constraintType(TableConstraint.ConstraintType.UNIQUE).columns(List.of("price")).build()).get());
            assertInstanceOf(UsageException.class, unknown.getCause());
            TableConstraint dist = TableConstraint.builder().constraintType(TableConstraint.ConstraintType.DIST_KEY).columns(List.of("region")).build();
            assertEquals(List.of(dist.getConstraintType()), om.setTableConstraints(orders.getId(), List.of(dist)).get().getTableConstraints().stream()
                    .map(TableConstraint::getConstraintType).collect(Collectors.toList()));
            assertTrue(om.removeTableConstraint(orders.getId(), TableConstraint.ConstraintType.DIST_KEY, List.of("region")).get().getTableConstraints().isEmpty());

            RoleAssignmentsApiFutures access = client.java().roles();
            Rule viewAll = Rule.builder().name("view-all").effect(Rule.Effect.allow).operations(List.of(MetadataOperation.ViewAll)).resources(List.of("All")).build();
            om.create(CreatePolicy.builder().name("JavaReaders" + suffix).rules(List.of(viewAll)).build()).get();
            om.create(CreateRole.builder().name("JavaReader" + suffix).policies(List.of("JavaReaders" + suffix)).build()).get();
            EntityReference reader = om.getEntityReference(EntityKinds.ROLE, "JavaReader" + suffix).get();
            String user = "java_role_" + suffix;
            User created = om.create(CreateUser.builder().name(user).email(user + "@example.com").build()).get();
            assertEquals(List.of("JavaReader" + suffix), access.addRoles(created, List.of(reader)).get().getRoles().stream().map(EntityReference::getName).collect(Collectors.toList()));
            assertEquals(List.of(user), access.usersWith("JavaReader" + suffix).get().stream().map(EntityReference::getName).collect(Collectors.toList()));
            assertEquals(1, access.rolesOf(user).get().size());
            assertTrue(access.removeRoles(created, List.of("JavaReader" + suffix)).get().getRoles().isEmpty());
        }
    }
}
