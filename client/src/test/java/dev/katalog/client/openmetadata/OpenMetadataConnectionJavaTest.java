package dev.katalog.client.openmetadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.katalog.client.core.ProxySettings;
import java.net.URI;
import java.security.KeyStore;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The OpenMetadata client's proxy and trust store from Java. */
class OpenMetadataConnectionJavaTest {
    @Test
    void takesAProxyAndATrustStore() throws Exception {
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        ProxySettings proxy = new ProxySettings(URI.create("http://127.0.0.1:3128"), "proxy-user", "proxy-pass-4321", List.of("localhost"));
        try (OpenMetadataClient client = OpenMetadataClient.builder().baseUrl("https://om.example").jwt("eyJ.java-token")
                .proxy(proxy).trustStore(trusted).build()) {
            assertEquals(URI.create("http://127.0.0.1:3128"), client.getOptions().getProxy().getUrl());
            assertEquals("proxy-user", client.getOptions().getProxy().getUsername());
            assertFalse(client.getOptions().getProxy().toString().contains("proxy-pass-4321"));
        }
        try (OpenMetadataClient direct = OpenMetadataClient.builder().baseUrl("https://om.example").jwt("eyJ.java-token").proxy(null).build()) {
            assertNull(direct.getOptions().getProxy());
        }
    }
}
