@file:JvmName("OpenMetadataTrees")

package dev.katalog.dsl.openmetadata

import dev.katalog.dsl.tree.AssetNode
import dev.katalog.dsl.tree.CatalogTree
import dev.katalog.dsl.tree.InvalidTreeException
import dev.katalog.dsl.tree.LineageEnd
import dev.katalog.dsl.tree.LineageEnds
import dev.katalog.dsl.tree.NodeKind
import dev.katalog.dsl.tree.TreeProblem
import dev.katalog.dsl.tree.TreeValidator
import dev.katalog.model.json.KatalogJson
import dev.katalog.model.json.ModelDecodeException
import dev.katalog.model.openmetadata.CreateRequest
import dev.katalog.model.openmetadata.Fqn
import dev.katalog.model.openmetadata.InvalidFqnException
import dev.katalog.model.openmetadata.api.data.CreateChart
import dev.katalog.model.openmetadata.api.data.CreateContainer
import dev.katalog.model.openmetadata.api.data.CreateDashboard
import dev.katalog.model.openmetadata.api.data.CreateDashboardDataModel
import dev.katalog.model.openmetadata.api.data.CreateDatabase
import dev.katalog.model.openmetadata.api.data.CreateDatabaseSchema
import dev.katalog.model.openmetadata.api.data.CreateGlossary
import dev.katalog.model.openmetadata.api.data.CreateGlossaryTerm
import dev.katalog.model.openmetadata.api.data.CreateMlModel
import dev.katalog.model.openmetadata.api.data.CreatePipeline
import dev.katalog.model.openmetadata.api.data.CreateSearchIndex
import dev.katalog.model.openmetadata.api.data.CreateStoredProcedure
import dev.katalog.model.openmetadata.api.data.CreateTable
import dev.katalog.model.openmetadata.api.data.CreateTopic
import dev.katalog.model.openmetadata.api.services.CreateDashboardService
import dev.katalog.model.openmetadata.api.services.CreateDatabaseService
import dev.katalog.model.openmetadata.api.services.CreateMessagingService
import dev.katalog.model.openmetadata.api.services.CreateMlModelService
import dev.katalog.model.openmetadata.api.services.CreateSearchService
import dev.katalog.model.openmetadata.api.services.CreateStorageService
import dev.katalog.model.openmetadata.api.services.CreatePipelineService
import dev.katalog.model.openmetadata.kinds.EntityKinds
import dev.katalog.model.openmetadata.type.TableType
import dev.katalog.model.openmetadata.type.Column
import dev.katalog.model.openmetadata.type.ColumnLineage
import dev.katalog.model.openmetadata.type.LineageDetails
import dev.katalog.model.openmetadata.type.SearchIndexField
import dev.katalog.model.openmetadata.type.Task
import kotlinx.serialization.json.JsonArray
import kotlinx.serialization.KSerializer
import kotlinx.serialization.SerializationException
import kotlinx.serialization.json.JsonElement
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.JsonPrimitive

/**
 * This tree as OpenMetadata create requests: a connection becomes a DatabaseService (its type from the connector),
 * then Databases, DatabaseSchemas and Tables with their columns (data types mapped by [ColumnTypeMapping]); a
 * glossary becomes a Glossary, its terms GlossaryTerms, and its categories parent terms of the terms inside them.
 *
 * A node's attributes named like a field of its create request (`description`, `displayName`, `tableType`…) are
 * sent; the others (Atlan's `adminUsers`, `rowCount`…) are listed in [CompiledOpenMetadataTree.ignored], as are custom
 * metadata, READMEs and terms whose glossary the tree does not declare (the others become glossary tags). Glossaries
 * and terms without a description get an empty one (OpenMetadata requires the field). A process becomes one lineage
 * edge per table it reads and table it writes, its `description` and `sql` in the edge's `lineageDetails` (where
 * OpenMetadata keeps them) with the column lineage of its column processes. Every problem, with its path, is thrown
 * at once as an [InvalidTreeException].
 *
 * A dashboard service becomes a DashboardService, its charts Charts (FQN `<service>.<chart>`: charts belong to the
 * service; a dashboard lists the charts declared inside it), its data models DashboardDataModels (`<service>.model.<name>`)
 * and its dashboards Dashboards; a pipeline service a PipelineService and its pipelines Pipelines with their tasks.
 * Messaging, ML model and search services hold topics, ML models and search indexes (with their fields) named under
 * them; a storage service holds containers, each named under the container that holds it (the parent reference is
 * filled in when the request is sent); a schema may hold stored procedures.
 * A dashboard or data model that reads tables becomes an edge from each into it; a pipeline that reads and writes
 * tables one edge per table read × table written, naming the pipeline in `lineageDetails.pipeline`.
 */
public fun CatalogTree.compileForOpenMetadata(): CompiledOpenMetadataTree = OpenMetadataTreeCompiler(roots).compile()

private class OpenMetadataTreeCompiler(private val roots: List<AssetNode>) {
    private val items = ArrayList<OpenMetadataTreeItem>()
    private val ignored = ArrayList<TreeProblem>()
    private val problems = ArrayList<TreeProblem>()
    private val edges = ArrayList<OpenMetadataLineageEdge>()

    // Tree path → FQN of each table and column, and each column's table path: what lineage ends become.
    private val tableFqns = HashMap<String, String>()
    private val columnFqns = HashMap<String, String>()
    private val columnTables = HashMap<String, String>()

    // Tree path → FQN of each data model and pipeline (lineage ends and edge describers of the service trees).
    private val dataModelFqns = HashMap<String, String>()
    private val pipelineFqns = HashMap<String, String>()

    fun compile(): CompiledOpenMetadataTree {
        problems += TreeValidator.problems(roots, atlanRules = false)
        if (problems.isEmpty()) {
            for ((node, path) in roots.zip(TreeValidator.pathsOf(roots, ""))) when (node.kind) {
                NodeKind.CONNECTION -> service(node, path)
                NodeKind.GLOSSARY -> glossary(node, path)
                NodeKind.DASHBOARD_SERVICE -> dashboardService(node, path)
                NodeKind.PIPELINE_SERVICE -> pipelineService(node, path)
                NodeKind.MESSAGING_SERVICE, NodeKind.ML_MODEL_SERVICE, NodeKind.SEARCH_SERVICE -> assetService(node, path)
                NodeKind.STORAGE_SERVICE -> storageService(node, path)
                NodeKind.DOMAIN -> problems += TreeProblem(path, "data domains and products are Atlan's: apply this tree to Atlan, or leave the domain out")
                else -> Unit // the validator reported it
            }
            if (problems.isEmpty()) lineage()
        }
        if (problems.isNotEmpty()) throw InvalidTreeException(problems)
        return CompiledOpenMetadataTree(items.toList(), ignored.toList(), edges.toList())
    }

    /** Each process as edges between the tables it reads and writes; its column processes as those edges' column lineage. */
    private fun lineage() {
        val ends = LineageEnds.of(roots)
        val byProcess = HashMap<String, List<Pair<String, String>>>()
        val columnsLineage = HashMap<Pair<String, String>, MutableList<ColumnLineage>>()
        for ((node, path) in ends.processes) {
            // OpenMetadata keeps a process as the edges it makes: nothing holds its name, so an export from OpenMetadata names it anew.
            ignored += TreeProblem(path, "the ${node.kind.label}'s name \"${node.name}\" has no OpenMetadata field (a ${node.kind.label} is kept as its lineage edges): not sent")
            fun resolve(declared: List<LineageEnd>, wanted: Map<String, String>, what: String): List<String> {
                val resolved = ArrayList<String>()
                for (end in declared) {
                    val treePath = ends.treePathOf(end)
                    when {
                        end is LineageEnd.InCatalog -> problem(
                            path, "${node.kind.label} \"${node.name}\" links $end, an Atlan reference: OpenMetadata lineage links entities of the tree; give the path of $what of the tree",
                        )
                        treePath == null -> Unit // the validator reported it
                        treePath in wanted -> resolved += treePath
                        else -> problem(path, "${node.kind.label} \"${node.name}\" links $end, which is not $what: in OpenMetadata a ${node.kind.label} links ${what.removePrefix("a ")}s")
                    }
                }
                return resolved
            }
            if (node.kind == NodeKind.PROCESS) {
                val inputs = resolve(node.inputs, tableFqns, "a table")
                val outputs = resolve(node.outputs, tableFqns, "a table")
                byProcess[path] = inputs.flatMap { input -> outputs.map { input to it } }
                for ((attribute, _) in node.attributes) if (attribute !in PROCESS_DETAILS) {
                    ignored += TreeProblem(path, "\"$attribute\" has no field in OpenMetadata's lineageDetails: not sent")
                }
            } else {
                val inputs = resolve(node.inputs, columnFqns, "a column")
                val outputs = resolve(node.outputs, columnFqns, "a column")
                val parentPath = path.substringBeforeLast('/')
                val parentEdges = byProcess[parentPath].orEmpty().toSet()
                for (output in outputs) {
                    val from = inputs.filter { (columnTables.getValue(it) to columnTables.getValue(output)) in parentEdges }
                    if (from.isEmpty()) {
                        problem(path, "column process \"${node.name}\" writes ${columnFqns.getValue(output)} from no column of a table its process reads: " +
                            "read columns of the tables the process reads, and write columns of the tables it writes")
                        continue
                    }
                    columnsLineage.getOrPut(columnTables.getValue(from.first()) to columnTables.getValue(output)) { ArrayList() } +=
                        ColumnLineage(fromColumns = from.map { columnFqns.getValue(it) }, toColumn = columnFqns.getValue(output))
                }
            }
        }
        for ((node, path) in ends.processes) {
            if (node.kind != NodeKind.PROCESS) continue
            val description = (node.attributes["description"] ?: node.attributes["userDescription"]) as? JsonPrimitive
            val sql = node.attributes["sql"] as? JsonPrimitive
            for ((from, to) in byProcess[path].orEmpty()) {
                val details = LineageDetails(
                    sqlQuery = sql?.content,
                    columnsLineage = columnsLineage[from to to],
                    description = description?.content,
                    source = LineageDetails.Source.Manual,
                )
                edges += OpenMetadataLineageEdge(path, tableFqns.getValue(from), tableFqns.getValue(to), details)
            }
        }
        for ((node, path) in ends.linking) {
            val readable = if (node.kind == NodeKind.DASHBOARD) tableFqns + dataModelFqns else tableFqns
            val inputs = resolve(node, path, node.inputs, ends, readable, if (node.kind == NodeKind.DASHBOARD) "a table or data model" else "a table")
            val details = LineageDetails(source = LineageDetails.Source.Manual)
            fun typeOf(treePath: String) = if (treePath in dataModelFqns) EntityKinds.DASHBOARD_DATA_MODEL.type else EntityKinds.TABLE.type
            when (node.kind) {
                NodeKind.PIPELINE -> {
                    val outputs = resolve(node, path, node.outputs, ends, tableFqns, "a table")
                    for (from in inputs) for (to in outputs) {
                        edges += OpenMetadataLineageEdge(path, tableFqns.getValue(from), tableFqns.getValue(to), details, pipeline = pipelineFqns[path])
                    }
                }
                else -> {
                    val own = (if (node.kind == NodeKind.DASHBOARD) dashboardFqns else dataModelFqns)[path] ?: continue
                    val ownType = if (node.kind == NodeKind.DASHBOARD) EntityKinds.DASHBOARD.type else EntityKinds.DASHBOARD_DATA_MODEL.type
                    for (from in inputs) edges += OpenMetadataLineageEdge(path, readable.getValue(from), own, details, typeOf(from), ownType)
                }
            }
        }
    }

    private fun resolve(node: AssetNode, path: String, declared: List<LineageEnd>, ends: LineageEnds, wanted: Map<String, String>, what: String): List<String> {
        val resolved = ArrayList<String>()
        for (end in declared) {
            val treePath = ends.treePathOf(end)
            when {
                end is LineageEnd.InCatalog -> problem(path, "${node.kind.label} \"${node.name}\" links $end, an Atlan reference: OpenMetadata lineage links entities of the tree; give the path of $what of the tree")
                treePath == null -> Unit // the validator reported it
                treePath in wanted -> resolved += treePath
                else -> problem(path, "${node.kind.label} \"${node.name}\" links $end, which is not $what: a ${node.kind.label} links ${what.removePrefix("a ")}s")
            }
        }
        return resolved
    }

    private val dashboardFqns = HashMap<String, String>()

    private fun dashboardService(node: AssetNode, path: String) {
        val fqn = fqn(path, listOf(node.name)) ?: return
        add(node, path, 0, fqn, CreateDashboardService.serializer(), mapOf("name" to JsonPrimitive(node.name)))
        // Charts belong to the service: one name is one chart, wherever the tree declares it.
        val charts = HashMap<String, String>()
        fun chart(chart: AssetNode, chartPath: String): String? {
            charts.putIfAbsent(chart.name, chartPath)?.let { other ->
                return null.also { problem(chartPath, "chart \"${chart.name}\" is declared again (see $other): OpenMetadata keeps charts by service, so one name is one chart; declare it once") }
            }
            val chartFqn = fqn(chartPath, listOf(node.name, chart.name)) ?: return null
            add(chart, chartPath, 1, chartFqn, CreateChart.serializer(), mapOf("name" to JsonPrimitive(chart.name), "service" to JsonPrimitive(fqn)))
            return chartFqn
        }
        children(node, path) { child, childPath ->
            when (child.kind) {
                NodeKind.CHART -> chart(child, childPath)
                NodeKind.DATA_MODEL -> dataModel(child, childPath, node.name, fqn)
                NodeKind.DASHBOARD -> {
                    val dashboardFqn = fqn(childPath, listOf(node.name, child.name)) ?: return@children
                    val chartFqns = ArrayList<JsonElement>()
                    children(child, childPath) { chart, chartPath -> chart(chart, chartPath)?.let { chartFqns += JsonPrimitive(it) } }
                    dashboardFqns[childPath] = dashboardFqn
                    add(child, childPath, 2, dashboardFqn, CreateDashboard.serializer(), mapOf(
                        "name" to JsonPrimitive(child.name), "service" to JsonPrimitive(fqn), "charts" to JsonArray(chartFqns),
                    ))
                }
                else -> Unit // the validator reported it
            }
        }
    }

    // OpenMetadata 1.4 names a data model `<service>.model.<name>` (jdbi3/DashboardDataModelRepository.setFullyQualifiedName).
    private fun dataModel(node: AssetNode, path: String, serviceName: String, serviceFqn: String) {
        val names = listOf(serviceName, "model", node.name)
        val fqn = fqn(path, names) ?: return
        val columnNodes = node.children.filter { it.kind == NodeKind.COLUMN }
        val columns = columnNodes.zip(TreeValidator.pathsOf(columnNodes, path)).zip(TreeValidator.columnOrders(columnNodes)).mapNotNull { (column, order) ->
            column(column.first, column.second, order)
        }
        dataModelFqns[path] = fqn
        add(node, path, 1, fqn, CreateDashboardDataModel.serializer(), mapOf(
            "name" to JsonPrimitive(node.name), "service" to JsonPrimitive(serviceFqn), "columns" to JsonArray(columns),
        ))
    }

    private fun pipelineService(node: AssetNode, path: String) {
        val fqn = fqn(path, listOf(node.name)) ?: return
        add(node, path, 0, fqn, CreatePipelineService.serializer(), mapOf("name" to JsonPrimitive(node.name)))
        children(node, path) { pipeline, pipelinePath ->
            if (pipeline.kind != NodeKind.PIPELINE) return@children
            val pipelineFqn = fqn(pipelinePath, listOf(node.name, pipeline.name)) ?: return@children
            // Tasks live inside the pipeline entity (its `tasks`), each FQN the pipeline's then the task's name.
            val tasks = ArrayList<JsonElement>()
            var ok = true
            children(pipeline, pipelinePath) { task, taskPath ->
                fqnPart(taskPath, task.name) ?: return@children run { ok = false }
                val json = withAttributes(task, taskPath, Task.serializer(), mapOf("name" to JsonPrimitive(task.name)), structural = setOf("name"))
                if (json == null || decoded(taskPath, Task.serializer(), json) == null) ok = false else tasks += json
            }
            if (!ok) return@children
            pipelineFqns[pipelinePath] = pipelineFqn
            add(pipeline, pipelinePath, 1, pipelineFqn, CreatePipeline.serializer(), mapOf(
                "name" to JsonPrimitive(pipeline.name), "service" to JsonPrimitive(fqn), "tasks" to JsonArray(tasks),
            ))
        }
    }

    // OpenMetadata 1.4 names a topic, ML model or search index `<service>.<name>` (Topic/MlModel/SearchIndexRepository.setFullyQualifiedName).
    private fun assetService(node: AssetNode, path: String) {
        val fqn = fqn(path, listOf(node.name)) ?: return
        when (node.kind) {
            NodeKind.MESSAGING_SERVICE -> add(node, path, 0, fqn, CreateMessagingService.serializer(), mapOf("name" to JsonPrimitive(node.name)))
            NodeKind.ML_MODEL_SERVICE -> add(node, path, 0, fqn, CreateMlModelService.serializer(), mapOf("name" to JsonPrimitive(node.name)))
            else -> add(node, path, 0, fqn, CreateSearchService.serializer(), mapOf("name" to JsonPrimitive(node.name)))
        }
        children(node, path) { child, childPath ->
            val childFqn = fqn(childPath, listOf(node.name, child.name)) ?: return@children
            val fields = mapOf("name" to JsonPrimitive(child.name), "service" to JsonPrimitive(fqn))
            when (child.kind) {
                NodeKind.TOPIC -> {
                    // createTopic.json: partitions has a minimum of 1.
                    val partitions = (child.attributes["partitions"] as? JsonPrimitive)?.content?.toLongOrNull()
                    if (partitions == null || partitions < 1) return@children problem(childPath, "topic \"${child.name}\" has ${partitions ?: "no"} partitions: OpenMetadata requires at least 1")
                    add(child, childPath, 1, childFqn, CreateTopic.serializer(), fields)
                }
                NodeKind.ML_MODEL -> add(child, childPath, 1, childFqn, CreateMlModel.serializer(), fields)
                NodeKind.SEARCH_INDEX -> searchIndex(child, childPath, childFqn, fields)
                else -> Unit // the validator reported it
            }
        }
    }

    // A search index's fields live inside it (its `fields`, which 1.4 requires), each FQN the index's then the field's name.
    private fun searchIndex(node: AssetNode, path: String, fqn: String, fields: Map<String, JsonElement>) {
        val indexFields = ArrayList<JsonElement>()
        var ok = true
        children(node, path) { field, fieldPath ->
            fqnPart(fieldPath, field.name) ?: return@children run { ok = false }
            val json = withAttributes(field, fieldPath, SearchIndexField.serializer(), mapOf("name" to JsonPrimitive(field.name)), structural = setOf("name"))
            if (json == null || decoded(fieldPath, SearchIndexField.serializer(), json) == null) ok = false else indexFields += json
        }
        if (indexFields.isEmpty() && ok) return problem(path, "search index \"${node.name}\" has no fields, which OpenMetadata requires: add field(name, dataType)")
        if (ok) add(node, path, 1, fqn, CreateSearchIndex.serializer(), fields + ("fields" to JsonArray(indexFields)))
    }

    // OpenMetadata 1.4 ContainerRepository.setFullyQualifiedName: a root container `<service>.<name>`, a nested one its
    // parent's FQN then its name. The parent is a reference, resolved when the request is sent (om.trees), not here.
    private fun storageService(node: AssetNode, path: String) {
        val fqn = fqn(path, listOf(node.name)) ?: return
        add(node, path, 0, fqn, CreateStorageService.serializer(), mapOf("name" to JsonPrimitive(node.name)))
        fun containers(parent: AssetNode, parentPath: String, names: List<String>, depth: Int) {
            children(parent, parentPath) { container, containerPath ->
                if (container.kind != NodeKind.CONTAINER) return@children
                val containerNames = names + container.name
                val containerFqn = fqn(containerPath, containerNames) ?: return@children
                add(container, containerPath, depth, containerFqn, CreateContainer.serializer(), mapOf("name" to JsonPrimitive(container.name), "service" to JsonPrimitive(fqn)))
                containers(container, containerPath, containerNames, depth + 1)
            }
        }
        containers(node, path, listOf(node.name), 1)
    }

    private fun service(node: AssetNode, path: String) {
        val connector = node.connector!!
        val serviceType = ServiceTypes.of(connector) ?: return problem(
            path, "connector \"${connector.value}\" is not a database service in OpenMetadata: use one of ${ServiceTypes.supported.joinToString { it.value }}",
        )
        val fqn = fqn(path, listOf(node.name)) ?: return
        add(node, path, 0, fqn, CreateDatabaseService.serializer(), mapOf("name" to JsonPrimitive(node.name), "serviceType" to JsonPrimitive(serviceType.value)))
        children(node, path) { database, databasePath ->
            if (database.kind == NodeKind.OTHER) return@children notSent(database, databasePath)
            if (database.kind != NodeKind.DATABASE) return@children
            val databaseFqn = fqn(databasePath, listOf(node.name, database.name)) ?: return@children
            add(database, databasePath, 1, databaseFqn, CreateDatabase.serializer(), mapOf("name" to JsonPrimitive(database.name), "service" to JsonPrimitive(fqn)))
            children(database, databasePath) { schema, schemaPath ->
                if (schema.kind == NodeKind.OTHER) return@children notSent(schema, schemaPath)
                val schemaFqn = fqn(schemaPath, listOf(node.name, database.name, schema.name)) ?: return@children
                add(schema, schemaPath, 2, schemaFqn, CreateDatabaseSchema.serializer(), mapOf("name" to JsonPrimitive(schema.name), "database" to JsonPrimitive(databaseFqn)))
                children(schema, schemaPath) { table, tablePath ->
                    val names = listOf(node.name, database.name, schema.name, table.name)
                    when (table.kind) {
                        NodeKind.OTHER -> notSent(table, tablePath)
                        NodeKind.STORED_PROCEDURE -> storedProcedure(table, tablePath, names, schemaFqn)
                        else -> table(table, tablePath, names, schemaFqn)
                    }
                }
            }
        }
    }

    /** An asset declared by Atlan type name: OpenMetadata has no entity to make of it, which the plan says. */
    private fun notSent(node: AssetNode, path: String) {
        ignored += TreeProblem(path, "${node.typeName} \"${node.name}\" is an Atlan type with no OpenMetadata entity: not sent")
    }

    // OpenMetadata 1.4 StoredProcedureRepository.setFullyQualifiedName: the schema's FQN then the name.
    private fun storedProcedure(node: AssetNode, path: String, names: List<String>, schemaFqn: String) {
        val fqn = fqn(path, names) ?: return
        add(node, path, 3, fqn, CreateStoredProcedure.serializer(), mapOf("name" to JsonPrimitive(node.name), "databaseSchema" to JsonPrimitive(schemaFqn)))
    }

    private fun table(node: AssetNode, path: String, names: List<String>, schemaFqn: String) {
        val fqn = fqn(path, names) ?: return
        val columnNodes = node.children.filter { it.kind == NodeKind.COLUMN }
        val columns = columnNodes.zip(TreeValidator.pathsOf(columnNodes, path)).zip(TreeValidator.columnOrders(columnNodes)).mapNotNull { (column, order) ->
            column(column.first, column.second, order)
        }
        val tableType = when (node.kind) {
            NodeKind.VIEW -> TableType.View
            NodeKind.MATERIALISED_VIEW -> TableType.MaterializedView
            else -> TableType.Regular
        }
        tableFqns[path] = fqn
        for ((column, columnPath) in columnNodes.zip(TreeValidator.pathsOf(columnNodes, path))) {
            columnFqns[columnPath] = Fqn.build(names + column.name)
            columnTables[columnPath] = path
        }
        add(node, path, 3, fqn, CreateTable.serializer(), mapOf(
            "name" to JsonPrimitive(node.name), "databaseSchema" to JsonPrimitive(schemaFqn), "tableType" to JsonPrimitive(tableType.value),
            "columns" to kotlinx.serialization.json.JsonArray(columns),
        ))
    }

    private fun column(node: AssetNode, path: String, order: Int): JsonElement? {
        fqnPart(path, node.name) ?: return null
        val text = (node.attributes["dataType"] as? JsonPrimitive)?.content ?: return null.also {
            problem(path, "column \"${node.name}\" has no data type, which OpenMetadata requires: give one, e.g. column(\"${node.name}\", dataType = \"VARCHAR\")")
        }
        val mapping = ColumnTypeMapping.ofOrNull(text) ?: return null.also {
            problem(path, "data type \"$text\" has no OpenMetadata equivalent: use one of OpenMetadata's column types (e.g. VARCHAR, BIGINT, TIMESTAMP, JSON, UNKNOWN)")
        }
        ColumnTypeMapping.problemOf(mapping)?.let { return null.also { _ -> problem(path, "column \"${node.name}\": $it") } }
        val fields = buildMap {
            put("name", JsonPrimitive(node.name))
            put("dataType", JsonPrimitive(mapping.dataType.value))
            put("dataTypeDisplay", JsonPrimitive(mapping.display))
            mapping.dataLength?.let { put("dataLength", JsonPrimitive(it)) }
            mapping.precision?.let { put("precision", JsonPrimitive(it)) }
            mapping.scale?.let { put("scale", JsonPrimitive(it)) }
            mapping.arrayDataType?.let { put("arrayDataType", JsonPrimitive(it.value)) }
            put("ordinalPosition", JsonPrimitive(order))
        }
        val json = withAttributes(node, path, Column.serializer(), fields, structural = fields.keys) ?: return null
        return decoded(path, Column.serializer(), json)?.let { json }
    }

    private fun glossary(node: AssetNode, path: String) {
        val fqn = fqn(path, listOf(node.name)) ?: return
        add(node, path, 0, fqn, CreateGlossary.serializer(), mapOf("name" to JsonPrimitive(node.name), "description" to JsonPrimitive("")))
        terms(node, path, listOf(node.name), fqn, parentFqn = null, depth = 1)
    }

    // Categories become terms too, the parents of what they contain: OpenMetadata nests terms instead.
    private fun terms(parent: AssetNode, parentPath: String, parentNames: List<String>, glossaryFqn: String, parentFqn: String?, depth: Int) {
        val seen = HashMap<String, String>()
        children(parent, parentPath) { term, termPath ->
            seen.putIfAbsent(term.name, termPath)?.let { other ->
                return@children problem(termPath, "a category and a term both named \"${term.name}\" would be one OpenMetadata term (see $other): rename one")
            }
            val names = parentNames + term.name
            val fqn = fqn(termPath, names) ?: return@children
            add(term, termPath, depth, fqn, CreateGlossaryTerm.serializer(), buildMap {
                put("name", JsonPrimitive(term.name))
                put("glossary", JsonPrimitive(glossaryFqn))
                if (parentFqn != null) put("parent", JsonPrimitive(parentFqn))
                put("description", JsonPrimitive(""))
            })
            if (term.kind == NodeKind.CATEGORY) terms(term, termPath, names, glossaryFqn, fqn, depth + 1)
        }
    }

    private inline fun children(node: AssetNode, path: String, each: (AssetNode, String) -> Unit) {
        val children = node.children.filter { it.kind != NodeKind.COLUMN }
        for ((child, childPath) in children.zip(TreeValidator.pathsOf(children, path))) each(child, childPath)
    }

    /** Adds the request built from [fields] (which the tree's attributes may not override, except defaults) and the node's attributes. */
    private fun <R : CreateRequest<*>> add(node: AssetNode, path: String, depth: Int, fqn: String, serializer: KSerializer<R>, fields: Map<String, JsonElement>) {
        val structural = fields.keys - OVERRIDABLE
        val json = withAttributes(node, path, serializer, fields, structural) ?: return
        val request = decoded(path, serializer, json) ?: return
        val described = "description" in node.attributes || "userDescription" in node.attributes
        items += OpenMetadataTreeItem(path, depth, fqn, request, if ("description" in fields && !described) setOf("description") else emptySet())
    }

    private fun withAttributes(node: AssetNode, path: String, serializer: KSerializer<*>, fields: Map<String, JsonElement>, structural: Set<String>): JsonObject? {
        val known = (0 until serializer.descriptor.elementsCount).map(serializer.descriptor::getElementName).toSet()
        val out = LinkedHashMap(fields)
        var ok = true
        // Trees carry Atlan tags by display name; OpenMetadata's tags live in classifications the tree does not declare.
        node.tags?.takeIf { it.names.isNotEmpty() }?.let { tags ->
            ignored += TreeProblem(path, "Atlan tags ${tags.names.joinToString(", ") { "\"$it\"" }} have no OpenMetadata classification in the tree: not sent")
        }
        curation(node, path, serializer, known, out)
        for ((attribute, value) in node.attributes) {
            when {
                node.kind == NodeKind.COLUMN && attribute == "dataType" -> Unit
                attribute in structural -> { problem(path, "\"$attribute\" is set by the tree's structure and cannot be set as an attribute"); ok = false }
                attribute in known -> out[attribute] = value
                // Atlan's user-written description is OpenMetadata's only one.
                attribute == "userDescription" && "description" !in node.attributes -> out["description"] = value
                else -> ignored += TreeProblem(path, "\"$attribute\" has no OpenMetadata ${serializer.descriptor.serialName.substringAfterLast('.')} field: not sent")
            }
        }
        return if (ok) JsonObject(out) else null
    }

    /**
     * Terms become glossary tag labels (`tagFQN` the term's FQN, source `Glossary`: OpenMetadata 1.4's `TagLabel`) where
     * the request has `tags` and the tree declares the term's glossary, which gives the term its FQN (its categories are
     * parent terms there); the others, custom metadata and READMEs are one `!` line each: OpenMetadata keeps custom
     * properties in an entity's `extension`, typed by its own definitions (none of Atlan's sets exist there), and has
     * no README entity.
     */
    private fun curation(node: AssetNode, path: String, serializer: KSerializer<*>, known: Set<String>, out: MutableMap<String, JsonElement>) {
        val request = serializer.descriptor.serialName.substringAfterLast('.')
        node.terms?.takeIf { it.isNotEmpty() }?.let { terms ->
            val canTag = "tags" in known
            val mapped = if (canTag) terms.mapNotNull { term -> glossaryTermFqns[term.glossary to term.term]?.let { term to it } } else emptyList()
            if (mapped.isNotEmpty()) out["tags"] = JsonArray(mapped.map { (_, fqn) -> glossaryLabel(fqn) })
            val dropped = terms - mapped.map { it.first }.toSet()
            if (dropped.isNotEmpty()) {
                val why = if (canTag) "are not in a glossary of the tree, which OpenMetadata's glossary tags need" else "have no OpenMetadata $request field"
                ignored += TreeProblem(path, "terms ${dropped.joinToString(", ") { "\"$it\"" }} $why: not sent")
            }
        }
        for ((set, values) in node.customMetadata) {
            ignored += TreeProblem(path, "custom metadata \"$set\" (${values.keys.joinToString(", ") { "\"$it\"" }}) has no OpenMetadata custom property: not sent")
        }
        node.readme?.let { ignored += TreeProblem(path, "the README has no OpenMetadata field: not sent") }
    }

    private fun glossaryLabel(fqn: String) = JsonObject(
        mapOf("tagFQN" to JsonPrimitive(fqn), "source" to JsonPrimitive("Glossary"), "labelType" to JsonPrimitive("Manual"), "state" to JsonPrimitive("Confirmed")),
    )

    /** (glossary name, term name) → the term's OpenMetadata FQN, for each term of the tree's glossaries (the first of a name in a glossary). */
    private val glossaryTermFqns: Map<Pair<String, String>, String> by lazy {
        val out = HashMap<Pair<String, String>, String>()
        fun walk(glossary: String, node: AssetNode, names: List<String>) {
            for (child in node.children) {
                val childNames = names + child.name
                if (child.kind == NodeKind.TERM) {
                    runCatching { Fqn.build(childNames) }.getOrNull()?.let { out.putIfAbsent(glossary to child.name, it) }
                }
                if (child.kind == NodeKind.CATEGORY) walk(glossary, child, childNames)
            }
        }
        roots.filter { it.kind == NodeKind.GLOSSARY }.forEach { walk(it.name, it, listOf(it.name)) }
        out
    }

    private fun <T> decoded(path: String, serializer: KSerializer<T>, json: JsonObject): T? = try {
        KatalogJson.decode(serializer, json).also { KatalogJson.encode(serializer, it) }
    } catch (e: ModelDecodeException) {
        null.also { problem(path, "an attribute does not fit OpenMetadata's ${serializer.descriptor.serialName.substringAfterLast('.')}: ${e.message}") }
    } catch (e: SerializationException) {
        null.also { problem(path, "an attribute has a value OpenMetadata does not know: ${e.message}") }
    }

    private fun fqn(path: String, names: List<String>): String? = try {
        Fqn.build(names)
    } catch (e: InvalidFqnException) {
        null.also { problem(path, "${e.problem}: ${e.fix}") }
    }

    private fun fqnPart(path: String, name: String): String? = fqn(path, listOf(name))

    private fun problem(path: String, problem: String) {
        problems += TreeProblem(path, problem)
    }

    private companion object {
        // Defaults the compiler fills in that a tree may set itself (an External table, a described term).
        val OVERRIDABLE = setOf("description", "tableType")

        // What of a process OpenMetadata keeps, in each of its edges' lineageDetails.
        val PROCESS_DETAILS = setOf("description", "userDescription", "sql")
    }
}
