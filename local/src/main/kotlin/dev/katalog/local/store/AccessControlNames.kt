package dev.katalog.local.store

/**
 * The qualifiedNames Atlan gives personas, purposes and their policies whatever the client sent
 * (atlanhq/atlas-metastore, PersonaPreProcessor / PurposePreProcessor / AuthPolicyPreProcessor): a persona or purpose
 * becomes `default/<id>` (the tenant, then a random id) and is enabled; a policy becomes `<its persona's or purpose's
 * qualifiedName>/<id>`. So a second create with the same name is a second persona, and only a search by name finds one.
 */
internal object AccessControlNames {
    private const val PERSONA = "Persona"
    private const val PURPOSE = "Purpose"
    private const val POLICY = "AuthPolicy"
    private const val TENANT = "default"

    /** Before references resolve: a new persona or purpose gets its server-made qualifiedName. */
    fun nameNewAccessControl(inc: IncomingEntity) {
        if (inc.typeName == PERSONA || inc.typeName == PURPOSE) inc.qualifiedName = "$TENANT/${RandomNames.nanoId()}"
    }

    /** Once references resolve: a new policy tied to a persona or purpose is named under it. */
    fun nameNewPolicy(inc: IncomingEntity, references: Map<String, List<ResolvedReference>>) {
        if (inc.typeName != POLICY) return
        val owner = references["accessControl"]?.firstOrNull()?.qualifiedName ?: return
        inc.qualifiedName = "$owner/${RandomNames.nanoId()}"
    }
}
