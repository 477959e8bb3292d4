package org.dealgraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The few terms of the W3C PROV-O vocabulary that dealgraph uses (Jena ships no constants for it). */
public final class PROV {

    public static final String NS = "http://www.w3.org/ns/prov#";

    /** A thing with provenance: every dealgraph fact and piece of evidence. */
    public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");

    /** Links a fact or a piece of evidence to the article node it was read from. */
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS, "wasDerivedFrom");

    private PROV() {
    }
}
