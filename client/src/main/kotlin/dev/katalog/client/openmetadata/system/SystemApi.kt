package dev.katalog.client.openmetadata.system

import dev.katalog.client.openmetadata.calls.OpenMetadataCalls
import dev.katalog.client.openmetadata.calls.OpenMetadataException
import dev.katalog.model.openmetadata.api.OpenMetadataServerVersion

/**
 * The server itself (`om.system`): its version, and whether this SDK speaks it. Java uses [SystemApiFutures].
 */
public class SystemApi internal constructor(private val calls: OpenMetadataCalls) {

    /** The server's version (`GET /system/version`); this call itself is never held back by the version check. */
    public suspend fun version(): OpenMetadataServerVersion = calls.serverVersion()

    /**
     * Checks that the server's major.minor is the one this SDK speaks (`OpenMetadataClient.SUPPORTED_VERSION`);
     * [OpenMetadataException.IncompatibleServer] otherwise. Runs once by itself before the first call unless the
     * client was built with `checkServerVersion(false)`.
     */
    public suspend fun checkCompatibility(): OpenMetadataServerVersion = calls.checkCompatibility()

    override fun toString(): String = "SystemApi"
}
