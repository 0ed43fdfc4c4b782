package dev.katalog.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.katalog.model.atlan.asset.Asset;
import dev.katalog.model.atlan.asset.Column;
import dev.katalog.model.atlan.asset.Table;
import dev.katalog.model.atlan.api.IndexSearchResponse;
import dev.katalog.model.json.KatalogJson;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/** Decoding a 1000-entity search answer into typed assets, against Jackson's readTree of the same text. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DecodeBenchmark {
    private String text;
    private final ObjectMapper jackson = new ObjectMapper();

    @Setup
    public void setUp() {
        text = SearchResponseSample.json(1000);
    }

    /** Our decode: the answer, every entity as its generated type. */
    @Benchmark
    public void katalogTyped(Blackhole bh) {
        IndexSearchResponse response = KatalogJson.INSTANCE.decode(IndexSearchResponse.Companion.serializer(), text);
        for (Asset asset : response.getEntities()) bh.consume(asset);
    }

    /** Our decode plus reading three typed attributes of each entity. */
    @Benchmark
    public void katalogTypedRead(Blackhole bh) {
        IndexSearchResponse response = KatalogJson.INSTANCE.decode(IndexSearchResponse.Companion.serializer(), text);
        for (Asset asset : response.getEntities()) {
            bh.consume(asset.getQualifiedName());
            bh.consume(asset.getCertificateStatus());
            if (asset instanceof Table) bh.consume(((Table) asset).getRowCount());
            else if (asset instanceof Column) bh.consume(((Column) asset).getOrder());
        }
    }

    /** The reference: a generic tree of the same text. */
    @Benchmark
    public void jacksonReadTree(Blackhole bh) throws Exception {
        JsonNode tree = jackson.readTree(text);
        bh.consume(tree);
    }
}
