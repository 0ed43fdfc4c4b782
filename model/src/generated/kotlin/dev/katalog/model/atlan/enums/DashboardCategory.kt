// Generated from Atlan's typedefs.json by dev.katalog.generator. Do not edit: run bin/generate.
package dev.katalog.model.atlan.enums

import kotlinx.serialization.SerialName
import kotlinx.serialization.Serializable

@Serializable
public enum class DashboardCategory {
    @SerialName("Customer Success")
    CUSTOMER_SUCCESS,
    @SerialName("Marketing")
    MARKETING,
    @SerialName("People")
    PEOPLE,
    @SerialName("Product")
    PRODUCT,
    @SerialName("Sales")
    SALES,
}
