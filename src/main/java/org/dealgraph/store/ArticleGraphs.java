package org.dealgraph.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/**
 * Article graphs read from one file, each with the content hash it records.
 *
 * @param graphs each graph's quads, in the order the file gives them
 * @param hashes each graph's content hash
 */
public record ArticleGraphs(Map<Node, List<Quad>> graphs, Map<Node, String> hashes) {

    public ArticleGraphs {
        Map<Node, List<Quad>> copied = new LinkedHashMap<>();
        graphs.forEach((graph, quads) -> copied.put(graph, List.copyOf(quads)));
        graphs = Collections.unmodifiableMap(copied);
        hashes = Map.copyOf(hashes);
    }
}
