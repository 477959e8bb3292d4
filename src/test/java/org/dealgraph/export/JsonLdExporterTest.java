package org.dealgraph.export;

import org.apache.jena.riot.Lang;

class JsonLdExporterTest extends ExporterContract {

    @Override
    Exporter exporter() {
        return new JsonLdExporter();
    }

    @Override
    Lang lang() {
        return Lang.JSONLD;
    }

    @Override
    boolean keepsGraphs() {
        return false;
    }
}
