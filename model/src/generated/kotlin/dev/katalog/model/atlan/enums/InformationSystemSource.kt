// Generated from Atlan's typedefs.json by dev.katalog.generator. Do not edit: run bin/generate.
package dev.katalog.model.atlan.enums

import kotlinx.serialization.SerialName
import kotlinx.serialization.Serializable

/** The Atlan enum Information System Source. */
@Serializable
public enum class InformationSystemSource {
    @SerialName("Airtable")
    AIRTABLE,
    @SerialName("App Services")
    APP_SERVICES,
    @SerialName("AskNicely")
    ASKNICELY,
    @SerialName("Click House")
    CLICK_HOUSE,
    @SerialName("Clickup")
    CLICKUP,
    @SerialName("Finance DB")
    FINANCE_DB,
    @SerialName("Gainsight")
    GAINSIGHT,
    @SerialName("Google Search Console")
    GOOGLE_SEARCH_CONSOLE,
    @SerialName("Hubspot")
    HUBSPOT,
    @SerialName("IBM")
    IBM,
    @SerialName("JIRA")
    JIRA,
    @SerialName("Lever")
    LEVER,
    @SerialName("Manual Data Input")
    MANUAL_DATA_INPUT,
    @SerialName("Meltwater")
    MELTWATER,
    @SerialName("NetSuite")
    NETSUITE,
    @SerialName("Oktopost")
    OKTOPOST,
    @SerialName("Opera")
    OPERA,
    @SerialName("P&L Board")
    P_L_BOARD,
    @SerialName("Pigment")
    PIGMENT,
    @SerialName("Salesforce")
    SALESFORCE,
    @SerialName("SimilarWeb")
    SIMILARWEB,
    @SerialName("Skilljar")
    SKILLJAR,
    @SerialName("Sociabble")
    SOCIABBLE,
    @SerialName("Workday")
    WORKDAY,
    @SerialName("Zendesk")
    ZENDESK,
    @SerialName("eazyBI")
    EAZYBI,
}
