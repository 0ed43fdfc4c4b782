package dev.katalog.client.openmetadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.katalog.client.core.UsageException;
import dev.katalog.client.it.SharedCatalog;
import dev.katalog.client.openmetadata.entities.EntitiesApiFutures;
import dev.katalog.client.openmetadata.quality.DataQualityApiFutures;
import dev.katalog.client.openmetadata.quality.EntityLinks;
import dev.katalog.client.openmetadata.quality.TestCaseRequest;
import dev.katalog.model.openmetadata.api.data.CreateDatabase;
import dev.katalog.model.openmetadata.api.data.CreateDatabaseSchema;
import dev.katalog.model.openmetadata.api.data.CreateTable;
import dev.katalog.model.openmetadata.api.services.CreateDatabaseService;
import dev.katalog.model.openmetadata.entity.data.Table;
import dev.katalog.model.openmetadata.entity.services.DatabaseServiceType;
import dev.katalog.model.openmetadata.tests.TestCase;
import dev.katalog.model.openmetadata.tests.type.TestCaseResult;
import dev.katalog.model.openmetadata.tests.type.TestCaseStatus;
import dev.katalog.model.openmetadata.type.Column;
import dev.katalog.model.openmetadata.type.ColumnDataType;
import dev.katalog.model.openmetadata.type.TestDefinitionEntityType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Data quality from Java: a table test and a column test in the table's executable suite, results, through futures; bad input refused before sending. */
class OpenMetadataDataQualityJavaTest {
    @Test
    void createsTestCasesAndRecordsResults() throws Exception {
        String service = "java_dq_" + System.nanoTime();
        try (OpenMetadataClient client = OpenMetadataClient.builder().baseUrl(SharedCatalog.INSTANCE.getCatalog().getBaseUrl())
                .jwt(SharedCatalog.INSTANCE.getCatalog().getApiToken()).engine(ValidatingEngine.INSTANCE.create()).build()) {
            EntitiesApiFutures entities = client.java().entities();
            entities.createOrUpdate(CreateDatabaseService.builder().name(service).serviceType(DatabaseServiceType.Mysql).build()).get();
            entities.createOrUpdate(CreateDatabase.builder().name("db").service(service).build()).get();
            entities.createOrUpdate(CreateDatabaseSchema.builder().name("s").database(service + ".db").build()).get();
            Table orders = entities.createOrUpdate(CreateTable.builder().name("orders").databaseSchema(service + ".db.s").columns(List.of(
                    Column.builder().name("id").dataType(ColumnDataType.BIGINT).build())).build()).get();
            DataQualityApiFutures quality = client.java().dataQuality();

            assertTrue(quality.testDefinitions(TestDefinitionEntityType.TABLE).get().stream().anyMatch(d -> d.getName().equals("tableRowCountToBeBetween")));
            TestCase rows = quality.createTestCase(orders, new TestCaseRequest("orders_rows", "tableRowCountToBeBetween", null, Map.of("minValue", "1"))).get();
            assertEquals(service + ".db.s.orders.orders_rows", rows.getFullyQualifiedName());
            TestCase notNull = quality.createTestCase(orders, new TestCaseRequest("id_not_null", "columnValuesToBeNotNull", "id")).get();
            assertEquals(EntityLinks.column(orders.getFullyQualifiedName(), "id"), notNull.getEntityLink());
            assertEquals(service + ".db.s.orders.testSuite", quality.executableSuite(orders).get().getFullyQualifiedName());
            List<String> names = quality.listTestCases(orders).get().stream().map(TestCase::getName).collect(Collectors.toList());
            assertEquals(List.of("id_not_null", "orders_rows"), names);

            quality.addResult(rows, TestCaseResult.builder().timestamp(1_000L).testCaseStatus(TestCaseStatus.Success).build()).get();
            quality.addResult(rows, TestCaseResult.builder().timestamp(2_000L).testCaseStatus(TestCaseStatus.Failed).result("0 rows").build()).get();
            List<TestCaseStatus> statuses = quality.results(rows, Instant.EPOCH, Instant.ofEpochMilli(5_000)).get().stream()
                    .map(TestCaseResult::getTestCaseStatus).collect(Collectors.toList());
            assertEquals(List.of(TestCaseStatus.Failed, TestCaseStatus.Success), statuses);
            assertEquals(TestCaseStatus.Failed, quality.getTestCase(rows.getFullyQualifiedName()).get().getTestCaseResult().getTestCaseStatus());

            // Refused before sending: the future fails with the UsageException naming the problem.
            int sent = OutgoingRequestValidator.INSTANCE.getValidated().size();
            ExecutionException refused = assertThrows(ExecutionException.class,
                    () -> quality.createTestCase(orders, new TestCaseRequest("price_not_null", "columnValuesToBeNotNull", "price")).get());
            UsageException problem = assertInstanceOf(UsageException.class, refused.getCause());
            assertTrue(problem.getProblem().contains("price is not a column"), problem.getProblem());
            assertInstanceOf(UsageException.class, assertThrows(ExecutionException.class,
                    () -> quality.results(rows, Instant.ofEpochMilli(2), Instant.ofEpochMilli(1)).get()).getCause());
            assertInstanceOf(UsageException.class, assertThrows(ExecutionException.class,
                    () -> quality.addResult(rows, TestCaseResult.builder().testCaseStatus(TestCaseStatus.Success).build()).get()).getCause());
            assertEquals(sent, OutgoingRequestValidator.INSTANCE.getValidated().size());
        }
    }
}
