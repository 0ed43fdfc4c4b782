package dev.katalog.client.access

import dev.katalog.client.assets.AssetsApi
import dev.katalog.client.assets.ReadOptions
import dev.katalog.client.atlan.AtlanException
import dev.katalog.client.atlan.DeleteType
import dev.katalog.client.core.UsageException
import dev.katalog.client.search.SearchApi
import dev.katalog.dsl.search.FluentSearch
import dev.katalog.model.atlan.asset.AccessControl
import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.atlan.asset.AssetType
import dev.katalog.model.atlan.asset.AuthPolicy
import kotlinx.coroutines.flow.map
import kotlinx.coroutines.flow.toList

/**
 * What personas and purposes share: found by name (Atlan gives them a qualifiedName of its own, so a name is how
 * people know them), saved and read back, deleted with their policies, and their policies listed.
 */
internal class AccessControls<T : AccessControl>(
    private val type: AssetType<T>,
    private val assets: AssetsApi,
    private val search: SearchApi,
    private val attributes: List<String>,
) {
    private val kind = type.typeName.lowercase()

    /** The active [type] named [name]; [AtlanException.NotFound] when there is none. */
    suspend fun find(name: String): T {
        UsageException.check(name.isNotBlank(), { "A $kind name cannot be blank" }, "Pass the $kind's name as Atlan shows it")
        val request = FluentSearch.select(type).where(Asset.NAME eq name).include(*(COMMON + attributes).toTypedArray()).pageSize(2).toRequest()
        val found = search.page(request).entities.orEmpty().map { type.fromJson(it.json) }
        // Atlan gives every create a qualifiedName of its own, so two creates with one name make two of them.
        if (found.size > 1) throw UsageException(
            "Several active ${kind}s are named \"$name\" (GUIDs ${found.joinToString { it.guid.orEmpty() }})",
            "Delete the extra ones by GUID (client.assets.delete(listOf(guid), DeleteType.PURGE)) or rename them, so the name says which is meant",
        )
        return found.firstOrNull() ?: throw AtlanException.NotFound(
            "No active $kind is named \"$name\"", null, null,
            "Check the name (it is case-sensitive), or create it with client.access.${kind}s.create(\"$name\", …)",
        )
    }

    /** Saves [entity] and reads it back as the catalog keeps it (with the qualifiedName the server gave it). */
    suspend fun saveAndRead(entity: T): T {
        val result = assets.save(entity)
        val guid = (result.created + result.updated).firstOrNull { it.typeName == type.typeName }?.guid
            ?: result.guidAssignments.values.firstOrNull()
            ?: throw AtlanException.Api("Saving the $kind ${entity.name} answered no ${type.typeName}", null, null, null, "Look it up with client.access.${kind}s.find(\"${entity.name}\")")
        return type.fromJson(assets.get(guid, ReadOptions.FULL).json)
    }

    /** Deletes the [type] named [name] and its policies for good (Atlan's personas and purposes are purged, not archived). */
    suspend fun delete(name: String) {
        val owner = find(name)
        val guids = policiesOf(owner).mapNotNull { it.guid } + owner.guid!!
        assets.delete(guids, DeleteType.PURGE)
    }

    /** The policies of [owner]: Atlan names each one under its persona's or purpose's qualifiedName. */
    suspend fun policiesOf(owner: T): List<AuthPolicy> {
        val request = FluentSearch.select(AuthPolicy).where(Asset.QUALIFIED_NAME startsWith "${owner.qualifiedName}/")
            .include(*POLICY_ATTRIBUTES.toTypedArray()).toRequest()
        return search.stream(request).map { AuthPolicy.fromJson(it.json) }.toList().sortedBy { it.name }
    }

    /** Saves [policy] of [owner] and reads it back. */
    suspend fun savePolicy(owner: T, policy: AuthPolicy): AuthPolicy {
        val result = assets.save(policy)
        val guid = result.created.firstOrNull { it.typeName == AuthPolicy.typeName }?.guid
            ?: throw AtlanException.Api("Adding policy ${policy.name} to the $kind ${owner.name} answered no new policy", null, null, null, "List its policies with client.access.${kind}s.policies(\"${owner.name}\")")
        return AuthPolicy.fromJson(assets.get(guid, ReadOptions.FULL).json)
    }

    companion object {
        private val COMMON = listOf("name", "displayName", "description", "isAccessControlEnabled", "policies")

        val POLICY_ATTRIBUTES = listOf(
            "name", "policyType", "policyCategory", "policySubCategory", "policyServiceName", "policyActions", "policyResources",
            "policyResourceCategory", "policyUsers", "policyGroups", "policyRoles", "isPolicyEnabled", "connectionQualifiedName", "accessControl",
        )
    }
}
