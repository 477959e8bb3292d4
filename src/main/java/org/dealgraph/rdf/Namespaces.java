package org.dealgraph.rdf;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.vocabulary.XSD;

/** The prefixes dealgraph's RDF uses, for writers, the SPARQL endpoint and the queries. */
public final class Namespaces {

    private Namespaces() {
    }

    /**
     * A fresh, locked prefix mapping: {@code dg}, {@code schema}, {@code org}, {@code prov}, {@code skos},
     * {@code dcterms}, {@code oa}, {@code owl}, {@code rdf}, {@code rdfs}, {@code xsd}, and {@code dgid} for
     * instance data under {@code iris}' base.
     */
    public static PrefixMapping prefixes(Iris iris) {
        return PrefixMapping.Factory.create()
                .setNsPrefix(DG.PREFIX, DG.NS)
                .setNsPrefix("dgid", iris.base())
                .setNsPrefix("schema", SchemaDO.NS)
                .setNsPrefix("org", ORG.NS)
                .setNsPrefix("prov", PROV.NS)
                .setNsPrefix("skos", SKOS.uri)
                .setNsPrefix("dcterms", DCTerms.NS)
                .setNsPrefix("oa", OA.NS)
                .setNsPrefix("owl", OWL.NS)
                .setNsPrefix("rdf", RDF.uri)
                .setNsPrefix("rdfs", RDFS.uri)
                .setNsPrefix("xsd", XSD.NS)
                .lock();
    }
}
