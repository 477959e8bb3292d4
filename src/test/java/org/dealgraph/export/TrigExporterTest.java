package org.dealgraph.export;

import org.apache.jena.riot.Lang;

class TrigExporterTest extends ExporterContract {

    @Override
    Exporter exporter() {
        return new TrigExporter();
    }

    @Override
    Lang lang() {
        return Lang.TRIG;
    }

    @Override
    boolean keepsGraphs() {
        return true;
    }
}
