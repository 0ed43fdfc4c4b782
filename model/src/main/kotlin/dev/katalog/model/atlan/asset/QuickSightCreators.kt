package dev.katalog.model.atlan.asset

import dev.katalog.model.atlan.asset.ConnectedAssetCreators.child
import dev.katalog.model.atlan.asset.ConnectedAssetCreators.inConnection
import dev.katalog.model.atlan.asset.ConnectedAssetCreators.ref
import dev.katalog.model.atlan.asset.ConnectedAssetCreators.str
import dev.katalog.model.atlan.enums.QuickSightDatasetFieldType
import dev.katalog.model.atlan.enums.QuickSightDatasetImportMode
import dev.katalog.model.atlan.enums.QuickSightFolderType
import dev.katalog.model.json.KatalogJson
import kotlinx.serialization.KSerializer
import kotlinx.serialization.json.JsonArray

/**
 * The qualifiedName rules of Amazon QuickSight's assets, as atlan-python's creators build them
 * (`quick_sight_folder.py`, `quick_sight_dashboard.py`, `quick_sight_dataset.py`, `quick_sight_analysis.py`,
 * `quick_sight_dashboard_visual.py`, `quick_sight_analysis_visual.py`, `quick_sight_dataset_field.py`). A folder,
 * dashboard, dataset or analysis is named in its connection by its QuickSight id (`<connection>/<id>`), not by its
 * name, which QuickSight does not keep unique; a visual by its sheet and id under its dashboard or analysis
 * (`<parent>/<sheet id>/<id>`), a dataset field by its id under its dataset (`<dataset>/<id>`).
 *
 * Beyond that SDK, an analysis visual also references its analysis, as a dashboard visual references its dashboard,
 * so that the analysis lists it.
 */
internal object QuickSightCreators {
    /** A folder, dashboard, dataset or analysis: `<connection>/<QuickSight id>`. */
    fun <B : EntitySetters<B>> top(b: B, name: String, connectionQualifiedName: String, quickSightId: String): B =
        inConnection(b, name, connectionQualifiedName, "$connectionQualifiedName/${id(quickSightId)}").attribute("quickSightId", str(quickSightId))

    /** A dashboard, dataset or analysis in the folders [folderQualifiedNames], which its attribute [foldersAttribute] lists. */
    fun <B : EntitySetters<B>> inFolders(
        b: B, name: String, connectionQualifiedName: String, quickSightId: String, foldersAttribute: String, folderQualifiedNames: List<String>,
    ): B {
        val asset = top(b, name, connectionQualifiedName, quickSightId)
        return if (folderQualifiedNames.isEmpty()) asset else asset.attribute(foldersAttribute, JsonArray(folderQualifiedNames.map { ref("QuickSightFolder", it) }))
    }

    fun <B : EntitySetters<B>> folder(b: B, name: String, connectionQualifiedName: String, quickSightId: String, folderType: QuickSightFolderType): B =
        top(b, name, connectionQualifiedName, quickSightId).attribute("quickSightFolderType", enum(QuickSightFolderType.serializer(), folderType))

    fun <B : EntitySetters<B>> dataset(
        b: B, name: String, connectionQualifiedName: String, quickSightId: String, importMode: QuickSightDatasetImportMode, folderQualifiedNames: List<String>,
    ): B = inFolders(b, name, connectionQualifiedName, quickSightId, "quickSightDatasetFolders", folderQualifiedNames)
        .attribute("quickSightDatasetImportMode", enum(QuickSightDatasetImportMode.serializer(), importMode))

    /** A visual of the sheet [sheetId] ([sheetName]) of the dashboard or analysis [parentQualifiedName] of type [parentType]: `<parent>/<sheet id>/<id>`. */
    fun <B : EntitySetters<B>> visual(
        b: B, name: String, quickSightId: String, sheetId: String, sheetName: String, parentType: String, parentQualifiedName: String,
    ): B {
        require(sheetId.isNotBlank()) { "A QuickSight visual needs the id of its sheet" }
        val parentAttribute = parentType.replaceFirstChar { it.lowercase() }
        return child(b, name, parentQualifiedName, parentAttribute, parentType, "$parentQualifiedName/$sheetId/${id(quickSightId)}")
            .attribute("quickSightId", str(quickSightId))
            .attribute("quickSightSheetId", str(sheetId))
            .attribute("quickSightSheetName", str(sheetName))
    }

    /** A field of the dataset [datasetQualifiedName]: `<dataset>/<id>`, of [fieldType] when given. */
    fun <B : EntitySetters<B>> datasetField(b: B, name: String, quickSightId: String, datasetQualifiedName: String, fieldType: QuickSightDatasetFieldType?): B {
        val field = child(b, name, datasetQualifiedName, "quickSightDataset", "QuickSightDataset", "$datasetQualifiedName/${id(quickSightId)}")
            .attribute("quickSightId", str(quickSightId))
        return if (fieldType == null) field else field.attribute("quickSightDatasetFieldType", enum(QuickSightDatasetFieldType.serializer(), fieldType))
    }

    private fun id(quickSightId: String): String {
        require(quickSightId.isNotBlank()) { "A QuickSight asset needs its QuickSight id: its qualifiedName is made of it" }
        return quickSightId
    }

    private fun <E> enum(serializer: KSerializer<E>, value: E) = KatalogJson.encodeToElement(serializer, value)
}
