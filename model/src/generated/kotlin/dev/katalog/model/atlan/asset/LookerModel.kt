// Generated from Atlan's typedefs.json by dev.katalog.generator. Do not edit: run bin/generate.
package dev.katalog.model.atlan.asset

import dev.katalog.model.atlan.field.AttributeField
import dev.katalog.model.atlan.field.BooleanField
import dev.katalog.model.atlan.field.DateField
import dev.katalog.model.atlan.field.KeywordField
import dev.katalog.model.atlan.field.KeywordTextField
import dev.katalog.model.atlan.field.KeywordTextStemmedField
import dev.katalog.model.atlan.field.NumericRankField
import dev.katalog.model.atlan.field.RelationField
import dev.katalog.model.atlan.field.TextField
import kotlinx.serialization.builtins.serializer
import kotlinx.serialization.json.JsonObject

/** Atlan Looker Model Asset */
public interface LookerModel : Looker {
    public val projectName: String? get() = stringAttribute("projectName")

    public val explores: List<LookerExplore>? get() = relationsAttribute("explores", LookerExplore)

    public val project: LookerProject? get() = relationAttribute("project", LookerProject)

    public val fields: List<LookerField>? get() = relationsAttribute("fields", LookerField)

    public val look: LookerLook? get() = relationAttribute("look", LookerLook)

    public val queries: List<LookerQuery>? get() = relationsAttribute("queries", LookerQuery)

    /** Typed setters of the attributes LookerModel declares, returning the builder [B]. */
    public interface Setters<B> : Looker.Setters<B> {
        /** Sets projectName. */
        public fun projectName(value: String?): B = attribute("projectName", encodeAttribute(value, String.serializer()))

        /** Sets explores. */
        public fun explores(value: List<LookerExplore>?): B = attribute("explores", references(value))

        /** Sets project. */
        public fun project(value: LookerProject?): B = attribute("project", reference(value))

        /** Sets fields. */
        public fun fields(value: List<LookerField>?): B = attribute("fields", references(value))

        /** Sets look. */
        public fun look(value: LookerLook?): B = attribute("look", reference(value))

        /** Sets queries. */
        public fun queries(value: List<LookerQuery>?): B = attribute("queries", references(value))
    }

    /** Builds a LookerModel: start from [creator], [updater] or [builder]. */
    public class Builder internal constructor(from: JsonObject?) : EntityBuilder<LookerModel, Builder>(LookerModel.Companion, from), Setters<Builder> {
        override fun self(): Builder = this
    }

    /** The LookerModel type: its name, super types, builders and search fields. */
    public companion object : AssetType<LookerModel>("LookerModel", listOf("Looker"), LookerModel::class.java) {
        override fun wrap(json: JsonObject): LookerModel = LookerModelImpl(json)

        /** This type, for Java callers: `LookerModel.TYPE`. */
        @JvmField
        public val TYPE: AssetType<LookerModel> = this

        /** A reference to the LookerModel with [qualifiedName], to link assets: `LookerModel.refByQualifiedName("…")`. */
        @JvmStatic
        public fun refByQualifiedName(qualifiedName: String): LookerModel = referenceByQualifiedName(qualifiedName)

        /** A reference to the LookerModel with [guid] (real, or a placeholder of the same save). */
        @JvmStatic
        public fun refByGuid(guid: String): LookerModel = referenceByGuid(guid)

        /** A builder for a new LookerModel with only its type and a placeholder GUID set. */
        @JvmStatic
        public fun builder(): Builder = Builder(null)

        /** A builder that updates the LookerModel [qualifiedName] named [name]: only what is set changes. */
        @JvmStatic
        public fun updater(qualifiedName: String, name: String): Builder = Builder(null).qualifiedName(qualifiedName).name(name)

        /** A builder starting from [existing], everything it has kept. */
        @JvmStatic
        public fun updater(existing: LookerModel): Builder = Builder(existing.json)

        /** A builder with only what an update of [existing] needs: type, GUID, qualifiedName, name (and a glossary anchor). */
        @JvmStatic
        public fun trimToRequired(existing: LookerModel): Builder = Builder(AssetCreators.requiredOf(existing))

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

        @JvmField
        public val INPUT_TO_PROCESSES: RelationField = RelationField("inputToProcesses")

        @JvmField
        public val OUTPUT_FROM_PROCESSES: RelationField = RelationField("outputFromProcesses")

        @JvmField
        public val PROJECT_NAME: TextField = TextField("projectName", "projectName")

        @JvmField
        public val EXPLORES: RelationField = RelationField("explores")

        @JvmField
        public val PROJECT: RelationField = RelationField("project")

        @JvmField
        public val FIELDS: RelationField = RelationField("fields")

        @JvmField
        public val LOOK: RelationField = RelationField("look")

        @JvmField
        public val QUERIES: RelationField = RelationField("queries")
    }
}

internal class LookerModelImpl(json: JsonObject) : EntityImpl(json), LookerModel
