package dev.katalog.client.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.katalog.client.AtlanClient;
import dev.katalog.client.it.SharedCatalog;
import dev.katalog.model.atlan.asset.Asset;
import dev.katalog.model.atlan.asset.AtlasGlossary;
import dev.katalog.model.atlan.asset.AtlasGlossaryTerm;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A batch's bounded placeholder memory from Java: only the latest placeholders resolve, a forgotten one fails by name. */
class PlaceholderMemoryJavaTest {
    @Test
    void aBatchWithoutCollectGuidsForgetsOldPlaceholdersAndSaysSo() throws Exception {
        String run = String.valueOf(System.nanoTime());
        List<AtlasGlossary> glossaries = new ArrayList<>();
        for (int i = 0; i < 3; i++) glossaries.add(AtlasGlossary.creator("Java forgetful glossary " + i + " " + run).build());
        List<Asset> assets = new ArrayList<>(glossaries);
        assets.add(AtlasGlossaryTerm.creator("Recent", AtlasGlossary.refByGuid(glossaries.get(2).getGuid())).build());
        assets.add(AtlasGlossaryTerm.creator("Too old", AtlasGlossary.refByGuid(glossaries.get(0).getGuid())).build());
        BatchOptions options = BatchOptions.builder().size(1).concurrency(1).collectGuids(false).placeholderMemory(2).build();
        try (AtlanClient client = SharedCatalog.client()) {
            BatchSummary summary = client.java().assets().saveAll(assets, options).get();
            assertEquals(4, summary.getCreatedCount());
            assertEquals(Map.of(), summary.getGuidAssignments());
            BatchFailure failure = summary.getFailures().get(0);
            assertEquals(1, summary.getFailures().size());
            assertEquals("Too old", failure.getAssets().get(0).getName());
            assertTrue(failure.getError().getMessage().contains(glossaries.get(0).getGuid()), failure.getError().getMessage());
            assertTrue(failure.getError().getHint().contains("placeholderMemory"), failure.getError().getHint());
        }
    }
}
