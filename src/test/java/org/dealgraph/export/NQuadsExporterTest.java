package org.dealgraph.export;

import org.apache.jena.riot.Lang;

class NQuadsExporterTest extends ExporterContract {

    @Override
    Exporter exporter() {
        return new NQuadsExporter();
    }

    @Override
    Lang lang() {
        return Lang.NQUADS;
    }

    @Override
    boolean keepsGraphs() {
        return true;
    }
}
