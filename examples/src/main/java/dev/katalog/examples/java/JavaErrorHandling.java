package dev.katalog.examples.java;

import dev.katalog.client.AtlanClient;
import dev.katalog.client.atlan.AtlanException;
import dev.katalog.model.atlan.asset.Table;
import java.util.concurrent.CompletionException;

/** Failures complete the future exceptionally with a typed AtlanException; find() answers Optional.empty() for absence. */
public final class JavaErrorHandling {
    private JavaErrorHandling() {}

    public static String run(AtlanClient client) {
        boolean present = client.java().assets().find(Table.TYPE, "default/postgres/0/DB/S/NOPE").join().isPresent();
        try {
            client.java().assets().get(Table.TYPE, "default/postgres/0/DB/S/NOPE").join();
            return "unexpectedly found";
        } catch (CompletionException e) {
            if (e.getCause() instanceof AtlanException.NotFound) {
                AtlanException.NotFound notFound = (AtlanException.NotFound) e.getCause();
                return "present=" + present + ", not found (" + notFound.getStatus() + "): " + notFound.getHint();
            }
            throw e;
        }
    }

    public static void main(String[] args) {
        try (AtlanClient client = AtlanClient.fromEnv()) {
            System.out.println(run(client));
        }
    }
}
