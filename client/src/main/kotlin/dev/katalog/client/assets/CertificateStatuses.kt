package dev.katalog.client.assets

import dev.katalog.client.core.UsageException
import dev.katalog.model.atlan.enums.CertificateStatus

/** Certificate statuses written as text (from a file, a command line): checked before anything is sent. */
public object CertificateStatuses {
    /** The status written as [text] (any case: `verified`, `VERIFIED`); a [UsageException] naming the statuses otherwise. */
    @JvmStatic
    public fun of(text: String): CertificateStatus = CertificateStatus.entries.firstOrNull { it.name.equals(text.trim(), ignoreCase = true) }
        ?: throw UsageException("There is no certificate status \"$text\"", "Use one of ${CertificateStatus.entries.map { it.name }}")
}
