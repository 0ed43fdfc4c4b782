package dev.katalog.bench;

import dev.katalog.dsl.search.FluentSearch;
import dev.katalog.model.atlan.asset.Table;
import dev.katalog.model.atlan.search.IndexSearchRequest;
import dev.katalog.model.json.KatalogJson;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Building and serializing a typical search with the DSL: active tables with either of two descriptions, two required. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SearchBuildBenchmark {
    @Benchmark
    public String buildAndSerialize() {
        IndexSearchRequest request = FluentSearch.select(Table.class)
                .where(Table.NAME.startsWith("ord"))
                .whereSome(Table.DESCRIPTION.hasAnyValue())
                .whereSome(Table.USER_DESCRIPTION.hasAnyValue())
                .whereSome(Table.ROW_COUNT.gt(1000))
                .minSomes(2)
                .include(Table.ROW_COUNT, Table.SCHEMA_NAME)
                .sort(Table.NAME.asc())
                .toRequest();
        return KatalogJson.INSTANCE.encode(IndexSearchRequest.Companion.serializer(), request);
    }
}
