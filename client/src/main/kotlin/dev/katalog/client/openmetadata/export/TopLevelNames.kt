package dev.katalog.client.openmetadata.export

import dev.katalog.client.core.UsageException
import dev.katalog.client.export.KotlinLiterals
import dev.katalog.model.openmetadata.Fqn
import dev.katalog.model.openmetadata.InvalidFqnException

/** The names an export is asked for (a service's, a glossary's) as the FQNs of those top-level entities. */
internal object TopLevelNames {
    /** [name] as the FQN of a top-level [what]: quoted when it holds dots; a [UsageException] when no FQN can hold it. */
    fun fqnOf(name: String, what: String): String = try {
        Fqn.quoteName(name)
    } catch (e: InvalidFqnException) {
        throw UsageException("The $what name ${KotlinLiterals.string(name)} is not a valid OpenMetadata name: ${e.problem}", e.fix)
    }
}
