package org.dealgraph.export;

import org.apache.jena.riot.Lang;

class TurtleExporterTest extends ExporterContract {

    @Override
    Exporter exporter() {
        return new TurtleExporter();
    }

    @Override
    Lang lang() {
        return Lang.TURTLE;
    }

    @Override
    boolean keepsGraphs() {
        return false;
    }
}
