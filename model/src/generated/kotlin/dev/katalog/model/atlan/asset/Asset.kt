// Generated from Atlan's typedefs.json by dev.katalog.generator. Do not edit: run bin/generate.
package dev.katalog.model.atlan.asset

import dev.katalog.model.atlan.enums.CertificateStatus
import dev.katalog.model.atlan.field.AttributeField
import dev.katalog.model.atlan.field.BooleanField
import dev.katalog.model.atlan.field.DateField
import dev.katalog.model.atlan.field.KeywordField
import dev.katalog.model.atlan.field.KeywordTextField
import dev.katalog.model.atlan.field.KeywordTextStemmedField
import dev.katalog.model.atlan.field.NumericRankField
import dev.katalog.model.atlan.field.RelationField
import dev.katalog.model.atlan.field.TextField
import java.time.Instant
import kotlinx.serialization.Serializable
import kotlinx.serialization.builtins.ListSerializer
import kotlinx.serialization.builtins.serializer
import kotlinx.serialization.json.JsonObject

/** The Atlan entity type Asset. */
@Serializable(with = AssetSerializer::class)
public interface Asset : Referenceable {
    public val name: String? get() = stringAttribute("name")

    public val displayName: String? get() = stringAttribute("displayName")

    public val description: String? get() = stringAttribute("description")

    public val userDescription: String? get() = stringAttribute("userDescription")

    public val tenantId: String? get() = stringAttribute("tenantId")

    public val certificateStatus: CertificateStatus? get() = decodedAttribute("certificateStatus", CertificateStatus.serializer())

    public val certificateStatusMessage: String? get() = stringAttribute("certificateStatusMessage")

    public val certificateUpdatedBy: String? get() = stringAttribute("certificateUpdatedBy")

    public val certificateUpdatedAt: Instant? get() = instantAttribute("certificateUpdatedAt")

    public val announcementTitle: String? get() = stringAttribute("announcementTitle")

    public val announcementMessage: String? get() = stringAttribute("announcementMessage")

    public val announcementType: String? get() = stringAttribute("announcementType")

    public val announcementUpdatedAt: Instant? get() = instantAttribute("announcementUpdatedAt")

    public val announcementUpdatedBy: String? get() = stringAttribute("announcementUpdatedBy")

    public val ownerUsers: List<String>? get() = decodedAttribute("ownerUsers", ListSerializer(String.serializer()))

    public val ownerGroups: List<String>? get() = decodedAttribute("ownerGroups", ListSerializer(String.serializer()))

    public val adminUsers: List<String>? get() = decodedAttribute("adminUsers", ListSerializer(String.serializer()))

    public val adminGroups: List<String>? get() = decodedAttribute("adminGroups", ListSerializer(String.serializer()))

    public val viewerUsers: List<String>? get() = decodedAttribute("viewerUsers", ListSerializer(String.serializer()))

    public val viewerGroups: List<String>? get() = decodedAttribute("viewerGroups", ListSerializer(String.serializer()))

    public val connectorName: String? get() = stringAttribute("connectorName")

    public val connectionName: String? get() = stringAttribute("connectionName")

    public val connectionQualifiedName: String? get() = stringAttribute("connectionQualifiedName")

    public val hasLineage: Boolean? get() = booleanAttribute("__hasLineage")

    public val isDiscoverable: Boolean? get() = booleanAttribute("isDiscoverable")

    public val isEditable: Boolean? get() = booleanAttribute("isEditable")

    public val subType: String? get() = stringAttribute("subType")

    public val viewScore: Double? get() = doubleAttribute("viewScore")

    public val popularityScore: Double? get() = doubleAttribute("popularityScore")

    public val sourceOwners: String? get() = stringAttribute("sourceOwners")

    public val sourceCreatedBy: String? get() = stringAttribute("sourceCreatedBy")

    public val sourceCreatedAt: Instant? get() = instantAttribute("sourceCreatedAt")

    public val sourceUpdatedAt: Instant? get() = instantAttribute("sourceUpdatedAt")

    public val sourceUpdatedBy: String? get() = stringAttribute("sourceUpdatedBy")

    public val sourceURL: String? get() = stringAttribute("sourceURL")

    public val sourceEmbedURL: String? get() = stringAttribute("sourceEmbedURL")

    public val lastSyncWorkflowName: String? get() = stringAttribute("lastSyncWorkflowName")

    public val lastSyncRunAt: Instant? get() = instantAttribute("lastSyncRunAt")

    public val lastSyncRun: String? get() = stringAttribute("lastSyncRun")

    public val adminRoles: List<String>? get() = decodedAttribute("adminRoles", ListSerializer(String.serializer()))

    public val dbtQualifiedName: String? get() = stringAttribute("dbtQualifiedName")

    public val assetDbtAlias: String? get() = stringAttribute("assetDbtAlias")

    public val assetDbtMeta: String? get() = stringAttribute("assetDbtMeta")

    public val assetDbtUniqueId: String? get() = stringAttribute("assetDbtUniqueId")

    public val assetDbtAccountName: String? get() = stringAttribute("assetDbtAccountName")

    public val assetDbtProjectName: String? get() = stringAttribute("assetDbtProjectName")

    public val assetDbtPackageName: String? get() = stringAttribute("assetDbtPackageName")

    public val assetDbtJobName: String? get() = stringAttribute("assetDbtJobName")

    public val assetDbtJobSchedule: String? get() = stringAttribute("assetDbtJobSchedule")

    public val assetDbtJobStatus: String? get() = stringAttribute("assetDbtJobStatus")

    public val assetDbtJobScheduleCronHumanized: String? get() = stringAttribute("assetDbtJobScheduleCronHumanized")

    public val assetDbtJobLastRun: Instant? get() = instantAttribute("assetDbtJobLastRun")

    public val assetDbtJobLastRunUrl: String? get() = stringAttribute("assetDbtJobLastRunUrl")

    public val assetDbtJobLastRunCreatedAt: Instant? get() = instantAttribute("assetDbtJobLastRunCreatedAt")

    public val assetDbtJobLastRunUpdatedAt: Instant? get() = instantAttribute("assetDbtJobLastRunUpdatedAt")

    public val assetDbtJobLastRunDequedAt: Instant? get() = instantAttribute("assetDbtJobLastRunDequedAt")

    public val assetDbtJobLastRunStartedAt: Instant? get() = instantAttribute("assetDbtJobLastRunStartedAt")

    public val assetDbtJobLastRunTotalDuration: String? get() = stringAttribute("assetDbtJobLastRunTotalDuration")

    public val assetDbtJobLastRunTotalDurationHumanized: String? get() = stringAttribute("assetDbtJobLastRunTotalDurationHumanized")

    public val assetDbtJobLastRunQueuedDuration: String? get() = stringAttribute("assetDbtJobLastRunQueuedDuration")

    public val assetDbtJobLastRunQueuedDurationHumanized: String? get() = stringAttribute("assetDbtJobLastRunQueuedDurationHumanized")

    public val assetDbtJobLastRunRunDuration: String? get() = stringAttribute("assetDbtJobLastRunRunDuration")

    public val assetDbtJobLastRunRunDurationHumanized: String? get() = stringAttribute("assetDbtJobLastRunRunDurationHumanized")

    public val assetDbtJobLastRunGitBranch: String? get() = stringAttribute("assetDbtJobLastRunGitBranch")

    public val assetDbtJobLastRunGitSha: String? get() = stringAttribute("assetDbtJobLastRunGitSha")

    public val assetDbtJobLastRunStatusMessage: String? get() = stringAttribute("assetDbtJobLastRunStatusMessage")

    public val assetDbtJobLastRunOwnerThreadId: String? get() = stringAttribute("assetDbtJobLastRunOwnerThreadId")

    public val assetDbtJobLastRunExecutedByThreadId: String? get() = stringAttribute("assetDbtJobLastRunExecutedByThreadId")

    public val assetDbtJobLastRunArtifactsSaved: Boolean? get() = booleanAttribute("assetDbtJobLastRunArtifactsSaved")

    public val assetDbtJobLastRunArtifactS3Path: String? get() = stringAttribute("assetDbtJobLastRunArtifactS3Path")

    public val assetDbtJobLastRunHasDocsGenerated: Boolean? get() = booleanAttribute("assetDbtJobLastRunHasDocsGenerated")

    public val assetDbtJobLastRunHasSourcesGenerated: Boolean? get() = booleanAttribute("assetDbtJobLastRunHasSourcesGenerated")

    public val assetDbtJobLastRunNotificationsSent: Boolean? get() = booleanAttribute("assetDbtJobLastRunNotificationsSent")

    public val assetDbtJobNextRun: Instant? get() = instantAttribute("assetDbtJobNextRun")

    public val assetDbtJobNextRunHumanized: String? get() = stringAttribute("assetDbtJobNextRunHumanized")

    public val assetDbtEnvironmentName: String? get() = stringAttribute("assetDbtEnvironmentName")

    public val assetDbtEnvironmentDbtVersion: String? get() = stringAttribute("assetDbtEnvironmentDbtVersion")

    public val assetDbtTags: List<String>? get() = decodedAttribute("assetDbtTags", ListSerializer(String.serializer()))

    public val assetDbtSemanticLayerProxyUrl: String? get() = stringAttribute("assetDbtSemanticLayerProxyUrl")

    public val links: List<Link>? get() = relationsAttribute("links", Link)

    public val metrics: List<Metric>? get() = relationsAttribute("metrics", Metric)

    public val readme: Readme? get() = relationAttribute("readme", Readme)

    /** Typed setters of the attributes Asset declares, returning the builder [B]. */
    public interface Setters<B> : Referenceable.Setters<B> {
        /** Sets name. */
        public fun name(value: String?): B = attribute("name", encodeAttribute(value, String.serializer()))

        /** Sets displayName. */
        public fun displayName(value: String?): B = attribute("displayName", encodeAttribute(value, String.serializer()))

        /** Sets description. */
        public fun description(value: String?): B = attribute("description", encodeAttribute(value, String.serializer()))

        /** Sets userDescription. */
        public fun userDescription(value: String?): B = attribute("userDescription", encodeAttribute(value, String.serializer()))

        /** Sets tenantId. */
        public fun tenantId(value: String?): B = attribute("tenantId", encodeAttribute(value, String.serializer()))

        /** Sets certificateStatus. */
        public fun certificateStatus(value: CertificateStatus?): B = attribute("certificateStatus", encodeAttribute(value, CertificateStatus.serializer()))

        /** Sets certificateStatusMessage. */
        public fun certificateStatusMessage(value: String?): B = attribute("certificateStatusMessage", encodeAttribute(value, String.serializer()))

        /** Sets certificateUpdatedBy. */
        public fun certificateUpdatedBy(value: String?): B = attribute("certificateUpdatedBy", encodeAttribute(value, String.serializer()))

        /** Sets certificateUpdatedAt. */
        public fun certificateUpdatedAt(value: Instant?): B = attribute("certificateUpdatedAt", encodeInstant(value))

        /** Sets announcementTitle. */
        public fun announcementTitle(value: String?): B = attribute("announcementTitle", encodeAttribute(value, String.serializer()))

        /** Sets announcementMessage. */
        public fun announcementMessage(value: String?): B = attribute("announcementMessage", encodeAttribute(value, String.serializer()))

        /** Sets announcementType. */
        public fun announcementType(value: String?): B = attribute("announcementType", encodeAttribute(value, String.serializer()))

        /** Sets announcementUpdatedAt. */
        public fun announcementUpdatedAt(value: Instant?): B = attribute("announcementUpdatedAt", encodeInstant(value))

        /** Sets announcementUpdatedBy. */
        public fun announcementUpdatedBy(value: String?): B = attribute("announcementUpdatedBy", encodeAttribute(value, String.serializer()))

        /** Sets ownerUsers. */
        public fun ownerUsers(value: List<String>?): B = attribute("ownerUsers", encodeAttribute(value, ListSerializer(String.serializer())))

        /** Sets ownerGroups. */
        public fun ownerGroups(value: List<String>?): B = attribute("ownerGroups", encodeAttribute(value, ListSerializer(String.serializer())))

        /** Sets adminUsers. */
        public fun adminUsers(value: List<String>?): B = attribute("adminUsers", encodeAttribute(value, ListSerializer(String.serializer())))

        /** Sets adminGroups. */
        public fun adminGroups(value: List<String>?): B = attribute("adminGroups", encodeAttribute(value, ListSerializer(String.serializer())))

        /** Sets viewerUsers. */
        public fun viewerUsers(value: List<String>?): B = attribute("viewerUsers", encodeAttribute(value, ListSerializer(String.serializer())))

        /** Sets viewerGroups. */
        public fun viewerGroups(value: List<String>?): B = attribute("viewerGroups", encodeAttribute(value, ListSerializer(String.serializer())))

        /** Sets connectorName. */
        public fun connectorName(value: String?): B = attribute("connectorName", encodeAttribute(value, String.serializer()))

        /** Sets connectionName. */
        public fun connectionName(value: String?): B = attribute("connectionName", encodeAttribute(value, String.serializer()))

        /** Sets connectionQualifiedName. */
        public fun connectionQualifiedName(value: String?): B = attribute("connectionQualifiedName", encodeAttribute(value, String.serializer()))

        /** Sets __hasLineage. */
        public fun hasLineage(value: Boolean?): B = attribute("__hasLineage", encodeAttribute(value, Boolean.serializer()))

        /** Sets isDiscoverable. */
        public fun isDiscoverable(value: Boolean?): B = attribute("isDiscoverable", encodeAttribute(value, Boolean.serializer()))

        /** Sets isEditable. */
        public fun isEditable(value: Boolean?): B = attribute("isEditable", encodeAttribute(value, Boolean.serializer()))

        /** Sets subType. */
        public fun subType(value: String?): B = attribute("subType", encodeAttribute(value, String.serializer()))

        /** Sets viewScore. */
        public fun viewScore(value: Double?): B = attribute("viewScore", encodeAttribute(value, Double.serializer()))

        /** Sets popularityScore. */
        public fun popularityScore(value: Double?): B = attribute("popularityScore", encodeAttribute(value, Double.serializer()))

        /** Sets sourceOwners. */
        public fun sourceOwners(value: String?): B = attribute("sourceOwners", encodeAttribute(value, String.serializer()))

        /** Sets sourceCreatedBy. */
        public fun sourceCreatedBy(value: String?): B = attribute("sourceCreatedBy", encodeAttribute(value, String.serializer()))

        /** Sets sourceCreatedAt. */
        public fun sourceCreatedAt(value: Instant?): B = attribute("sourceCreatedAt", encodeInstant(value))

        /** Sets sourceUpdatedAt. */
        public fun sourceUpdatedAt(value: Instant?): B = attribute("sourceUpdatedAt", encodeInstant(value))

        /** Sets sourceUpdatedBy. */
        public fun sourceUpdatedBy(value: String?): B = attribute("sourceUpdatedBy", encodeAttribute(value, String.serializer()))

        /** Sets sourceURL. */
        public fun sourceURL(value: String?): B = attribute("sourceURL", encodeAttribute(value, String.serializer()))

        /** Sets sourceEmbedURL. */
        public fun sourceEmbedURL(value: String?): B = attribute("sourceEmbedURL", encodeAttribute(value, String.serializer()))

        /** Sets lastSyncWorkflowName. */
        public fun lastSyncWorkflowName(value: String?): B = attribute("lastSyncWorkflowName", encodeAttribute(value, String.serializer()))

        /** Sets lastSyncRunAt. */
        public fun lastSyncRunAt(value: Instant?): B = attribute("lastSyncRunAt", encodeInstant(value))

        /** Sets lastSyncRun. */
        public fun lastSyncRun(value: String?): B = attribute("lastSyncRun", encodeAttribute(value, String.serializer()))

        /** Sets adminRoles. */
        public fun adminRoles(value: List<String>?): B = attribute("adminRoles", encodeAttribute(value, ListSerializer(String.serializer())))

        /** Sets dbtQualifiedName. */
        public fun dbtQualifiedName(value: String?): B = attribute("dbtQualifiedName", encodeAttribute(value, String.serializer()))

        /** Sets assetDbtAlias. */
        public fun assetDbtAlias(value: String?): B = attribute("assetDbtAlias", encodeAttribute(value, String.serializer()))

        /** Sets assetDbtMeta. */
        public fun assetDbtMeta(value: String?): B = attribute("assetDbtMeta", encodeAttribute(value, String.serializer()))

        /** Sets assetDbtUniqueId. */
        public fun assetDbtUniqueId(value: String?): B = attribute("assetDbtUniqueId", encodeAttribute(value, String.serializer()))

        /** Sets assetDbtAccountName. */
        public fun assetDbtAccountName(value: String?): B = attribute("assetDbtAccountName", encodeAttribute(value, String.serializer()))

        /** Sets assetDbtProjectName. */
        public fun assetDbtProjectName(value: String?): B = attribute("assetDbtProjectName", encodeAttribute(value, String.serializer()))

        /** Sets assetDbtPackageName. */
        public fun assetDbtPackageName(value: String?): B = attribute("assetDbtPackageName", encodeAttribute(value, String.serializer()))

        /** Sets assetDbtJobName. */
        public fun assetDbtJobName(value: String?): B = attribute("assetDbtJobName", encodeAttribute(value, String.serializer()))

        /** Sets assetDbtJobSchedule. */
        public fun assetDbtJobSchedule(value: String?): B = attribute("assetDbtJobSchedule", encodeAttribute(value, String.serializer()))

        /** Sets assetDbtJobStatus. */
        public fun assetDbtJobStatus(value: String?): B = attribute("assetDbtJobStatus", encodeAttribute(value, String.serializer()))

        /** Sets assetDbtJobScheduleCronHumanized. */
        public fun assetDbtJobScheduleCronHumanized(value: String?): B = attribute("assetDbtJobScheduleCronHumanized", encodeAttribute(value, String.serializer()))

        /** Sets assetDbtJobLastRun. */
        public fun assetDbtJobLastRun(value: Instant?): B = attribute("assetDbtJobLastRun", encodeInstant(value))

        /** Sets assetDbtJobLastRunUrl. */
        public fun assetDbtJobLastRunUrl(value: String?): B = attribute("assetDbtJobLastRunUrl", encodeAttribute(value, String.serializer()))

        /** Sets assetDbtJobLastRunCreatedAt. */
        public fun assetDbtJobLastRunCreatedAt(value: Instant?): B = attribute("assetDbtJobLastRunCreatedAt", encodeInstant(value))

        /** Sets assetDbtJobLastRunUpdatedAt. */
        public fun assetDbtJobLastRunUpdatedAt(value: Instant?): B = attribute("assetDbtJobLastRunUpdatedAt", encodeInstant(value))

        /** Sets assetDbtJobLastRunDequedAt. */
        public fun assetDbtJobLastRunDequedAt(value: Instant?): B = attribute("assetDbtJobLastRunDequedAt", encodeInstant(value))

        /** Sets assetDbtJobLastRunStartedAt. */
        public fun assetDbtJobLastRunStartedAt(value: Instant?): B = attribute("assetDbtJobLastRunStartedAt", encodeInstant(value))

        /** Sets assetDbtJobLastRunTotalDuration. */
        public fun assetDbtJobLastRunTotalDuration(value: String?): B = attribute("assetDbtJobLastRunTotalDuration", encodeAttribute(value, String.serializer()))

        /** Sets assetDbtJobLastRunTotalDurationHumanized. */
        public fun assetDbtJobLastRunTotalDurationHumanized(value: String?): B = attribute("assetDbtJobLastRunTotalDurationHumanized", encodeAttribute(value, String.serializer()))

        /** Sets assetDbtJobLastRunQueuedDuration. */
        public fun assetDbtJobLastRunQueuedDuration(value: String?): B = attribute("assetDbtJobLastRunQueuedDuration", encodeAttribute(value, String.serializer()))

        /** Sets assetDbtJobLastRunQueuedDurationHumanized. */
        public fun assetDbtJobLastRunQueuedDurationHumanized(value: String?): B = attribute("assetDbtJobLastRunQueuedDurationHumanized", encodeAttribute(value, String.serializer()))

        /** Sets assetDbtJobLastRunRunDuration. */
        public fun assetDbtJobLastRunRunDuration(value: String?): B = attribute("assetDbtJobLastRunRunDuration", encodeAttribute(value, String.serializer()))

        /** Sets assetDbtJobLastRunRunDurationHumanized. */
        public fun assetDbtJobLastRunRunDurationHumanized(value: String?): B = attribute("assetDbtJobLastRunRunDurationHumanized", encodeAttribute(value, String.serializer()))

        /** Sets assetDbtJobLastRunGitBranch. */
        public fun assetDbtJobLastRunGitBranch(value: String?): B = attribute("assetDbtJobLastRunGitBranch", encodeAttribute(value, String.serializer()))

        /** Sets assetDbtJobLastRunGitSha. */
        public fun assetDbtJobLastRunGitSha(value: String?): B = attribute("assetDbtJobLastRunGitSha", encodeAttribute(value, String.serializer()))

        /** Sets assetDbtJobLastRunStatusMessage. */
        public fun assetDbtJobLastRunStatusMessage(value: String?): B = attribute("assetDbtJobLastRunStatusMessage", encodeAttribute(value, String.serializer()))

        /** Sets assetDbtJobLastRunOwnerThreadId. */
        public fun assetDbtJobLastRunOwnerThreadId(value: String?): B = attribute("assetDbtJobLastRunOwnerThreadId", encodeAttribute(value, String.serializer()))

        /** Sets assetDbtJobLastRunExecutedByThreadId. */
        public fun assetDbtJobLastRunExecutedByThreadId(value: String?): B = attribute("assetDbtJobLastRunExecutedByThreadId", encodeAttribute(value, String.serializer()))

        /** Sets assetDbtJobLastRunArtifactsSaved. */
        public fun assetDbtJobLastRunArtifactsSaved(value: Boolean?): B = attribute("assetDbtJobLastRunArtifactsSaved", encodeAttribute(value, Boolean.serializer()))

        /** Sets assetDbtJobLastRunArtifactS3Path. */
        public fun assetDbtJobLastRunArtifactS3Path(value: String?): B = attribute("assetDbtJobLastRunArtifactS3Path", encodeAttribute(value, String.serializer()))

        /** Sets assetDbtJobLastRunHasDocsGenerated. */
        public fun assetDbtJobLastRunHasDocsGenerated(value: Boolean?): B = attribute("assetDbtJobLastRunHasDocsGenerated", encodeAttribute(value, Boolean.serializer()))

        /** Sets assetDbtJobLastRunHasSourcesGenerated. */
        public fun assetDbtJobLastRunHasSourcesGenerated(value: Boolean?): B = attribute("assetDbtJobLastRunHasSourcesGenerated", encodeAttribute(value, Boolean.serializer()))

        /** Sets assetDbtJobLastRunNotificationsSent. */
        public fun assetDbtJobLastRunNotificationsSent(value: Boolean?): B = attribute("assetDbtJobLastRunNotificationsSent", encodeAttribute(value, Boolean.serializer()))

        /** Sets assetDbtJobNextRun. */
        public fun assetDbtJobNextRun(value: Instant?): B = attribute("assetDbtJobNextRun", encodeInstant(value))

        /** Sets assetDbtJobNextRunHumanized. */
        public fun assetDbtJobNextRunHumanized(value: String?): B = attribute("assetDbtJobNextRunHumanized", encodeAttribute(value, String.serializer()))

        /** Sets assetDbtEnvironmentName. */
        public fun assetDbtEnvironmentName(value: String?): B = attribute("assetDbtEnvironmentName", encodeAttribute(value, String.serializer()))

        /** Sets assetDbtEnvironmentDbtVersion. */
        public fun assetDbtEnvironmentDbtVersion(value: String?): B = attribute("assetDbtEnvironmentDbtVersion", encodeAttribute(value, String.serializer()))

        /** Sets assetDbtTags. */
        public fun assetDbtTags(value: List<String>?): B = attribute("assetDbtTags", encodeAttribute(value, ListSerializer(String.serializer())))

        /** Sets assetDbtSemanticLayerProxyUrl. */
        public fun assetDbtSemanticLayerProxyUrl(value: String?): B = attribute("assetDbtSemanticLayerProxyUrl", encodeAttribute(value, String.serializer()))

        /** Sets links. */
        public fun links(value: List<Link>?): B = attribute("links", references(value))

        /** Sets metrics. */
        public fun metrics(value: List<Metric>?): B = attribute("metrics", references(value))

        /** Sets readme. */
        public fun readme(value: Readme?): B = attribute("readme", reference(value))
    }

    /** Builds a Asset: start from [creator], [updater] or [builder]. */
    public class Builder internal constructor(from: JsonObject?) : EntityBuilder<Asset, Builder>(Asset.Companion, from), Setters<Builder> {
        override fun self(): Builder = this
    }

    /** The Asset type: its name, super types, builders and search fields. */
    public companion object : AssetType<Asset>("Asset", listOf("Referenceable"), Asset::class.java) {
        override fun wrap(json: JsonObject): Asset = AssetImpl(json)

        /** This type, for Java callers: `Asset.TYPE`. */
        @JvmField
        public val TYPE: AssetType<Asset> = this

        /** A reference to the Asset with [qualifiedName], to link assets: `Asset.refByQualifiedName("…")`. */
        @JvmStatic
        public fun refByQualifiedName(qualifiedName: String): Asset = referenceByQualifiedName(qualifiedName)

        /** A reference to the Asset with [guid] (real, or a placeholder of the same save). */
        @JvmStatic
        public fun refByGuid(guid: String): Asset = referenceByGuid(guid)

        /** A builder for a new Asset with only its type and a placeholder GUID set. */
        @JvmStatic
        public fun builder(): Builder = Builder(null)

        /** A builder that updates the Asset [qualifiedName] named [name]: only what is set changes. */
        @JvmStatic
        public fun updater(qualifiedName: String, name: String): Builder = Builder(null).qualifiedName(qualifiedName).name(name)

        /** A builder starting from [existing], everything it has kept. */
        @JvmStatic
        public fun updater(existing: Asset): Builder = Builder(existing.json)

        /** A builder with only what an update of [existing] needs: type, GUID, qualifiedName, name (and a glossary anchor). */
        @JvmStatic
        public fun trimToRequired(existing: Asset): Builder = Builder(AssetCreators.requiredOf(existing))

        @JvmField
        public val TYPE_NAME: KeywordTextField = KeywordTextField("typeName", "__typeName.keyword", "__typeName")

        @JvmField
        public val SUPER_TYPE_NAMES: KeywordTextField = KeywordTextField("typeName", "__superTypeNames.keyword", "__superTypeNames")

        @JvmField
        public val GUID: KeywordField = KeywordField("guid", "__guid")

        @JvmField
        public val STATUS: KeywordField = KeywordField("status", "__state")

        @JvmField
        public val CREATED_BY: KeywordField = KeywordField("createdBy", "__createdBy")

        @JvmField
        public val UPDATED_BY: KeywordField = KeywordField("updatedBy", "__modifiedBy")

        @JvmField
        public val CREATE_TIME: DateField = DateField("createTime", "__timestamp")

        @JvmField
        public val UPDATE_TIME: DateField = DateField("updateTime", "__modificationTimestamp")

        @JvmField
        public val ATLAN_TAGS: KeywordTextField = KeywordTextField("classificationNames", "__traitNames", "__classificationsText")

        @JvmField
        public val PROPAGATED_ATLAN_TAGS: KeywordTextField = KeywordTextField("classificationNames", "__propagatedTraitNames", "__classificationsText")

        @JvmField
        public val ASSIGNED_TERMS: KeywordTextField = KeywordTextField("meanings", "__meanings", "__meaningsText")

        @JvmField
        public val QUALIFIED_NAME: KeywordTextField = KeywordTextField("qualifiedName", "qualifiedName", "qualifiedName.text")

        @JvmField
        public val REPLICATED_FROM: AttributeField = AttributeField("replicatedFrom")

        @JvmField
        public val REPLICATED_TO: AttributeField = AttributeField("replicatedTo")

        @JvmField
        public val MEANINGS: RelationField = RelationField("meanings")

        @JvmField
        public val NAME: KeywordTextStemmedField = KeywordTextStemmedField("name", "name.keyword", "name", "name.stemmed")

        @JvmField
        public val DISPLAY_NAME: KeywordTextField = KeywordTextField("displayName", "displayName.keyword", "displayName")

        @JvmField
        public val DESCRIPTION: KeywordTextField = KeywordTextField("description", "description.keyword", "description")

        @JvmField
        public val USER_DESCRIPTION: KeywordTextField = KeywordTextField("userDescription", "userDescription.keyword", "userDescription")

        @JvmField
        public val TENANT_ID: TextField = TextField("tenantId", "tenantId")

        @JvmField
        public val CERTIFICATE_STATUS: KeywordTextField = KeywordTextField("certificateStatus", "certificateStatus", "certificateStatus.text")

        @JvmField
        public val CERTIFICATE_STATUS_MESSAGE: TextField = TextField("certificateStatusMessage", "certificateStatusMessage")

        @JvmField
        public val CERTIFICATE_UPDATED_BY: KeywordField = KeywordField("certificateUpdatedBy", "certificateUpdatedBy")

        @JvmField
        public val CERTIFICATE_UPDATED_AT: DateField = DateField("certificateUpdatedAt", "certificateUpdatedAt")

        @JvmField
        public val ANNOUNCEMENT_TITLE: TextField = TextField("announcementTitle", "announcementTitle")

        @JvmField
        public val ANNOUNCEMENT_MESSAGE: TextField = TextField("announcementMessage", "announcementMessage")

        @JvmField
        public val ANNOUNCEMENT_TYPE: KeywordField = KeywordField("announcementType", "announcementType")

        @JvmField
        public val ANNOUNCEMENT_UPDATED_AT: DateField = DateField("announcementUpdatedAt", "announcementUpdatedAt")

        @JvmField
        public val ANNOUNCEMENT_UPDATED_BY: KeywordField = KeywordField("announcementUpdatedBy", "announcementUpdatedBy")

        @JvmField
        public val OWNER_USERS: KeywordField = KeywordField("ownerUsers", "ownerUsers")

        @JvmField
        public val OWNER_GROUPS: KeywordField = KeywordField("ownerGroups", "ownerGroups")

        @JvmField
        public val ADMIN_USERS: KeywordField = KeywordField("adminUsers", "adminUsers")

        @JvmField
        public val ADMIN_GROUPS: KeywordField = KeywordField("adminGroups", "adminGroups")

        @JvmField
        public val VIEWER_USERS: KeywordField = KeywordField("viewerUsers", "viewerUsers")

        @JvmField
        public val VIEWER_GROUPS: KeywordField = KeywordField("viewerGroups", "viewerGroups")

        @JvmField
        public val CONNECTOR_NAME: KeywordField = KeywordField("connectorName", "connectorName")

        @JvmField
        public val CONNECTION_NAME: KeywordTextField = KeywordTextField("connectionName", "connectionName", "connectionName.text")

        @JvmField
        public val CONNECTION_QUALIFIED_NAME: KeywordTextField = KeywordTextField("connectionQualifiedName", "connectionQualifiedName", "connectionQualifiedName.text")

        @JvmField
        public val HAS_LINEAGE: BooleanField = BooleanField("__hasLineage", "__hasLineage")

        @JvmField
        public val IS_DISCOVERABLE: BooleanField = BooleanField("isDiscoverable", "isDiscoverable")

        @JvmField
        public val IS_EDITABLE: BooleanField = BooleanField("isEditable", "isEditable")

        @JvmField
        public val SUB_TYPE: KeywordField = KeywordField("subType", "subType")

        @JvmField
        public val VIEW_SCORE: NumericRankField = NumericRankField("viewScore", "viewScore", "viewScore.rank_feature")

        @JvmField
        public val POPULARITY_SCORE: NumericRankField = NumericRankField("popularityScore", "popularityScore", "popularityScore.rank_feature")

        @JvmField
        public val SOURCE_OWNERS: TextField = TextField("sourceOwners", "sourceOwners")

        @JvmField
        public val SOURCE_CREATED_BY: KeywordField = KeywordField("sourceCreatedBy", "sourceCreatedBy")

        @JvmField
        public val SOURCE_CREATED_AT: DateField = DateField("sourceCreatedAt", "sourceCreatedAt")

        @JvmField
        public val SOURCE_UPDATED_AT: DateField = DateField("sourceUpdatedAt", "sourceUpdatedAt")

        @JvmField
        public val SOURCE_UPDATED_BY: KeywordField = KeywordField("sourceUpdatedBy", "sourceUpdatedBy")

        @JvmField
        public val SOURCE_URL: KeywordField = KeywordField("sourceURL", "sourceURL")

        @JvmField
        public val SOURCE_EMBED_URL: KeywordField = KeywordField("sourceEmbedURL", "sourceEmbedURL")

        @JvmField
        public val LAST_SYNC_WORKFLOW_NAME: KeywordField = KeywordField("lastSyncWorkflowName", "lastSyncWorkflowName")

        @JvmField
        public val LAST_SYNC_RUN_AT: DateField = DateField("lastSyncRunAt", "lastSyncRunAt")

        @JvmField
        public val LAST_SYNC_RUN: KeywordField = KeywordField("lastSyncRun", "lastSyncRun")

        @JvmField
        public val ADMIN_ROLES: KeywordField = KeywordField("adminRoles", "adminRoles")

        @JvmField
        public val DBT_QUALIFIED_NAME: KeywordTextField = KeywordTextField("dbtQualifiedName", "dbtQualifiedName", "dbtQualifiedName.text")

        @JvmField
        public val ASSET_DBT_ALIAS: KeywordTextField = KeywordTextField("assetDbtAlias", "assetDbtAlias.keyword", "assetDbtAlias")

        @JvmField
        public val ASSET_DBT_META: TextField = TextField("assetDbtMeta", "assetDbtMeta")

        @JvmField
        public val ASSET_DBT_UNIQUE_ID: KeywordTextField = KeywordTextField("assetDbtUniqueId", "assetDbtUniqueId.keyword", "assetDbtUniqueId")

        @JvmField
        public val ASSET_DBT_ACCOUNT_NAME: KeywordTextField = KeywordTextField("assetDbtAccountName", "assetDbtAccountName.keyword", "assetDbtAccountName")

        @JvmField
        public val ASSET_DBT_PROJECT_NAME: KeywordTextField = KeywordTextField("assetDbtProjectName", "assetDbtProjectName.keyword", "assetDbtProjectName")

        @JvmField
        public val ASSET_DBT_PACKAGE_NAME: KeywordTextField = KeywordTextField("assetDbtPackageName", "assetDbtPackageName.keyword", "assetDbtPackageName")

        @JvmField
        public val ASSET_DBT_JOB_NAME: KeywordTextField = KeywordTextField("assetDbtJobName", "assetDbtJobName.keyword", "assetDbtJobName")

        @JvmField
        public val ASSET_DBT_JOB_SCHEDULE: KeywordField = KeywordField("assetDbtJobSchedule", "assetDbtJobSchedule")

        @JvmField
        public val ASSET_DBT_JOB_STATUS: KeywordField = KeywordField("assetDbtJobStatus", "assetDbtJobStatus")

        @JvmField
        public val ASSET_DBT_JOB_SCHEDULE_CRON_HUMANIZED: TextField = TextField("assetDbtJobScheduleCronHumanized", "assetDbtJobScheduleCronHumanized")

        @JvmField
        public val ASSET_DBT_JOB_LAST_RUN: DateField = DateField("assetDbtJobLastRun", "assetDbtJobLastRun")

        @JvmField
        public val ASSET_DBT_JOB_LAST_RUN_URL: KeywordField = KeywordField("assetDbtJobLastRunUrl", "assetDbtJobLastRunUrl")

        @JvmField
        public val ASSET_DBT_JOB_LAST_RUN_CREATED_AT: DateField = DateField("assetDbtJobLastRunCreatedAt", "assetDbtJobLastRunCreatedAt")

        @JvmField
        public val ASSET_DBT_JOB_LAST_RUN_UPDATED_AT: DateField = DateField("assetDbtJobLastRunUpdatedAt", "assetDbtJobLastRunUpdatedAt")

        @JvmField
        public val ASSET_DBT_JOB_LAST_RUN_DEQUED_AT: DateField = DateField("assetDbtJobLastRunDequedAt", "assetDbtJobLastRunDequedAt")

        @JvmField
        public val ASSET_DBT_JOB_LAST_RUN_STARTED_AT: DateField = DateField("assetDbtJobLastRunStartedAt", "assetDbtJobLastRunStartedAt")

        @JvmField
        public val ASSET_DBT_JOB_LAST_RUN_TOTAL_DURATION: KeywordField = KeywordField("assetDbtJobLastRunTotalDuration", "assetDbtJobLastRunTotalDuration")

        @JvmField
        public val ASSET_DBT_JOB_LAST_RUN_TOTAL_DURATION_HUMANIZED: TextField = TextField("assetDbtJobLastRunTotalDurationHumanized", "assetDbtJobLastRunTotalDurationHumanized")

        @JvmField
        public val ASSET_DBT_JOB_LAST_RUN_QUEUED_DURATION: KeywordField = KeywordField("assetDbtJobLastRunQueuedDuration", "assetDbtJobLastRunQueuedDuration")

        @JvmField
        public val ASSET_DBT_JOB_LAST_RUN_QUEUED_DURATION_HUMANIZED: KeywordField = KeywordField("assetDbtJobLastRunQueuedDurationHumanized", "assetDbtJobLastRunQueuedDurationHumanized")

        @JvmField
        public val ASSET_DBT_JOB_LAST_RUN_RUN_DURATION: KeywordField = KeywordField("assetDbtJobLastRunRunDuration", "assetDbtJobLastRunRunDuration")

        @JvmField
        public val ASSET_DBT_JOB_LAST_RUN_RUN_DURATION_HUMANIZED: KeywordField = KeywordField("assetDbtJobLastRunRunDurationHumanized", "assetDbtJobLastRunRunDurationHumanized")

        @JvmField
        public val ASSET_DBT_JOB_LAST_RUN_GIT_BRANCH: KeywordTextField = KeywordTextField("assetDbtJobLastRunGitBranch", "assetDbtJobLastRunGitBranch", "assetDbtJobLastRunGitBranch.text")

        @JvmField
        public val ASSET_DBT_JOB_LAST_RUN_GIT_SHA: KeywordField = KeywordField("assetDbtJobLastRunGitSha", "assetDbtJobLastRunGitSha")

        @JvmField
        public val ASSET_DBT_JOB_LAST_RUN_STATUS_MESSAGE: KeywordTextField = KeywordTextField("assetDbtJobLastRunStatusMessage", "assetDbtJobLastRunStatusMessage.keyword", "assetDbtJobLastRunStatusMessage")

        @JvmField
        public val ASSET_DBT_JOB_LAST_RUN_OWNER_THREAD_ID: KeywordField = KeywordField("assetDbtJobLastRunOwnerThreadId", "assetDbtJobLastRunOwnerThreadId")

        @JvmField
        public val ASSET_DBT_JOB_LAST_RUN_EXECUTED_BY_THREAD_ID: KeywordField = KeywordField("assetDbtJobLastRunExecutedByThreadId", "assetDbtJobLastRunExecutedByThreadId")

        @JvmField
        public val ASSET_DBT_JOB_LAST_RUN_ARTIFACTS_SAVED: BooleanField = BooleanField("assetDbtJobLastRunArtifactsSaved", "assetDbtJobLastRunArtifactsSaved")

        @JvmField
        public val ASSET_DBT_JOB_LAST_RUN_ARTIFACT_S3_PATH: KeywordField = KeywordField("assetDbtJobLastRunArtifactS3Path", "assetDbtJobLastRunArtifactS3Path")

        @JvmField
        public val ASSET_DBT_JOB_LAST_RUN_HAS_DOCS_GENERATED: BooleanField = BooleanField("assetDbtJobLastRunHasDocsGenerated", "assetDbtJobLastRunHasDocsGenerated")

        @JvmField
        public val ASSET_DBT_JOB_LAST_RUN_HAS_SOURCES_GENERATED: BooleanField = BooleanField("assetDbtJobLastRunHasSourcesGenerated", "assetDbtJobLastRunHasSourcesGenerated")

        @JvmField
        public val ASSET_DBT_JOB_LAST_RUN_NOTIFICATIONS_SENT: BooleanField = BooleanField("assetDbtJobLastRunNotificationsSent", "assetDbtJobLastRunNotificationsSent")

        @JvmField
        public val ASSET_DBT_JOB_NEXT_RUN: DateField = DateField("assetDbtJobNextRun", "assetDbtJobNextRun")

        @JvmField
        public val ASSET_DBT_JOB_NEXT_RUN_HUMANIZED: KeywordTextField = KeywordTextField("assetDbtJobNextRunHumanized", "assetDbtJobNextRunHumanized.keyword", "assetDbtJobNextRunHumanized")

        @JvmField
        public val ASSET_DBT_ENVIRONMENT_NAME: KeywordTextField = KeywordTextField("assetDbtEnvironmentName", "assetDbtEnvironmentName.keyword", "assetDbtEnvironmentName")

        @JvmField
        public val ASSET_DBT_ENVIRONMENT_DBT_VERSION: KeywordField = KeywordField("assetDbtEnvironmentDbtVersion", "assetDbtEnvironmentDbtVersion")

        @JvmField
        public val ASSET_DBT_TAGS: KeywordTextField = KeywordTextField("assetDbtTags", "assetDbtTags", "assetDbtTags.text")

        @JvmField
        public val ASSET_DBT_SEMANTIC_LAYER_PROXY_URL: KeywordField = KeywordField("assetDbtSemanticLayerProxyUrl", "assetDbtSemanticLayerProxyUrl")

        @JvmField
        public val LINKS: RelationField = RelationField("links")

        @JvmField
        public val METRICS: RelationField = RelationField("metrics")

        @JvmField
        public val README: RelationField = RelationField("readme")
    }
}

internal class AssetImpl(json: JsonObject) : EntityImpl(json), Asset
