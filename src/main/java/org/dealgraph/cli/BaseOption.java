package org.dealgraph.cli;

import java.util.Optional;
import org.dealgraph.rdf.Iris;
import picocli.CommandLine.Option;

/**
 * The {@code --base IRI} option of the commands that write or serve a store: the IRI base the store's
 * resources are minted under, checked here and nowhere else. Left out, the store's own base is used.
 */
final class BaseOption {

    @Option(names = "--base", paramLabel = "IRI",
            description = "The IRI base of the store's resources, an absolute IRI ending in '/' (default: the "
                    + "base the store records, or " + Iris.DEFAULT_BASE + " for a new store). A new store records "
                    + "it with its first articles and keeps it; a store that records another refuses it. The "
                    + "page http://HOST:PORT/id/REST describes the resource IRI+REST.")
    private String base;

    /**
     * The base given, empty when {@code --base} was left out.
     *
     * @throws CommandError naming the option and the fix, when it is not an IRI base
     */
    Optional<Iris> given() {
        if (base == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Iris(base));
        } catch (IllegalArgumentException e) {
            throw CommandError.usage("--base " + base + " is not an IRI base: give an absolute IRI ending in '/', "
                    + "such as " + Iris.DEFAULT_BASE + ".");
        }
    }
}
