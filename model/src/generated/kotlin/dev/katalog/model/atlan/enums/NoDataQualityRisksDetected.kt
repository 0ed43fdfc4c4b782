// Generated from Atlan's typedefs.json by dev.katalog.generator. Do not edit: run bin/generate.
package dev.katalog.model.atlan.enums

import kotlinx.serialization.SerialName
import kotlinx.serialization.Serializable

@Serializable
public enum class NoDataQualityRisksDetected {
    @SerialName("No Data Quality risks detected")
    NO_DATA_QUALITY_RISKS_DETECTED,
    @SerialName("Limited Data quality issues identified")
    LIMITED_DATA_QUALITY_ISSUES_IDENTIFIED,
    @SerialName("Important data quality issues identified")
    IMPORTANT_DATA_QUALITY_ISSUES_IDENTIFIED,
    @SerialName("Data quality level not assessed")
    DATA_QUALITY_LEVEL_NOT_ASSESSED,
}
