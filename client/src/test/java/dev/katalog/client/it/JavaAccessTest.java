package dev.katalog.client.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.katalog.client.AtlanClient;
import dev.katalog.client.AtlanClientFutures;
import dev.katalog.client.access.PersonaMetadataAction;
import dev.katalog.client.access.PersonasApiFutures;
import dev.katalog.client.access.PurposeMetadataAction;
import dev.katalog.client.access.PurposesApiFutures;
import dev.katalog.client.atlan.AtlanException;
import dev.katalog.client.core.UsageException;
import dev.katalog.model.atlan.asset.AuthPolicy;
import dev.katalog.model.atlan.asset.Connection;
import dev.katalog.model.atlan.asset.Persona;
import dev.katalog.model.atlan.asset.Purpose;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Personas and purposes from Java: a persona with a policy on a connection read back, a purpose on a tag, the bad inputs. */
class JavaAccessTest {
    @Test
    void personaWithConnectionPolicyAndPurposeOnTag() throws Exception {
        String run = "j" + System.nanoTime() % 1_000_000_000;
        String connectionQn = "default/postgres/" + System.nanoTime() / 1000;
        try (AtlanClient client = SharedCatalog.client()) {
            AtlanClientFutures atlan = client.java();
            atlan.assets().save(Connection.creator("java-access-" + run, "postgres", connectionQn).adminUsers(List.of("admin")).build()).get();
            PersonasApiFutures personas = atlan.access().personas();

            Persona persona = personas.create("Java readers " + run).get();
            assertTrue(persona.getQualifiedName().startsWith("default/"), persona.getQualifiedName());
            AuthPolicy policy = personas.addMetadataPolicy("Java readers " + run, "Read postgres", Set.of(PersonaMetadataAction.of("persona-asset-read")), connectionQn).get();
            assertEquals(List.of("persona-asset-read"), policy.getPolicyActions());
            assertEquals(List.of("entity:" + connectionQn), policy.getPolicyResources());
            List<String> names = personas.policies("Java readers " + run).get().stream().map(AuthPolicy::getName).collect(Collectors.toList());
            assertEquals(List.of("Read postgres"), names);
            assertEquals(persona.getGuid(), personas.find("Java readers " + run).get().getGuid());

            PurposesApiFutures purposes = atlan.access().purposes();
            Purpose purpose = purposes.create("Java PII " + run, List.of("Confidential")).get();
            assertEquals(List.of("Confidential"), purposes.tagsOf(purpose).get());
            AuthPolicy tagPolicy = purposes.addDataPolicy("Java PII " + run, "Everyone queries", List.of(), List.of(), true,
                    dev.katalog.model.atlan.enums.AuthPolicyType.ALLOW).get();
            assertEquals(List.of("public"), tagPolicy.getPolicyGroups());

            UsageException action = assertThrows(UsageException.class, () -> PurposeMetadataAction.of("entity-reed"));
            assertTrue(action.getFix().contains("entity-read"), action.getFix());
            ExecutionException missing = assertThrows(ExecutionException.class,
                    () -> personas.addMetadataPolicy("Java readers " + run, "Read", Set.of(PersonaMetadataAction.READ), "default/postgres/0").get());
            AtlanException.NotFound noConnection = assertInstanceOf(AtlanException.NotFound.class, missing.getCause());
            assertTrue(noConnection.getMessage().contains("default/postgres/0"), noConnection.getMessage());
            ExecutionException noUser = assertThrows(ExecutionException.class,
                    () -> personas.create("Java nobody " + run, null, List.of("nobody-" + run), List.of()).get());
            assertInstanceOf(AtlanException.NotFound.class, noUser.getCause());

            personas.delete("Java readers " + run).get();
            ExecutionException gone = assertThrows(ExecutionException.class, () -> personas.find("Java readers " + run).get());
            assertInstanceOf(AtlanException.NotFound.class, gone.getCause());
        }
    }
}
