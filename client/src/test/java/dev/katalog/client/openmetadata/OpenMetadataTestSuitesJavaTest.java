package dev.katalog.client.openmetadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.katalog.client.core.UsageException;
import dev.katalog.client.it.SharedCatalog;
import dev.katalog.client.openmetadata.entities.EntitiesApiFutures;
import dev.katalog.client.openmetadata.quality.DataQualityApiFutures;
import dev.katalog.client.openmetadata.quality.TestCaseIncidentsApiFutures;
import dev.katalog.client.openmetadata.quality.TestCaseRequest;
import dev.katalog.client.openmetadata.quality.TestCaseUpdate;
import dev.katalog.client.openmetadata.quality.TestSuiteKind;
import dev.katalog.model.openmetadata.api.data.CreateDatabase;
import dev.katalog.model.openmetadata.api.data.CreateDatabaseSchema;
import dev.katalog.model.openmetadata.api.data.CreateTable;
import dev.katalog.model.openmetadata.api.services.CreateDatabaseService;
import dev.katalog.model.openmetadata.api.teams.CreateUser;
import dev.katalog.model.openmetadata.entity.data.Table;
import dev.katalog.model.openmetadata.entity.services.DatabaseServiceType;
import dev.katalog.model.openmetadata.tests.TestCase;
import dev.katalog.model.openmetadata.tests.TestSuite;
import dev.katalog.model.openmetadata.tests.type.TestCaseFailureReasonType;
import dev.katalog.model.openmetadata.tests.type.TestCaseResolutionStatus;
import dev.katalog.model.openmetadata.tests.type.TestCaseResolutionStatusTypes;
import dev.katalog.model.openmetadata.tests.type.TestCaseResult;
import dev.katalog.model.openmetadata.tests.type.TestCaseStatus;
import dev.katalog.model.openmetadata.type.Column;
import dev.katalog.model.openmetadata.type.ColumnDataType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Test case upkeep, logical suites and incidents from Java, through futures; bad input refused before sending. */
class OpenMetadataTestSuitesJavaTest {
    @Test
    void updatesGroupsAndResolvesIncidents() throws Exception {
        String service = "java_dqs_" + System.nanoTime();
        String steward = "java_steward_" + System.nanoTime();
        try (OpenMetadataClient client = OpenMetadataClient.builder().baseUrl(SharedCatalog.INSTANCE.getCatalog().getBaseUrl())
                .jwt(SharedCatalog.INSTANCE.getCatalog().getApiToken()).engine(ValidatingEngine.INSTANCE.create()).build()) {
            EntitiesApiFutures entities = client.java().entities();
            entities.createOrUpdate(CreateDatabaseService.builder().name(service).serviceType(DatabaseServiceType.Mysql).build()).get();
            entities.createOrUpdate(CreateDatabase.builder().name("db").service(service).build()).get();
            entities.createOrUpdate(CreateDatabaseSchema.builder().name("s").database(service + ".db").build()).get();
            entities.createOrUpdate(CreateUser.builder().name(steward).email(steward + "@example.com").build()).get();
            Table orders = entities.createOrUpdate(CreateTable.builder().name("orders").databaseSchema(service + ".db.s").columns(List.of(
                    Column.builder().name("id").dataType(ColumnDataType.BIGINT).build())).build()).get();
            DataQualityApiFutures quality = client.java().dataQuality();

            TestCase rows = quality.createTestCase(orders, new TestCaseRequest("rows", "tableRowCountToBeBetween", null, Map.of("minValue", "1"))).get();
            TestCase updated = quality.updateTestCase(rows, new TestCaseUpdate("Orders arrive daily", Map.of("minValue", "5"))).get();
            assertEquals("Orders arrive daily", updated.getDescription());
            assertEquals("5", updated.getParameterValues().get(0).getValue());

            TestSuite suite = quality.createLogicalSuite(service + "_critical", "Paging checks").get();
            assertEquals(List.of(rows.getFullyQualifiedName()), quality.addToLogicalSuite(suite, List.of(rows)).get().getTests().stream()
                    .map(reference -> reference.getFullyQualifiedName()).collect(Collectors.toList()));
            assertEquals(List.of("rows"), quality.listTestCases(suite).get().stream().map(TestCase::getName).collect(Collectors.toList()));
            assertTrue(quality.listTestSuites(TestSuiteKind.LOGICAL).get().stream().anyMatch(s -> s.getName().equals(service + "_critical")));

            TestCaseIncidentsApiFutures incidents = quality.incidents();
            assertFalse(incidents.open(rows).get().isPresent());
            quality.addResult(rows, TestCaseResult.builder().timestamp(1_000L).testCaseStatus(TestCaseStatus.Failed).build()).get();
            TestCaseResolutionStatus opened = incidents.open(rows).get().orElseThrow();
            assertEquals(TestCaseResolutionStatusTypes.New, opened.getTestCaseResolutionStatusType());
            assertEquals(opened.getStateId(), incidents.assign(rows, steward).get().getStateId());
            assertEquals(TestCaseResolutionStatusTypes.Resolved,
                    incidents.resolve(rows, TestCaseFailureReasonType.Duplicates, "Rows loaded twice").get().getTestCaseResolutionStatusType());
            assertEquals(3, incidents.list(rows, Instant.EPOCH, Instant.ofEpochMilli(Long.MAX_VALUE)).get().size());

            // Refused before sending: the future fails with the UsageException naming the problem.
            int sent = OutgoingRequestValidator.INSTANCE.getValidated().size();
            TestSuite executable = quality.executableSuite(orders).get();
            ExecutionException refused = assertThrows(ExecutionException.class, () -> quality.addToLogicalSuite(executable, List.of(rows)).get());
            UsageException problem = assertInstanceOf(UsageException.class, refused.getCause());
            assertTrue(problem.getProblem().contains("is an executable test suite"), problem.getProblem());
            assertInstanceOf(UsageException.class, assertThrows(ExecutionException.class, () -> incidents.acknowledge(rows).get()).getCause());
            assertEquals(sent, OutgoingRequestValidator.INSTANCE.getValidated().size());

            assertTrue(quality.deleteTestCase(rows).get().getDeleted());
            quality.deleteLogicalSuite(suite, true).get();
        }
    }
}
