package dev.katalog.client.openmetadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.katalog.client.core.UsageException;
import dev.katalog.client.it.SharedCatalog;
import dev.katalog.client.openmetadata.entities.EntitiesApiFutures;
import dev.katalog.client.openmetadata.tables.SampleData;
import dev.katalog.client.openmetadata.tables.TableDataApiFutures;
import dev.katalog.model.openmetadata.api.data.CreateDatabase;
import dev.katalog.model.openmetadata.api.data.CreateDatabaseSchema;
import dev.katalog.model.openmetadata.api.data.CreateTable;
import dev.katalog.model.openmetadata.api.data.CreateTableProfile;
import dev.katalog.model.openmetadata.api.services.CreateDatabaseService;
import dev.katalog.model.openmetadata.entity.data.ProfileSampleType;
import dev.katalog.model.openmetadata.entity.data.Table;
import dev.katalog.model.openmetadata.entity.services.DatabaseServiceType;
import dev.katalog.model.openmetadata.type.Column;
import dev.katalog.model.openmetadata.type.ColumnDataType;
import dev.katalog.model.openmetadata.type.ColumnProfile;
import dev.katalog.model.openmetadata.type.EntityUsage;
import dev.katalog.model.openmetadata.type.TableData;
import dev.katalog.model.openmetadata.type.TableProfile;
import dev.katalog.model.openmetadata.type.TableProfilerConfig;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Table data from Java: sample rows from plain values, profiler config, profiles and usage, through futures; bad input refused before sending. */
class OpenMetadataTableDataJavaTest {
    @Test
    void putsAndReadsTableData() throws Exception {
        String service = "java_td_" + System.nanoTime();
        try (OpenMetadataClient client = OpenMetadataClient.builder().baseUrl(SharedCatalog.INSTANCE.getCatalog().getBaseUrl())
                .jwt(SharedCatalog.INSTANCE.getCatalog().getApiToken()).engine(ValidatingEngine.INSTANCE.create()).build()) {
            EntitiesApiFutures entities = client.java().entities();
            entities.createOrUpdate(CreateDatabaseService.builder().name(service).serviceType(DatabaseServiceType.Mysql).build()).get();
            entities.createOrUpdate(CreateDatabase.builder().name("db").service(service).build()).get();
            entities.createOrUpdate(CreateDatabaseSchema.builder().name("s").database(service + ".db").build()).get();
            Table orders = entities.createOrUpdate(CreateTable.builder().name("orders").databaseSchema(service + ".db.s").columns(List.of(
                    Column.builder().name("id").dataType(ColumnDataType.BIGINT).build(),
                    Column.builder().name("name").dataType(ColumnDataType.VARCHAR).dataLength(20L).build())).build()).get();
            TableDataApiFutures tables = client.java().tables();

            TableData rows = SampleData.of(List.of("id", "name"), List.of(Arrays.asList(1, "Ada"), Arrays.asList(2, null)));
            tables.putSampleData(orders, rows).get();
            assertEquals(List.of("id", "name"), tables.getSampleData(orders).get().orElseThrow().getColumns());

            tables.putProfilerConfig(orders, TableProfilerConfig.builder().profileSampleType(ProfileSampleType.ROWS).profileSample(500.0).build()).get();
            assertEquals(Double.valueOf(500.0), tables.getProfilerConfig(orders).get().orElseThrow().getProfileSample());
            tables.deleteProfilerConfig(orders).get();
            assertFalse(tables.getProfilerConfig(orders).get().isPresent());

            for (long at : new long[] {1_000L, 2_000L}) {
                tables.addProfile(orders, CreateTableProfile.builder()
                        .tableProfile(TableProfile.builder().timestamp(at).rowCount((double) at / 100).build())
                        .columnProfile(List.of(ColumnProfile.builder().name("id").timestamp(at).nullCount(0.0).build())).build()).get();
            }
            List<Long> stamps = tables.tableProfiles(orders, Instant.EPOCH, Instant.ofEpochMilli(5_000)).get().stream()
                    .map(TableProfile::getTimestamp).collect(Collectors.toList());
            assertEquals(List.of(2_000L, 1_000L), stamps);
            assertEquals(2, tables.columnProfiles(orders, "id", Instant.EPOCH, Instant.ofEpochMilli(5_000)).get().size());
            assertEquals(Double.valueOf(20.0), tables.latestProfile(orders).get().getProfile().getRowCount());

            LocalDate day = LocalDate.of(2024, 7, 1);
            tables.publishUsage(orders, day, 3L).get();
            tables.addUsage(orders, day, 4L).get();
            EntityUsage usage = tables.usage(orders, 1, day).get();
            assertEquals(Long.valueOf(7L), usage.getUsage().get(0).getDailyStats().getCount());

            // Refused before sending: the future fails with the UsageException naming the problem.
            int sent = OutgoingRequestValidator.INSTANCE.getValidated().size();
            TableData unknown = TableData.builder().columns(List.of("price")).rows(List.of()).build();
            ExecutionException refused = assertThrows(ExecutionException.class, () -> tables.putSampleData(orders, unknown).get());
            UsageException problem = assertInstanceOf(UsageException.class, refused.getCause());
            assertTrue(problem.getProblem().contains("price"), problem.getProblem());
            assertInstanceOf(UsageException.class, assertThrows(ExecutionException.class, () -> tables.usage(orders, 0).get()).getCause());
            CreateTableProfile wrongColumn = CreateTableProfile.builder().tableProfile(TableProfile.builder().timestamp(3_000L).build())
                    .columnProfile(List.of(ColumnProfile.builder().name("price").timestamp(3_000L).build())).build();
            assertInstanceOf(UsageException.class, assertThrows(ExecutionException.class, () -> tables.addProfile(orders, wrongColumn).get()).getCause());
            assertEquals(sent, OutgoingRequestValidator.INSTANCE.getValidated().size());
        }
    }
}
