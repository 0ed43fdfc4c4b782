package dev.katalog.local.store

import dev.katalog.local.BundledTypeDefs
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe

/**
 * The relationships of the types only the reference SDK's facts give carry no relationship definition: the catalog
 * pairs their ends by the attribute of the related type that points back, so either end read shows the other.
 */
class ExtractedRelationshipsSpec : FunSpec({
    val types = TypeRegistry(BundledTypeDefs.load(null))

    test("each end of an extracted relationship finds the other, on the related type before its super types") {
        types.inverseOf("AirflowTask", "airflowDag") shouldBe "airflowTasks"
        types.inverseOf("AirflowDag", "airflowTasks") shouldBe "airflowDag"
        types.inverseOf("SigmaPage", "sigmaWorkbook") shouldBe "sigmaPages"
        types.inverseOf("ADLSObject", "adlsContainer") shouldBe "adlsObjects"
        types.inverseOf("KafkaConsumerGroup", "kafkaTopics") shouldBe "kafkaConsumerGroups"
    }

    test("a relationship the tenant's typedefs define keeps the ends its definition names") {
        types.inverseOf("Column", "table") shouldBe "columns"
        types.inverseOf("Table", "atlanSchema") shouldBe "tables"
    }
})
