package dev.katalog.client.openmetadata.system

import dev.katalog.client.core.JavaBridge
import dev.katalog.client.openmetadata.calls.OpenMetadataException
import dev.katalog.model.openmetadata.api.OpenMetadataServerVersion
import java.util.concurrent.CompletableFuture

/** [SystemApi] for Java: each call returns a [CompletableFuture] that fails with an [OpenMetadataException]. */
public class SystemApiFutures internal constructor(private val api: SystemApi, private val bridge: JavaBridge) {
    /** The server's version. */
    public fun version(): CompletableFuture<OpenMetadataServerVersion> = bridge.future { api.version() }

    /** Checks that this SDK speaks the server's major.minor version. */
    public fun checkCompatibility(): CompletableFuture<OpenMetadataServerVersion> = bridge.future { api.checkCompatibility() }
}
