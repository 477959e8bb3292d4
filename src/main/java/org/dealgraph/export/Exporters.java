package org.dealgraph.export;

import java.util.List;
import java.util.Optional;

/** The exporters dealgraph has, one per format. */
public final class Exporters {

    private static final List<Exporter> ALL = List.of(new TurtleExporter(), new TrigExporter(),
            new NQuadsExporter(), new JsonLdExporter(), new RdfXmlExporter());

    private Exporters() {
    }

    /** Every exporter, in a fixed order. */
    public static List<Exporter> all() {
        return ALL;
    }

    /** The exporter named {@code name}, if there is one. */
    public static Optional<Exporter> named(String name) {
        return ALL.stream().filter(e -> e.name().equals(name)).findFirst();
    }
}
