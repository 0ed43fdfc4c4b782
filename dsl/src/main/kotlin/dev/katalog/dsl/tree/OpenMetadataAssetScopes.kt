package dev.katalog.dsl.tree

import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.openmetadata.entity.data.StoredProcedureCode
import dev.katalog.model.openmetadata.entity.services.MessagingServiceType
import dev.katalog.model.openmetadata.entity.services.MlModelServiceType
import dev.katalog.model.openmetadata.entity.services.SearchServiceType
import dev.katalog.model.openmetadata.entity.services.StorageServiceType
import dev.katalog.model.openmetadata.type.SearchIndexDataType
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/*
 * The scopes of messaging, storage, ML model and search services, which only OpenMetadata trees hold
 * (`compileForOpenMetadata`, `om.trees`), and what they contain. What OpenMetadata 1.4 requires of an entity (a
 * topic's partitions, a model's algorithm, a search index's fields) is an argument; the rest is set by name with
 * `attribute(…)` and sent when the create request has the field.
 */

/** A messaging service: its topics. */
public class MessagingServiceScope internal constructor(name: String, type: MessagingServiceType) :
    NodeScope<MessagingServiceScope>(NodeKind.MESSAGING_SERVICE, name), Asset.Setters<MessagingServiceScope> {
    init { attribute(SERVICE_TYPE, JsonPrimitive(type.value)) }

    override fun self(): MessagingServiceScope = this

    /** A topic of [partitions] partitions (at least 1, as OpenMetadata requires). */
    public fun topic(name: String, partitions: Int, block: TopicScope.() -> Unit = {}) {
        children += TopicScope(name).attribute(PARTITIONS, JsonPrimitive(partitions)).apply(block).node()
    }
}

/** A topic: the common setters, and OpenMetadata's own fields (`retentionTime`, `replicationFactor`…) by name. */
public class TopicScope internal constructor(name: String) : NodeScope<TopicScope>(NodeKind.TOPIC, name), Asset.Setters<TopicScope> {
    override fun self(): TopicScope = this
}

/** A storage service: its containers, which may hold containers. */
public class StorageServiceScope internal constructor(name: String, type: StorageServiceType) :
    NodeScope<StorageServiceScope>(NodeKind.STORAGE_SERVICE, name), Asset.Setters<StorageServiceScope> {
    init { attribute(SERVICE_TYPE, JsonPrimitive(type.value)) }

    override fun self(): StorageServiceScope = this

    /** A container at the service's root (a bucket). */
    public fun container(name: String, block: ContainerScope.() -> Unit = {}) { children += ContainerScope(name).apply(block).node() }
}

/** A container: the containers inside it (named under it, `s3.bucket.sales`), and the common setters. */
public class ContainerScope internal constructor(name: String) : NodeScope<ContainerScope>(NodeKind.CONTAINER, name), Asset.Setters<ContainerScope> {
    override fun self(): ContainerScope = this

    /** A container inside this one. */
    public fun container(name: String, block: ContainerScope.() -> Unit = {}) { children += ContainerScope(name).apply(block).node() }
}

/** An ML model service: its models. */
public class MlModelServiceScope internal constructor(name: String, type: MlModelServiceType) :
    NodeScope<MlModelServiceScope>(NodeKind.ML_MODEL_SERVICE, name), Asset.Setters<MlModelServiceScope> {
    init { attribute(SERVICE_TYPE, JsonPrimitive(type.value)) }

    override fun self(): MlModelServiceScope = this

    /** A model trained with [algorithm] (which OpenMetadata requires: `XGBoost`, `Neural Network`…). */
    public fun mlModel(name: String, algorithm: String, block: MlModelScope.() -> Unit = {}) {
        children += MlModelScope(name).attribute(ALGORITHM, JsonPrimitive(algorithm)).apply(block).node()
    }
}

/** An ML model: the common setters, and OpenMetadata's own fields (`target`, `mlFeatures`…) by name. */
public class MlModelScope internal constructor(name: String) : NodeScope<MlModelScope>(NodeKind.ML_MODEL, name), Asset.Setters<MlModelScope> {
    override fun self(): MlModelScope = this
}

/** A search service: its search indexes. */
public class SearchServiceScope internal constructor(name: String, type: SearchServiceType) :
    NodeScope<SearchServiceScope>(NodeKind.SEARCH_SERVICE, name), Asset.Setters<SearchServiceScope> {
    init { attribute(SERVICE_TYPE, JsonPrimitive(type.value)) }

    override fun self(): SearchServiceScope = this

    /** A search index; OpenMetadata requires its fields: give them with [SearchIndexScope.field]. */
    public fun searchIndex(name: String, block: SearchIndexScope.() -> Unit) { children += SearchIndexScope(name).apply(block).node() }
}

/** A search index: its fields, and the common setters. */
public class SearchIndexScope internal constructor(name: String) : NodeScope<SearchIndexScope>(NodeKind.SEARCH_INDEX, name), Asset.Setters<SearchIndexScope> {
    override fun self(): SearchIndexScope = this

    /** A field of the index of [dataType]; its FQN is the index's then its name. */
    public fun field(name: String, dataType: SearchIndexDataType, block: SearchFieldScope.() -> Unit = {}) {
        children += SearchFieldScope(name).attribute(DATA_TYPE, JsonPrimitive(dataType.value)).apply(block).node()
    }
}

/** A field of a search index: the common setters (description, displayName). */
public class SearchFieldScope internal constructor(name: String) : NodeScope<SearchFieldScope>(NodeKind.SEARCH_FIELD, name), Asset.Setters<SearchFieldScope> {
    override fun self(): SearchFieldScope = this
}

/** A stored procedure (OpenMetadata trees only): its code, and the common setters. */
public class StoredProcedureScope internal constructor(name: String, code: String, language: StoredProcedureCode.Language) :
    NodeScope<StoredProcedureScope>(NodeKind.STORED_PROCEDURE, name), Asset.Setters<StoredProcedureScope> {
    init { attribute(STORED_PROCEDURE_CODE, storedProcedureCode(code, language)) }

    override fun self(): StoredProcedureScope = this
}

internal const val PARTITIONS = "partitions"
internal const val ALGORITHM = "algorithm"
internal const val DATA_TYPE = "dataType"
internal const val STORED_PROCEDURE_CODE = "storedProcedureCode"

internal fun storedProcedureCode(code: String, language: StoredProcedureCode.Language): JsonObject =
    JsonObject(mapOf("language" to JsonPrimitive(language.value), "code" to JsonPrimitive(code)))
