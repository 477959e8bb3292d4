package org.dealgraph.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The exporters dealgraph has, one per format: RDF ({@code ttl}, {@code trig}, {@code nq}, {@code jsonld},
 * {@code rdfxml}), the property graph ({@code graphml}, {@code gexf}, {@code cyjs}), and {@code csv}, which
 * writes two files and so is a {@link CsvExporter} of its own.
 */
public final class Exporters {

    private static final List<Exporter> ALL = List.of(new TurtleExporter(), new TrigExporter(),
            new NQuadsExporter(), new JsonLdExporter(), new RdfXmlExporter(), new GraphMlExporter(),
            new GexfExporter(), new CytoscapeJsonExporter());

    private Exporters() {
    }

    /** Every single-stream exporter, in a fixed order. */
    public static List<Exporter> all() {
        return ALL;
    }

    /** The exporter named {@code name}, if there is one ({@code csv} is not: see {@link CsvExporter}). */
    public static Optional<Exporter> named(String name) {
        return ALL.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /** Every format's name, {@code csv} last. */
    public static List<String> names() {
        List<String> names = new ArrayList<>(ALL.stream().map(Exporter::name).toList());
        names.add(CsvExporter.NAME);
        return List.copyOf(names);
    }
}
