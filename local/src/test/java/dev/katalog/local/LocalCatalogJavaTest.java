package dev.katalog.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class LocalCatalogJavaTest {
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> call(String method, String path, String body) throws Exception {
        LocalCatalog catalog = TestCatalog.catalog();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(catalog.getBaseUrl() + path))
            .header("Authorization", "Bearer " + catalog.getApiToken())
            .header("Content-Type", "application/json")
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void builderIsUsableFromJava() {
        LocalCatalog.Builder builder = LocalCatalog.builder().host("127.0.0.1").port(0).indexPrefix("java_").maxBodyBytes(1024);
        assertTrue(builder.build().getApiToken().length() >= 20);
    }

    @Test
    void saveThenSearchFromJava() throws Exception {
        String qualifiedName = "default/bigquery/1600000005/P/D/java_table";
        HttpResponse<String> saved = call("POST", "/api/meta/entity/bulk",
            "{\"entities\":[{\"typeName\":\"Table\",\"guid\":\"-1\",\"attributes\":{\"qualifiedName\":\"" + qualifiedName + "\",\"name\":\"java_table\"}}]}");
        assertEquals(200, saved.statusCode(), saved.body());
        HttpResponse<String> found = call("POST", "/api/meta/search/indexsearch",
            "{\"dsl\":{\"query\":{\"term\":{\"qualifiedName\":\"" + qualifiedName + "\"}}},\"attributes\":[\"name\"]}");
        assertEquals(200, found.statusCode());
        assertTrue(found.body().contains("\"approximateCount\":1"), found.body());
        assertTrue(found.body().contains("java_table"));
    }

    @Test
    void recordedRequestsFromJava() throws Exception {
        try (LocalCatalog catalog = LocalCatalog.builder().openSearchUrl(TestCatalog.catalog().getOpenSearchUrl())
                .indexPrefix("javarec_").record().build().start()) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(catalog.getBaseUrl() + "/api/service/roles?limit=3"))
                .header("Authorization", "Bearer " + catalog.getApiToken()).GET().build();
            assertEquals(200, http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode());
            RequestRecording.Mark mark = catalog.getRecording().mark();
            assertEquals(0, catalog.getRecording().since(mark).size());
            RecordedRequest recorded = catalog.recordedRequests().get(0);
            assertEquals("GET", recorded.getMethod());
            assertEquals("/api/service/roles", recorded.getPath());
            assertEquals(java.util.List.of("3"), recorded.queryValues("limit"));
            assertEquals(Integer.valueOf(200), recorded.getStatus());
        }
    }
}
