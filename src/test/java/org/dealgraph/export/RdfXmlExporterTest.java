package org.dealgraph.export;

import org.apache.jena.riot.Lang;

class RdfXmlExporterTest extends ExporterContract {

    @Override
    Exporter exporter() {
        return new RdfXmlExporter();
    }

    @Override
    Lang lang() {
        return Lang.RDFXML;
    }

    @Override
    boolean keepsGraphs() {
        return false;
    }
}
