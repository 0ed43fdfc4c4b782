package dev.katalog.model.atlan.api

import dev.katalog.model.json.EmptyJsonObject
import dev.katalog.model.json.Lossless
import dev.katalog.model.json.LosslessSerializer
import kotlinx.serialization.KeepGeneratedSerializer
import kotlinx.serialization.Serializable
import kotlinx.serialization.Transient
import kotlinx.serialization.json.JsonObject

/** A page of users, groups or roles from `/api/service/...`: counts and the records, each kept as sent. */
@KeepGeneratedSerializer
@Serializable(with = DirectoryPage.Serializer::class)
public data class DirectoryPage(
    val totalRecord: Long? = null,
    val filterRecord: Long? = null,
    val records: List<DirectoryRecord>? = null,
    @Transient override val extras: JsonObject = EmptyJsonObject,
) : Lossless {
    internal object Serializer : LosslessSerializer<DirectoryPage>(generatedSerializer()) {
        override fun withExtras(value: DirectoryPage, extras: JsonObject) = value.copy(extras = extras)
    }
}
