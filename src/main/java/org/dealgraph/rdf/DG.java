package org.dealgraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.dealgraph.model.FactKind;

/**
 * The dealgraph vocabulary, {@value #NS}: one constant per term of {@code ontology/dealgraph.ttl}, where
 * each term is defined and commented. A test keeps the two in step.
 */
public final class DG {

    /** The namespace; terms keep their IRIs once published. */
    public static final String NS = "https://w3id.org/dealgraph/ns#";

    /** The usual prefix for {@link #NS}. */
    public static final String PREFIX = "dg";

    // Entities
    public static final Resource Organization = resource("Organization");
    public static final Resource Person = resource("Person");
    public static final Property category = property("category");

    // Facts
    public static final Resource Fact = resource("Fact");
    public static final Resource Deal = resource("Deal");
    public static final Resource Investment = resource("Investment");
    public static final Resource FundingRound = resource("FundingRound");
    public static final Resource Acquisition = resource("Acquisition");
    public static final Resource Partnership = resource("Partnership");
    public static final Resource Ownership = resource("Ownership");
    public static final Resource Role = resource("Role");

    // Fact arguments
    public static final Property party = property("party");
    public static final Property investor = property("investor");
    public static final Property investee = property("investee");
    public static final Property acquirer = property("acquirer");
    public static final Property target = property("target");
    public static final Property parent = property("parent");
    public static final Property subsidiary = property("subsidiary");

    // Amounts
    public static final Property value = property("value");
    public static final Property amount = property("amount");
    public static final Property price = property("price");
    public static final Property valuation = property("valuation");
    public static final Property bound = property("bound");
    public static final Resource Bound = resource("Bound");
    public static final Resource Exact = resource("Exact");
    public static final Resource Approximate = resource("Approximate");
    public static final Resource UpTo = resource("UpTo");
    public static final Resource AtLeast = resource("AtLeast");

    // Status, dates, terms
    public static final Property status = property("status");
    public static final Resource Status = resource("Status");
    public static final Resource Announced = resource("Announced");
    public static final Resource Completed = resource("Completed");
    public static final Resource InTalks = resource("InTalks");
    public static final Resource Planned = resource("Planned");
    public static final Resource Rumoured = resource("Rumoured");
    public static final Resource Abandoned = resource("Abandoned");
    public static final Resource Blocked = resource("Blocked");
    public static final Property date = property("date");
    public static final Property duration = property("duration");
    public static final Property series = property("series");

    // Derived shortcuts
    public static final Property partnerOf = property("partnerOf");
    public static final Property investedIn = property("investedIn");
    public static final Property acquired = property("acquired");

    // Evidence
    public static final Resource Evidence = resource("Evidence");
    public static final Property evidence = property("evidence");
    public static final Property sentenceIndex = property("sentenceIndex");
    public static final Property sentenceText = property("sentenceText");
    public static final Property rule = property("rule");
    public static final Property confidence = property("confidence");

    // Articles
    public static final Property sourceFile = property("sourceFile");
    public static final Property contentHash = property("contentHash");
    public static final Property format = property("format");

    // The summary of canonical facts, kept in the stored default graph
    public static final Property articleCount = property("articleCount");
    public static final Property amountUsd = property("amountUsd");
    public static final Property firstMonth = property("firstMonth");
    public static final Property firstPublished = property("firstPublished");
    public static final Resource MonthCount = resource("MonthCount");
    public static final Property month = property("month");
    public static final Property countedClass = property("countedClass");
    public static final Property factCount = property("factCount");
    public static final Property amountBand = property("amountBand");
    public static final Resource AmountBandCount = resource("AmountBandCount");
    public static final Property dateBand = property("dateBand");
    public static final Resource DateBandCount = resource("DateBandCount");
    public static final Resource PartyCount = resource("PartyCount");
    public static final Property countedParty = property("countedParty");
    public static final Property counterpartyCount = property("counterpartyCount");
    public static final Resource LinkCount = resource("LinkCount");
    public static final Property countedEntity = property("countedEntity");
    public static final Resource ListedMonthCount = resource("ListedMonthCount");
    public static final Property listedMonth = property("listedMonth");
    public static final Resource MonthFunding = resource("MonthFunding");
    public static final Property usdTotal = property("usdTotal");

    // Stores
    public static final Resource IriBase = resource("IriBase");

    private DG() {
    }

    /**
     * The class of a kind of fact's nodes, which stats, the consistency check and the tests read from here;
     * the other terms of each kind are in {@link KindTerms}.
     */
    public static Resource classOf(FactKind kind) {
        return KindTerms.of(kind).type();
    }

    private static Resource resource(String localName) {
        return ResourceFactory.createResource(NS + localName);
    }

    private static Property property(String localName) {
        return ResourceFactory.createProperty(NS, localName);
    }
}
