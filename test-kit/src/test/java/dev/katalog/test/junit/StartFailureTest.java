package dev.katalog.test.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.sun.net.httpserver.HttpServer;
import dev.katalog.test.TestCatalogException;
import dev.katalog.test.TestCatalogOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * A run whose catalog cannot start fails with one message naming the cause and the fix, within the start
 * deadline: two test classes are run in a JUnit launcher of their own against an OpenSearch address taken from
 * the system property, as users' test runs would be.
 */
class StartFailureTest {
    private static final String FIXTURES = "katalog.test.fixtures";

    @Test
    void aServerThatIsNotOpenSearchFailsAtOnceNamingWhatAnswered() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] page = "<html><body>Not Found</body></html>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(404, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort();
            Run run = runFixtures(url);
            assertEquals(2, run.failures.size(), run.failures.toString());
            String message = run.failures.get(0).getMessage();
            assertEquals(
                    "The local catalog for the tests did not start: " + url + " (from the system property katalog.opensearch.url) answered HTTP 404 "
                            + "(text/html), which is not OpenSearch's root document. Fix: point the system property katalog.opensearch.url at "
                            + "OpenSearch's HTTP address (port 9200 by default), or unset it to use an embedded node.",
                    message);
            assertEquals(message, run.failures.get(1).getMessage(), "the second class fails with the same message");
            assertTrue(run.elapsed.toMillis() < 5_000, "took " + run.elapsed);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void anAddressNothingListensOnFailsAtOnce() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port;
        Run run = runFixtures(url);
        assertEquals(2, run.failures.size(), run.failures.toString());
        assertEquals(
                "The local catalog for the tests did not start: OpenSearch at " + url + " (from the system property katalog.opensearch.url) "
                        + "cannot be reached: the connection was refused. Fix: start OpenSearch at that address, correct the system property "
                        + "katalog.opensearch.url, or unset it to use an embedded node.",
                run.failures.get(0).getMessage());
        assertTrue(run.elapsed.toMillis() < 5_000, "took " + run.elapsed);
    }

    @Test
    void aPortThatAcceptsButNeverAnswersFailsAtTheStartDeadline() throws IOException {
        // The socket's backlog accepts the connection; nothing ever reads or answers.
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + silent.getLocalPort();
            Run run = runFixtures(url);
            assertEquals(2, run.failures.size(), run.failures.toString());
            assertEquals(
                    "The local catalog for the tests did not start: " + url + " (from the system property katalog.opensearch.url) accepted the "
                            + "connection but sent no HTTP answer within 3 s: it is not OpenSearch's HTTP port. Fix: start OpenSearch at that address, "
                            + "correct the system property katalog.opensearch.url, or unset it to use an embedded node.",
                    run.failures.get(0).getMessage());
            // The deadline of the fixtures is 3 s; the second class fails at once with the remembered failure.
            assertTrue(run.elapsed.toMillis() >= 3_000 && run.elapsed.toMillis() < 8_000, "took " + run.elapsed);
        }
    }

    /** Runs both fixture classes in a launcher of their own with the OpenSearch address [url]; collects what failed. */
    private static Run runFixtures(String url) {
        String before = System.getProperty(TestCatalogOptions.OPENSEARCH_URL_PROPERTY);
        System.setProperty(TestCatalogOptions.OPENSEARCH_URL_PROPERTY, url);
        System.setProperty(FIXTURES, "on");
        List<Throwable> failures = new ArrayList<>();
        long started = System.nanoTime();
        try {
            LauncherFactory.create().execute(
                    LauncherDiscoveryRequestBuilder.request()
                            .selectors(selectClass(FirstFixture.class), selectClass(SecondFixture.class))
                            .filters(EngineFilter.includeEngines("junit-jupiter"))
                            .build(),
                    new TestExecutionListener() {
                        @Override
                        public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                            if (result.getStatus() == TestExecutionResult.Status.FAILED) {
                                failures.add(result.getThrowable().orElseThrow());
                            }
                        }
                    });
        } finally {
            System.clearProperty(FIXTURES);
            if (before == null) {
                System.clearProperty(TestCatalogOptions.OPENSEARCH_URL_PROPERTY);
            } else {
                System.setProperty(TestCatalogOptions.OPENSEARCH_URL_PROPERTY, before);
            }
        }
        failures.forEach(failure -> assertEquals(TestCatalogException.class, failure.getClass(), failure.toString()));
        return new Run(failures, Duration.ofNanos(System.nanoTime() - started));
    }

    private static final class Run {
        final List<Throwable> failures;
        final Duration elapsed;

        Run(List<Throwable> failures, Duration elapsed) {
            this.failures = failures;
            this.elapsed = elapsed;
        }
    }

    @KatalogTest(startTimeoutSeconds = 3)
    @EnabledIfSystemProperty(named = FIXTURES, matches = "on")
    static class FirstFixture {
        @Test
        void needsTheCatalog() {
        }
    }

    @KatalogTest(startTimeoutSeconds = 3)
    @EnabledIfSystemProperty(named = FIXTURES, matches = "on")
    static class SecondFixture {
        @Test
        void needsTheCatalog() {
        }
    }
}
