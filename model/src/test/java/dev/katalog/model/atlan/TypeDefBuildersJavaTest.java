package dev.katalog.model.atlan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.katalog.model.atlan.typedef.AttributeDef;
import dev.katalog.model.atlan.typedef.EnumElementDef;
import dev.katalog.model.atlan.typedef.TypeCategory;
import dev.katalog.model.atlan.typedef.TypeDef;
import dev.katalog.model.atlan.typedef.TypeDefResponse;
import dev.katalog.model.json.KatalogJson;
import java.util.List;
import java.util.Map;
import kotlinx.serialization.json.JsonElement;
import kotlinx.serialization.json.JsonObject;
import kotlinx.serialization.json.JsonElementKt;
import org.junit.jupiter.api.Test;

/** From Java, a custom metadata set definition is built with the builders and sends exactly the JSON set on it. */
class TypeDefBuildersJavaTest {
    private static TypeDefResponse qualitySet() {
        AttributeDef score = AttributeDef.builder("Score", "int")
            .displayName("Score")
            .isOptional(true)
            .cardinality("SINGLE")
            .options(new JsonObject(Map.<String, JsonElement>of("customApplicableEntityTypes", JsonElementKt.JsonPrimitive("[\"Table\"]"))))
            .build();
        TypeDef set = TypeDef.builder(TypeCategory.BUSINESS_METADATA, "Quality")
            .displayName("Quality")
            .description("Data quality")
            .attributeDefs(List.of(score))
            .build();
        return TypeDefResponse.builder().businessMetadataDefs(List.of(set)).build();
    }

    @Test
    void customMetadataSetEncodesToTheJsonItWasBuiltWith() {
        String json = KatalogJson.INSTANCE.encode(TypeDefResponse.Companion.serializer(), qualitySet());
        assertEquals(
            "{\"businessMetadataDefs\":[{\"category\":\"BUSINESS_METADATA\",\"name\":\"Quality\",\"displayName\":\"Quality\","
                + "\"description\":\"Data quality\",\"attributeDefs\":[{\"name\":\"Score\",\"typeName\":\"int\",\"displayName\":\"Score\","
                + "\"isOptional\":true,\"cardinality\":\"SINGLE\",\"options\":{\"customApplicableEntityTypes\":\"[\\\"Table\\\"]\"}}]}]}",
            json);
        assertEquals(qualitySet(), KatalogJson.INSTANCE.decode(TypeDefResponse.Companion.serializer(), json));
    }

    @Test
    void toBuilderChangesOnlyWhatIsSet() {
        TypeDefResponse request = qualitySet();
        TypeDef set = request.getBusinessMetadataDefs().get(0);
        TypeDef renamed = set.toBuilder().displayName("Quality v2").build();
        assertEquals("Quality v2", renamed.getDisplayName());
        assertEquals("Quality", set.getDisplayName());
        assertEquals(set.getAttributeDefs(), renamed.getAttributeDefs());
        assertNotEquals(set, renamed);
        assertNull(request.getEnumDefs());

        TypeDef enumDef = TypeDef.builder(TypeCategory.ENUM, "Grade")
            .elementDefs(List.of(EnumElementDef.builder("A").ordinal(0).build(), EnumElementDef.builder("B").ordinal(1).build()))
            .build();
        assertEquals(
            "TypeDef({\"category\":\"ENUM\",\"name\":\"Grade\",\"elementDefs\":[{\"value\":\"A\",\"ordinal\":0},{\"value\":\"B\",\"ordinal\":1}]})",
            enumDef.toString());
    }
}
