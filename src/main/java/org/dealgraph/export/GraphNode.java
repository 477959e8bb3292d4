package org.dealgraph.export;

import java.util.Objects;

/**
 * A node of the property graph: an organization or a person.
 *
 * @param iri   the resource's IRI
 * @param label its preferred name (the IRI when it has none)
 * @param type  {@code organization} or {@code person}
 */
public record GraphNode(String iri, String label, String type) {

    public GraphNode {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
    }
}
