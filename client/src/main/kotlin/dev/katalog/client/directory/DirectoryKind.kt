package dev.katalog.client.directory

/** The directory lists of `/api/service`. */
public enum class DirectoryKind(internal val path: String) {
    USERS("/api/service/users"), GROUPS("/api/service/v2/groups"), ROLES("/api/service/roles")
}
