package dev.katalog.client.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.katalog.client.AtlanClient;
import dev.katalog.client.AtlanClientFutures;
import dev.katalog.client.atlan.AtlanException;
import dev.katalog.client.audit.AuditQuery;
import dev.katalog.client.core.UsageException;
import dev.katalog.client.tokens.ApiToken;
import dev.katalog.model.atlan.api.AuditAction;
import dev.katalog.model.atlan.api.DirectoryRecord;
import dev.katalog.model.atlan.api.EntityAudit;
import dev.katalog.model.atlan.asset.Connection;
import dev.katalog.model.atlan.asset.Database;
import dev.katalog.model.atlan.asset.Schema;
import dev.katalog.model.atlan.asset.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The directory, API tokens and the audit trail from Java: a group with a user, a connection administered by a role given by
 * name, a token that changes a table, the change in the audit.
 */
class JavaDirectoryAuditTest {
    @Test
    void groupUserTokenAndAudit() throws Exception {
        String run = "j" + System.nanoTime() % 1_000_000_000;
        String connectionQn = "default/postgres/" + System.nanoTime() / 1000;
        String tableQn = connectionQn + "/DB/S/ORDERS";
        try (AtlanClient client = SharedCatalog.client()) {
            AtlanClientFutures atlan = client.java();
            DirectoryRecord user = atlan.directory().users().create(run + "@acme.com", "$member").get();
            assertEquals(run, user.getUsername());
            String groupId = atlan.directory().groups().create("Java Stewards " + run, null, List.of(run)).get();
            assertEquals(groupId, atlan.directory().groups().get("Java Stewards " + run).get().getId());
            List<String> members = atlan.directory().groups().members("Java Stewards " + run).get().getRecords().stream()
                    .map(DirectoryRecord::getUsername).collect(Collectors.toList());
            assertEquals(List.of(run), members);

            // A connection administered by a role given by name: saved with the role's GUID.
            atlan.assets().save(Connection.creator("java-audit-" + run, "postgres", connectionQn).adminRoles(List.of("$admin")).build()).get();
            assertEquals(List.of(atlan.directory().roles().idOf("$admin").get()), atlan.assets().get(Connection.TYPE, connectionQn).get().getAdminRoles());
            atlan.assets().save(Database.creator("DB", connectionQn).build()).get();
            atlan.assets().save(Schema.creator("S", connectionQn + "/DB").build()).get();
            atlan.assets().save(Table.creator("ORDERS", connectionQn + "/DB/S").build()).get();

            ApiToken token = atlan.tokens().create("java-ci-" + run, 600L).get();
            assertNotNull(token.getAccessToken());
            assertFalse(token.toString().contains(token.getAccessToken()));
            Instant before = Instant.now();
            try (AtlanClient ci = AtlanClient.builder().baseUrl(SharedCatalog.INSTANCE.getCatalog().getBaseUrl()).apiToken(token.getAccessToken())
                    .proxy(null).readTimeout(Duration.ofSeconds(60)).build()) {
                ci.java().assets().save(Table.updater(tableQn, "ORDERS").description("Changed from Java").build()).get();
            }
            Instant after = Instant.now();

            List<EntityAudit> byUser = atlan.audit().search(AuditQuery.byUser(token.getUsername()).between(before, after)).get().getEntityAudits();
            assertEquals(1, byUser.size());
            EntityAudit change = byUser.get(0);
            assertEquals(AuditAction.ENTITY_UPDATE, change.getActionType());
            assertEquals(tableQn, change.getEntityQualifiedName());
            assertEquals("\"Changed from Java\"", String.valueOf(change.getChangedAttributes().get("description")));
            try (Stream<EntityAudit> trail = atlan.audit().stream(AuditQuery.byQualifiedName("Table", tableQn).pageSize(1))) {
                List<AuditAction> actions = trail.map(EntityAudit::getActionType).collect(Collectors.toList());
                assertEquals(List.of(AuditAction.ENTITY_UPDATE, AuditAction.ENTITY_CREATE), actions);
            }

            ExecutionException missing = assertThrows(ExecutionException.class, () -> atlan.directory().users().get("nobody-" + run).get());
            AtlanException.NotFound notFound = assertInstanceOf(AtlanException.NotFound.class, missing.getCause());
            assertTrue(notFound.getMessage().contains("nobody-" + run), notFound.getMessage());
            ExecutionException duplicate = assertThrows(ExecutionException.class, () -> atlan.directory().groups().create("Java Stewards " + run).get());
            assertInstanceOf(AtlanException.Conflict.class, duplicate.getCause());
            ExecutionException refused = assertThrows(ExecutionException.class, () -> atlan.tokens().create("java-bad-" + run, -5L).get());
            UsageException validity = assertInstanceOf(UsageException.class, refused.getCause());
            assertTrue(validity.getProblem().contains("-5"), validity.getProblem());
            assertThrows(UsageException.class, () -> AuditQuery.inRange(after, before));
        }
    }
}
