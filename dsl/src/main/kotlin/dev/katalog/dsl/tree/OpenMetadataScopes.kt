package dev.katalog.dsl.tree

import dev.katalog.model.atlan.asset.Asset
import dev.katalog.model.openmetadata.entity.services.DashboardServiceType
import dev.katalog.model.openmetadata.entity.services.PipelineServiceType
import dev.katalog.model.openmetadata.type.ChartType
import dev.katalog.model.openmetadata.type.DataModelType
import kotlinx.serialization.json.JsonPrimitive

/*
 * The scopes of the kinds only OpenMetadata trees hold (`compileForOpenMetadata`, `om.trees`): dashboard services
 * with their dashboards, charts and data models, pipeline services with their pipelines and tasks. Each has the
 * common setters of an asset (description, displayName…); fields of OpenMetadata's own are set by name with
 * `attribute(…)` and sent when the create request has them.
 */

/** A dashboard service: its dashboards, charts and data models. */
public class DashboardServiceScope internal constructor(name: String, type: DashboardServiceType) :
    NodeScope<DashboardServiceScope>(NodeKind.DASHBOARD_SERVICE, name), Asset.Setters<DashboardServiceScope> {
    init { attribute(SERVICE_TYPE, JsonPrimitive(type.value)) }

    override fun self(): DashboardServiceScope = this

    /** A dashboard named [name]; returns its node. */
    public fun dashboard(name: String, block: DashboardScope.() -> Unit = {}): AssetNode = DashboardScope(name).apply(block).node().also { children += it }

    /** A chart of the service that no dashboard of the tree shows. */
    public fun chart(name: String, block: ChartScope.() -> Unit = {}): AssetNode = ChartScope(name).apply(block).node().also { children += it }

    /** A data model of the service ([type]: a LookML view, a Tableau data source…) with its columns; returns its node, which a dashboard can read. */
    public fun dataModel(name: String, type: DataModelType, block: DataModelScope.() -> Unit = {}): AssetNode =
        DataModelScope(name, type).apply(block).node().also { children += it }
}

/** A dashboard: its charts, and the tables or data models it [reads] (lineage into the dashboard). */
public class DashboardScope internal constructor(name: String) : NodeScope<DashboardScope>(NodeKind.DASHBOARD, name), Asset.Setters<DashboardScope> {
    private val reading = ArrayList<LineageEnd>()

    override fun self(): DashboardScope = this

    /** A chart the dashboard shows; in OpenMetadata it belongs to the service, its FQN `<service>.<chart>`. */
    public fun chart(name: String, block: ChartScope.() -> Unit = {}): AssetNode = ChartScope(name).apply(block).node().also { children += it }

    /** Reads the tables of the tree at [paths] (`connection/database/schema/table`): an edge from each into the dashboard. */
    public fun reads(vararg paths: String): DashboardScope = also { paths.mapTo(reading) { LineageEnd.InTree(it) } }

    /** Reads [nodes] of the tree: tables, or data models as `dataModel(…)` returned them. */
    public fun reads(vararg nodes: AssetNode): DashboardScope = also { nodes.mapTo(reading) { LineageEnd.OfNode(it) } }

    override fun node(): AssetNode = super.node().copy(inputs = reading.toList())
}

/** A chart: its type ([chartType]) and the common setters. */
public class ChartScope internal constructor(name: String) : NodeScope<ChartScope>(NodeKind.CHART, name), Asset.Setters<ChartScope> {
    override fun self(): ChartScope = this

    /** What kind of chart it is (Bar, Line, Table…). */
    public fun chartType(type: ChartType): ChartScope = attribute("chartType", JsonPrimitive(type.value))
}

/** A data model: its columns, and the tables it [reads] (lineage into the data model). */
public class DataModelScope internal constructor(name: String, type: DataModelType) :
    ColumnsScope<DataModelScope>(NodeKind.DATA_MODEL, name), Asset.Setters<DataModelScope> {
    private val reading = ArrayList<LineageEnd>()

    init { attribute(DATA_MODEL_TYPE, JsonPrimitive(type.value)) }

    override fun self(): DataModelScope = this

    /** Reads the tables of the tree at [paths]: an edge from each into the data model. */
    public fun reads(vararg paths: String): DataModelScope = also { paths.mapTo(reading) { LineageEnd.InTree(it) } }

    /** Reads [nodes] of the tree (tables). */
    public fun reads(vararg nodes: AssetNode): DataModelScope = also { nodes.mapTo(reading) { LineageEnd.OfNode(it) } }

    override fun node(): AssetNode = super.node().copy(inputs = reading.toList())
}

/** A pipeline service: its pipelines. */
public class PipelineServiceScope internal constructor(name: String, type: PipelineServiceType) :
    NodeScope<PipelineServiceScope>(NodeKind.PIPELINE_SERVICE, name), Asset.Setters<PipelineServiceScope> {
    init { attribute(SERVICE_TYPE, JsonPrimitive(type.value)) }

    override fun self(): PipelineServiceScope = this

    /** A pipeline named [name]; returns its node. */
    public fun pipeline(name: String, block: PipelineScope.() -> Unit = {}): AssetNode = PipelineScope(name).apply(block).node().also { children += it }
}

/**
 * A pipeline: its tasks, and the tables it [reads] and [writes]: one lineage edge per table read × table written,
 * each naming the pipeline in its `lineageDetails.pipeline`, as OpenMetadata records what a pipeline moves.
 */
public class PipelineScope internal constructor(name: String) : LineageScope<PipelineScope>(NodeKind.PIPELINE, name), Asset.Setters<PipelineScope> {
    override fun self(): PipelineScope = this

    /** A task of the pipeline; tasks live inside the pipeline entity, their FQNs under it. */
    public fun task(name: String, block: TaskScope.() -> Unit = {}) { children += TaskScope(name).apply(block).node() }
}

/** A task of a pipeline: the tasks after it ([downstream]) and the common setters. */
public class TaskScope internal constructor(name: String) : NodeScope<TaskScope>(NodeKind.TASK, name), Asset.Setters<TaskScope> {
    override fun self(): TaskScope = this

    /** The names of the tasks of the same pipeline that run after this one. */
    public fun downstream(vararg tasks: String): TaskScope = attribute("downstreamTasks", AssetNode.byNameValue(tasks.toList()))

    /** What kind of task it is, in the scheduler's words (`PythonOperator`…). */
    public fun taskType(type: String): TaskScope = attribute("taskType", JsonPrimitive(type))
}

internal const val SERVICE_TYPE = "serviceType"
internal const val DATA_MODEL_TYPE = "dataModelType"
