package dev.katalog.client.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.katalog.client.batch.BatchOptions;
import dev.katalog.client.batch.BatchProgress;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

/** The progress bar from Java: a builder, a listener for batches, and try-with-resources to erase it. */
class ProgressBarJavaTest {
    @Test
    void drawsWhenAskedAndPlugsIntoBatchOptions() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BatchOptions options;
        try (ProgressBar bar = ProgressBar.builder("saving").total(3L).output(new PrintStream(out, true)).drawing(true).build()) {
            options = BatchOptions.builder().listener(bar).build();
            options.getListener().onProgress(new BatchProgress(3, 0, 3L, 30.0));
            assertTrue(out.toString().contains("  saving [########################] 3/3  "), out.toString());
        }
        assertTrue(out.toString().endsWith("\r"));
    }

    @Test
    void staysSilentOffATerminal() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ProgressBar bar = ProgressBar.builder("saving").total(10L).output(new PrintStream(out, true)).build()) {
            assertFalse(bar.isDrawing());
            bar.update(10);
        }
        assertFalse(ProgressBar.isTerminal());
        assertFalse(ProgressBar.start("saving", 10L).isDrawing());
        assertEquals(0, out.size());
    }
}
