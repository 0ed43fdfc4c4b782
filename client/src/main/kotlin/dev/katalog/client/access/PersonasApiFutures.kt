package dev.katalog.client.access

import dev.katalog.client.core.JavaBridge
import dev.katalog.model.atlan.asset.AuthPolicy
import dev.katalog.model.atlan.asset.Persona
import dev.katalog.model.atlan.enums.AuthPolicyType
import java.util.concurrent.CompletableFuture

/** [PersonasApi] for Java: each call returns a [CompletableFuture] that fails with an `AtlanException` or a `UsageException`. */
public class PersonasApiFutures internal constructor(private val api: PersonasApi, private val bridge: JavaBridge) {
    public fun create(name: String, description: String?, usernames: List<String>, groupAliases: List<String>): CompletableFuture<Persona> =
        bridge.future { api.create(name, description, usernames, groupAliases) }
    public fun create(name: String): CompletableFuture<Persona> = bridge.future { api.create(name) }
    public fun find(name: String): CompletableFuture<Persona> = bridge.future { api.find(name) }
    public fun update(name: String, description: String?, enabled: Boolean?, usernames: List<String>?, groupAliases: List<String>?): CompletableFuture<Persona> =
        bridge.future { api.update(name, description, enabled, usernames, groupAliases) }
    public fun delete(name: String): CompletableFuture<Void?> = bridge.run { api.delete(name) }
    public fun policies(name: String): CompletableFuture<List<AuthPolicy>> = bridge.future { api.policies(name) }
    public fun addMetadataPolicy(
        persona: String,
        policyName: String,
        actions: Set<PersonaMetadataAction>,
        connectionQualifiedName: String,
        resources: List<String>,
        policyType: AuthPolicyType,
    ): CompletableFuture<AuthPolicy> = bridge.future { api.addMetadataPolicy(persona, policyName, actions, connectionQualifiedName, resources, policyType) }
    public fun addMetadataPolicy(persona: String, policyName: String, actions: Set<PersonaMetadataAction>, connectionQualifiedName: String): CompletableFuture<AuthPolicy> =
        bridge.future { api.addMetadataPolicy(persona, policyName, actions, connectionQualifiedName) }
    public fun addDataPolicy(persona: String, policyName: String, connectionQualifiedName: String, resources: List<String>, policyType: AuthPolicyType): CompletableFuture<AuthPolicy> =
        bridge.future { api.addDataPolicy(persona, policyName, connectionQualifiedName, resources, policyType) }
    public fun addDataPolicy(persona: String, policyName: String, connectionQualifiedName: String): CompletableFuture<AuthPolicy> =
        bridge.future { api.addDataPolicy(persona, policyName, connectionQualifiedName) }
    public fun addGlossaryPolicy(
        persona: String,
        policyName: String,
        actions: Set<PersonaGlossaryAction>,
        glossaryQualifiedNames: List<String>,
        policyType: AuthPolicyType,
    ): CompletableFuture<AuthPolicy> = bridge.future { api.addGlossaryPolicy(persona, policyName, actions, glossaryQualifiedNames, policyType) }
    public fun addGlossaryPolicy(persona: String, policyName: String, actions: Set<PersonaGlossaryAction>, glossaryQualifiedNames: List<String>): CompletableFuture<AuthPolicy> =
        bridge.future { api.addGlossaryPolicy(persona, policyName, actions, glossaryQualifiedNames) }
}
