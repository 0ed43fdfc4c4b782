package dev.katalog.client.access

import dev.katalog.client.assets.AssetsApi
import dev.katalog.client.core.UsageException
import dev.katalog.client.directory.DirectoryApi
import dev.katalog.client.search.SearchApi
import dev.katalog.client.tags.TagsApi
import dev.katalog.model.atlan.asset.AuthPolicy
import dev.katalog.model.atlan.asset.Purpose
import dev.katalog.model.atlan.enums.AuthPolicyType

/**
 * Purposes (`client.access.purposes`): what may be done to the assets that carry given Atlan tags, and by whom.
 * Created, changed and given policies as Atlan's SDK does (atlanhq/atlan-python, pyatlan/model/assets/purpose.py:
 * `creator`, `create_metadata_policy`, `create_data_policy`); tags are given by the names people see and stored
 * hashed. Java uses [PurposesApiFutures].
 */
public class PurposesApi internal constructor(assets: AssetsApi, search: SearchApi, private val tags: TagsApi, private val directory: DirectoryApi) {
    private val purposes = AccessControls(Purpose, assets, search, listOf("purposeClassifications"))

    /** Creates a purpose named [name], enabled, covering the Atlan tags named [tags] (each must exist); returns it as saved. */
    public suspend fun create(name: String, tags: List<String>, description: String? = null): Purpose {
        UsageException.check(name.isNotBlank(), { "A purpose name cannot be blank" }, "Give the purpose a name, e.g. PII")
        UsageException.check(tags.isNotEmpty(), { "A purpose needs at least one Atlan tag" }, "Name the tags it covers, e.g. listOf(\"Confidential\")")
        val hashed = tags.map { this.tags.idFor(it) }
        // As pyatlan's Purpose.creator: the name stands in as qualifiedName until the server gives it its own.
        val purpose = Purpose.builder().qualifiedName(name).name(name).displayName(name).description(description ?: "")
            .isAccessControlEnabled(true).purposeClassifications(hashed).build()
        return purposes.saveAndRead(purpose)
    }

    /** The active purpose named [name]; `AtlanException.NotFound` when there is none. */
    public suspend fun find(name: String): Purpose = purposes.find(name)

    /** The display names of the Atlan tags [purpose] covers. */
    public suspend fun tagsOf(purpose: Purpose): List<String> = purpose.purposeClassifications.orEmpty().map { tags.nameFor(it) }

    /** Changes the purpose named [name]: a non-null [description], [enabled] or [tags] (display names) replaces what it has. */
    public suspend fun update(name: String, description: String? = null, enabled: Boolean? = null, tags: List<String>? = null): Purpose {
        val current = find(name)
        tags?.let { UsageException.check(it.isNotEmpty(), { "A purpose needs at least one Atlan tag" }, "Name the tags it covers, or delete the purpose") }
        val change = Purpose.updater(current.qualifiedName!!, current.name!!).isAccessControlEnabled(enabled ?: current.isAccessControlEnabled ?: true)
        description?.let { change.description(it) }
        tags?.let { names -> change.purposeClassifications(names.map { this.tags.idFor(it) }) }
        return purposes.saveAndRead(change.build())
    }

    /** Deletes the purpose named [name] and its policies. */
    public suspend fun delete(name: String): Unit = purposes.delete(name)

    /** The policies of the purpose named [name], by policy name. */
    public suspend fun policies(name: String): List<AuthPolicy> = purposes.policiesOf(find(name))

    /**
     * Adds to the purpose named [purpose] a metadata policy [policyName]: [actions] on the assets carrying its tags, for
     * the users with [usernames] and the groups with [groupAliases], or for everyone when [allUsers]. Returns the saved policy.
     */
    public suspend fun addMetadataPolicy(
        purpose: String,
        policyName: String,
        actions: Set<PurposeMetadataAction>,
        usernames: List<String> = emptyList(),
        groupAliases: List<String> = emptyList(),
        allUsers: Boolean = false,
        policyType: AuthPolicyType = AuthPolicyType.ALLOW,
    ): AuthPolicy {
        UsageException.check(actions.isNotEmpty(), { "A metadata policy needs at least one action" }, "Pass actions such as PurposeMetadataAction.READ")
        return add(purpose, policyName, "metadata", actions.map { it.value }, usernames, groupAliases, allUsers, policyType)
    }

    /**
     * Adds to the purpose named [purpose] a data policy [policyName]: querying the data of the assets carrying its tags,
     * for the users with [usernames] and the groups with [groupAliases], or for everyone when [allUsers].
     */
    public suspend fun addDataPolicy(
        purpose: String,
        policyName: String,
        usernames: List<String> = emptyList(),
        groupAliases: List<String> = emptyList(),
        allUsers: Boolean = false,
        policyType: AuthPolicyType = AuthPolicyType.ALLOW,
    ): AuthPolicy = add(purpose, policyName, "data", listOf("select"), usernames, groupAliases, allUsers, policyType)

    override fun toString(): String = "PurposesApi"

    private suspend fun add(
        purpose: String,
        policyName: String,
        subCategory: String,
        actions: List<String>,
        usernames: List<String>,
        groupAliases: List<String>,
        allUsers: Boolean,
        policyType: AuthPolicyType,
    ): AuthPolicy {
        UsageException.check(policyName.isNotBlank(), { "A policy name cannot be blank" }, "Give the policy a name, e.g. Read PII")
        UsageException.check(allUsers || usernames.isNotEmpty() || groupAliases.isNotEmpty(), { "The policy $policyName names no user or group" }, "Pass usernames, groupAliases, or allUsers = true")
        val owner = find(purpose)
        usernames.forEach { directory.users.get(it) }
        // As pyatlan: everyone is the group "public"; groups are named by their internal name.
        val groups = if (allUsers) listOf(PUBLIC) else groupAliases.map { directory.groups.get(it).name ?: it }
        val policy = AuthPolicy.builder().qualifiedName(policyName).name(policyName).displayName("")
            .policyType(policyType).policyCategory(CATEGORY).policySubCategory(subCategory).policyServiceName(SERVICE)
            .policyResourceCategory(TAG).policyActions(actions)
            .policyUsers(usernames.takeUnless { allUsers || it.isEmpty() }).policyGroups(groups.ifEmpty { null })
            .accessControl(Purpose.refByGuid(owner.guid!!))
            .build()
        return purposes.savePolicy(owner, policy)
    }

    private companion object {
        const val CATEGORY = "purpose"
        const val SERVICE = "atlas_tag"
        const val TAG = "TAG"
        const val PUBLIC = "public"
    }
}
