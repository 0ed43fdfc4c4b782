package dev.katalog.client.access

import dev.katalog.client.core.JavaBridge
import dev.katalog.model.atlan.asset.AuthPolicy
import dev.katalog.model.atlan.asset.Purpose
import dev.katalog.model.atlan.enums.AuthPolicyType
import java.util.concurrent.CompletableFuture

/** [PurposesApi] for Java: each call returns a [CompletableFuture] that fails with an `AtlanException` or a `UsageException`. */
public class PurposesApiFutures internal constructor(private val api: PurposesApi, private val bridge: JavaBridge) {
    public fun create(name: String, tags: List<String>, description: String?): CompletableFuture<Purpose> = bridge.future { api.create(name, tags, description) }
    public fun create(name: String, tags: List<String>): CompletableFuture<Purpose> = bridge.future { api.create(name, tags) }
    public fun find(name: String): CompletableFuture<Purpose> = bridge.future { api.find(name) }
    public fun tagsOf(purpose: Purpose): CompletableFuture<List<String>> = bridge.future { api.tagsOf(purpose) }
    public fun update(name: String, description: String?, enabled: Boolean?, tags: List<String>?): CompletableFuture<Purpose> =
        bridge.future { api.update(name, description, enabled, tags) }
    public fun delete(name: String): CompletableFuture<Void?> = bridge.run { api.delete(name) }
    public fun policies(name: String): CompletableFuture<List<AuthPolicy>> = bridge.future { api.policies(name) }
    public fun addMetadataPolicy(
        purpose: String,
        policyName: String,
        actions: Set<PurposeMetadataAction>,
        usernames: List<String>,
        groupAliases: List<String>,
        allUsers: Boolean,
        policyType: AuthPolicyType,
    ): CompletableFuture<AuthPolicy> = bridge.future { api.addMetadataPolicy(purpose, policyName, actions, usernames, groupAliases, allUsers, policyType) }
    public fun addMetadataPolicy(purpose: String, policyName: String, actions: Set<PurposeMetadataAction>, usernames: List<String>, groupAliases: List<String>): CompletableFuture<AuthPolicy> =
        bridge.future { api.addMetadataPolicy(purpose, policyName, actions, usernames, groupAliases) }
    public fun addDataPolicy(
        purpose: String,
        policyName: String,
        usernames: List<String>,
        groupAliases: List<String>,
        allUsers: Boolean,
        policyType: AuthPolicyType,
    ): CompletableFuture<AuthPolicy> = bridge.future { api.addDataPolicy(purpose, policyName, usernames, groupAliases, allUsers, policyType) }
    public fun addDataPolicy(purpose: String, policyName: String, usernames: List<String>, groupAliases: List<String>): CompletableFuture<AuthPolicy> =
        bridge.future { api.addDataPolicy(purpose, policyName, usernames, groupAliases) }
}
