package dev.katalog.client.access

import dev.katalog.client.core.JavaBridge

/** [AccessApi] for Java: its personas and purposes, each call returning a `CompletableFuture`. */
public class AccessApiFutures internal constructor(private val api: AccessApi, private val bridge: JavaBridge) {
    public fun personas(): PersonasApiFutures = PersonasApiFutures(api.personas, bridge)
    public fun purposes(): PurposesApiFutures = PurposesApiFutures(api.purposes, bridge)
}
