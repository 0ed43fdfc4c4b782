package dev.katalog.client.access

import dev.katalog.client.assets.AssetsApi
import dev.katalog.client.atlan.AtlanException
import dev.katalog.client.core.UsageException
import dev.katalog.client.directory.DirectoryApi
import dev.katalog.client.search.SearchApi
import dev.katalog.model.atlan.asset.AuthPolicy
import dev.katalog.model.atlan.asset.Connection
import dev.katalog.model.atlan.asset.Persona
import dev.katalog.model.atlan.enums.AuthPolicyType

/**
 * Personas (`client.access.personas`): who (users, groups) may do what to which assets. Created, changed and given
 * policies as Atlan's SDK does (atlanhq/atlan-python, pyatlan/model/assets/core/persona.py: `creator`,
 * `create_metadata_policy`, `create_data_policy`, `create_glossary_policy`). Java uses [PersonasApiFutures].
 */
public class PersonasApi internal constructor(private val assets: AssetsApi, search: SearchApi, private val directory: DirectoryApi) {
    private val personas = AccessControls(Persona, assets, search, listOf("personaUsers", "personaGroups", "roleId"))

    /**
     * Creates a persona named [name], enabled, for the users with [usernames] and the groups with [groupAliases]
     * (each must exist); returns it as saved, with the qualifiedName Atlan gave it.
     */
    public suspend fun create(name: String, description: String? = null, usernames: List<String> = emptyList(), groupAliases: List<String> = emptyList()): Persona {
        UsageException.check(name.isNotBlank(), { "A persona name cannot be blank" }, "Give the persona a name, e.g. Data Stewards")
        val groups = groupNames(groupAliases)
        usernames.forEach { directory.users.get(it) }
        // As pyatlan's Persona.creator: the name stands in as qualifiedName until the server gives it its own.
        val persona = Persona.builder().qualifiedName(name).name(name).displayName(name).description(description ?: "")
            .isAccessControlEnabled(true).personaUsers(usernames.ifEmpty { null }).personaGroups(groups.ifEmpty { null }).build()
        return personas.saveAndRead(persona)
    }

    /** The active persona named [name]; [AtlanException.NotFound] when there is none. */
    public suspend fun find(name: String): Persona = personas.find(name)

    /**
     * Changes the persona named [name]: a non-null [description], [enabled], [usernames] or [groupAliases] replaces
     * what it has. Returns the persona as saved.
     */
    public suspend fun update(
        name: String,
        description: String? = null,
        enabled: Boolean? = null,
        usernames: List<String>? = null,
        groupAliases: List<String>? = null,
    ): Persona {
        val current = find(name)
        usernames?.forEach { directory.users.get(it) }
        val groups = groupAliases?.let { groupNames(it) }
        val change = Persona.updater(current.qualifiedName!!, current.name!!).isAccessControlEnabled(enabled ?: current.isAccessControlEnabled ?: true)
        description?.let { change.description(it) }
        usernames?.let { change.personaUsers(it) }
        groups?.let { change.personaGroups(it) }
        return personas.saveAndRead(change.build())
    }

    /** Deletes the persona named [name] and its policies. */
    public suspend fun delete(name: String): Unit = personas.delete(name)

    /** The policies of the persona named [name], by policy name. */
    public suspend fun policies(name: String): List<AuthPolicy> = personas.policiesOf(find(name))

    /**
     * Adds to the persona named [persona] a metadata policy [policyName]: [actions] on the assets of the connection
     * with [connectionQualifiedName] (all of them, or only those under [resources], each a qualifiedName prefix).
     * The connection must exist. Returns the saved policy.
     */
    public suspend fun addMetadataPolicy(
        persona: String,
        policyName: String,
        actions: Set<PersonaMetadataAction>,
        connectionQualifiedName: String,
        resources: List<String> = emptyList(),
        policyType: AuthPolicyType = AuthPolicyType.ALLOW,
    ): AuthPolicy {
        checkPolicy(policyName)
        UsageException.check(actions.isNotEmpty(), { "A metadata policy needs at least one action" }, "Pass actions such as PersonaMetadataAction.READ")
        val owner = find(persona)
        requireConnection(connectionQualifiedName)
        val policy = policy(owner, policyName, policyType, "metadata", "atlas", CUSTOM)
            .policyActions(actions.map { it.value })
            .connectionQualifiedName(connectionQualifiedName)
            .policyResources(entityResources(connectionQualifiedName, resources))
            .build()
        return personas.savePolicy(owner, policy)
    }

    /**
     * Adds to the persona named [persona] a data policy [policyName]: querying (`select`) the data of the connection
     * with [connectionQualifiedName] (or of [resources] in it). The connection must exist. Returns the saved policy.
     */
    public suspend fun addDataPolicy(
        persona: String,
        policyName: String,
        connectionQualifiedName: String,
        resources: List<String> = emptyList(),
        policyType: AuthPolicyType = AuthPolicyType.ALLOW,
    ): AuthPolicy {
        checkPolicy(policyName)
        val owner = find(persona)
        requireConnection(connectionQualifiedName)
        // As pyatlan's create_data_policy: every entity type of the resources, served by heka, Atlan's query service.
        val policy = policy(owner, policyName, policyType, "data", "heka", "ENTITY")
            .policyActions(listOf(SELECT))
            .connectionQualifiedName(connectionQualifiedName)
            .policyResources(entityResources(connectionQualifiedName, resources) + "entity-type:*")
            .build()
        return personas.savePolicy(owner, policy)
    }

    /**
     * Adds to the persona named [persona] a glossary policy [policyName]: [actions] on the glossaries with
     * [glossaryQualifiedNames]. Returns the saved policy.
     */
    public suspend fun addGlossaryPolicy(
        persona: String,
        policyName: String,
        actions: Set<PersonaGlossaryAction>,
        glossaryQualifiedNames: List<String>,
        policyType: AuthPolicyType = AuthPolicyType.ALLOW,
    ): AuthPolicy {
        checkPolicy(policyName)
        UsageException.check(actions.isNotEmpty(), { "A glossary policy needs at least one action" }, "Pass actions such as PersonaGlossaryAction.READ")
        UsageException.check(glossaryQualifiedNames.isNotEmpty(), { "A glossary policy needs at least one glossary" }, "Pass the glossaries' qualifiedNames (client.glossary.findGlossary(name).qualifiedName)")
        val owner = find(persona)
        val policy = policy(owner, policyName, policyType, "glossary", "atlas", CUSTOM)
            .policyActions(actions.map { it.value })
            .policyResources(glossaryQualifiedNames.map { "entity:$it" })
            .build()
        return personas.savePolicy(owner, policy)
    }

    override fun toString(): String = "PersonasApi"

    private fun policy(owner: Persona, name: String, type: AuthPolicyType, subCategory: String, service: String, resourceCategory: String): AuthPolicy.Builder =
        AuthPolicy.builder().qualifiedName(name).name(name).displayName("")
            .policyType(type).policyCategory(CATEGORY).policySubCategory(subCategory).policyServiceName(service)
            .policyResourceCategory(resourceCategory).accessControl(Persona.refByGuid(owner.guid!!))

    private fun checkPolicy(policyName: String) =
        UsageException.check(policyName.isNotBlank(), { "A policy name cannot be blank" }, "Give the policy a name, e.g. Read the warehouse")

    private suspend fun requireConnection(qualifiedName: String) {
        UsageException.check(qualifiedName.isNotBlank(), { "A connection qualifiedName cannot be blank" }, "Pass the connection's qualifiedName, e.g. default/snowflake/1700000000")
        assets.getOrNull(Connection, qualifiedName) ?: throw AtlanException.NotFound(
            "There is no connection with qualifiedName $qualifiedName", null, null,
            "Check the qualifiedName (client.assets.findConnections(name, connector) finds it by name), or create the connection first",
        )
    }

    private fun entityResources(connection: String, resources: List<String>): List<String> {
        for (resource in resources) {
            UsageException.check(resource.startsWith(connection), { "The resource $resource is not in the connection $connection" }, "Name assets under $connection, e.g. $connection/DB/SCHEMA")
        }
        return resources.ifEmpty { listOf(connection) }.map { "entity:$it" }
    }

    private suspend fun groupNames(aliases: List<String>): List<String> =
        aliases.map { alias -> directory.groups.get(alias).name ?: alias }

    private companion object {
        const val CATEGORY = "persona"
        const val CUSTOM = "CUSTOM"
        const val SELECT = "select"
    }
}
