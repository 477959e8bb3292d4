package org.dealgraph.rdf;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.SchemaDO;
import org.dealgraph.model.Acquisition;
import org.dealgraph.model.Bound;
import org.dealgraph.model.Deal;
import org.dealgraph.model.DefinedFact;
import org.dealgraph.model.EntityRef;
import org.dealgraph.model.Fact;
import org.dealgraph.model.FactDate;
import org.dealgraph.model.FactKind;
import org.dealgraph.model.FundingRound;
import org.dealgraph.model.Investment;
import org.dealgraph.model.Money;
import org.dealgraph.model.Partnership;
import org.dealgraph.model.Provenance;
import org.dealgraph.model.ResolvedArticle;
import org.dealgraph.model.ResolvedFact;
import org.dealgraph.model.Role;
import org.dealgraph.model.Sentence;
import org.dealgraph.model.Status;
import org.dealgraph.model.Subsidiary;

/** Writes one article's resolved facts, their amounts, shortcuts and evidence into its quad buffer. */
final class FactMapper {

    /** Statuses that assert the relation took place, and so yield the derived shortcut triples. */
    private static final Set<Status> AFFIRMED = EnumSet.of(Status.ANNOUNCED, Status.COMPLETED, Status.RUMOURED);

    private final Iris iris;
    private final ResolvedArticle article;
    private final Node articleNode;
    private final QuadBuffer out;

    FactMapper(Iris iris, ResolvedArticle article, Node articleNode, QuadBuffer out) {
        this.iris = iris;
        this.article = article;
        this.articleNode = articleNode;
        this.out = out;
    }

    void map(ResolvedFact resolved) {
        Fact fact = resolved.fact();
        Node node = fact.kind() == FactKind.ROLE
                ? iris.role(article.key(fact.entities().get(0)), article.key(fact.entities().get(1)))
                : iris.fact(resolved.key());
        out.add(node, PROV.wasDerivedFrom, articleNode);
        for (Provenance p : resolved.evidence()) {
            out.add(node, DG.evidence, evidence(p));
        }
        out.type(node, DG.classOf(fact.kind()));
        fact.accept(new Arguments(node));
    }

    /** Writes a fact's own properties on its node, and the shortcuts it yields; one method per kind. */
    private final class Arguments implements Fact.Visitor<Void> {

        private final Node node;

        Arguments(Node node) {
            this.node = node;
        }

        @Override
        public Void role(Role role) {
            out.add(node, ORG.member, entity(role.person()));
            out.add(node, ORG.organization, entity(role.organization()));
            role.title().ifPresent(title -> out.text(node, SchemaDO.roleName, title));
            return null;
        }

        @Override
        public Void deal(Deal deal) {
            for (EntityRef party : deal.parties()) {
                out.add(node, DG.party, entity(party));
            }
            money(node, DG.value, deal.value());
            statusAndDate(deal.status(), deal.date());
            deal.duration().ifPresent(d -> out.duration(node, DG.duration, d));
            if (AFFIRMED.contains(deal.status())) {
                partners(deal.parties());
            }
            return null;
        }

        @Override
        public Void partnership(Partnership partnership) {
            out.add(node, DG.party, entity(partnership.first()));
            out.add(node, DG.party, entity(partnership.second()));
            statusAndDate(partnership.status(), Optional.empty());
            if (AFFIRMED.contains(partnership.status())) {
                partners(List.of(partnership.first(), partnership.second()));
            }
            return null;
        }

        @Override
        public Void investment(Investment investment) {
            out.add(node, DG.investor, entity(investment.investor()));
            out.add(node, DG.investee, entity(investment.investee()));
            money(node, DG.amount, investment.amount());
            statusAndDate(investment.status(), investment.date());
            shortcut(investment.status(), investment.investor(), DG.investedIn, investment.investee());
            return null;
        }

        @Override
        public Void fundingRound(FundingRound round) {
            out.add(node, DG.investee, entity(round.investee()));
            for (EntityRef investor : round.investors()) {
                out.add(node, DG.investor, entity(investor));
                shortcut(round.status(), investor, DG.investedIn, round.investee());
            }
            money(node, DG.amount, round.amount());
            money(node, DG.valuation, round.valuation());
            round.series().ifPresent(s -> out.text(node, DG.series, s));
            statusAndDate(round.status(), round.date());
            return null;
        }

        @Override
        public Void acquisition(Acquisition acquisition) {
            out.add(node, DG.acquirer, entity(acquisition.acquirer()));
            out.add(node, DG.target, entity(acquisition.target()));
            money(node, DG.price, acquisition.price());
            statusAndDate(acquisition.status(), acquisition.date());
            shortcut(acquisition.status(), acquisition.acquirer(), DG.acquired, acquisition.target());
            return null;
        }

        @Override
        public Void subsidiary(Subsidiary subsidiary) {
            Node parent = entity(subsidiary.parent());
            Node child = entity(subsidiary.subsidiary());
            out.add(node, DG.parent, parent);
            out.add(node, DG.subsidiary, child);
            out.add(child, ORG.subOrganizationOf, parent);
            out.add(parent, ORG.hasSubOrganization, child);
            return null;
        }

        /** Its entities under the properties of their roles, its amount, status and date, as its kind file names them. */
        @Override
        public Void defined(DefinedFact fact) {
            KindTerms terms = KindTerms.of(fact.kind());
            terms.arguments().forEach((role, property) -> fact.of(role).forEach(e -> out.add(node, property, entity(e))));
            terms.amounts().forEach(property -> money(node, property, fact.money()));
            statusAndDate(fact.status(), fact.date());
            if (!terms.shortcuts().isEmpty()) {
                List<EntityRef> entities = fact.entities();
                shortcut(fact.status(), entities.get(0), terms.shortcuts().get(0), entities.get(1));
            }
            return null;
        }

        /** The derived triple {@code from shortcut to}, when the status affirms the fact took place. */
        private void shortcut(Status status, EntityRef from, Property shortcut, EntityRef to) {
            if (AFFIRMED.contains(status)) {
                out.add(entity(from), shortcut, entity(to));
            }
        }

        private void statusAndDate(Status status, Optional<FactDate> date) {
            out.add(node, DG.status, status(status));
            date.ifPresent(d -> out.date(node, DG.date, d));
        }
    }

    /** dg:partnerOf both ways between each pair of parties. */
    private void partners(List<EntityRef> parties) {
        for (EntityRef a : parties) {
            for (EntityRef b : parties) {
                if (!a.equals(b)) {
                    out.add(entity(a), DG.partnerOf, entity(b));
                }
            }
        }
    }

    private void money(Node fact, Property property, Optional<Money> money) {
        money.ifPresent(m -> {
            Node node = iris.amount(fact, property, m);
            out.add(fact, property, node);
            out.type(node, SchemaDO.MonetaryAmount);
            out.decimal(node, SchemaDO.value, m.amount());
            out.text(node, SchemaDO.currency, m.currency());
            out.add(node, DG.bound, bound(m.bound()));
        });
    }

    private Node evidence(Provenance p) {
        Node node = iris.evidence(p);
        Sentence sentence = sentence(p.sentence());
        String text = article.article().text();
        if (p.span().end() > text.length()) {
            throw new IllegalArgumentException("evidence span " + p.span() + " beyond the text of " + p.article());
        }
        out.type(node, DG.Evidence);
        out.add(node, PROV.wasDerivedFrom, articleNode);
        out.integer(node, DG.sentenceIndex, p.sentence());
        out.text(node, DG.sentenceText, sentence.text());
        out.integer(node, OA.start, p.span().start());
        out.integer(node, OA.end, p.span().end());
        out.text(node, OA.exact, p.span().of(text));
        out.text(node, DG.rule, p.rule());
        out.decimal(node, DG.confidence, BigDecimal.valueOf(p.confidence()));
        return node;
    }

    /** The sentence of that index: at that place in the list, where the analyser puts it, else looked for. */
    private Sentence sentence(int index) {
        List<Sentence> sentences = article.extracted().analysed().sentences();
        if (index >= 0 && index < sentences.size() && sentences.get(index).index() == index) {
            return sentences.get(index);
        }
        return sentences.stream()
                .filter(s -> s.index() == index)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "evidence in unknown sentence " + index + " of " + article.article().id()));
    }

    /** An entity's node, typed by its kind (the entity's names come from the article's entity list). */
    private Node entity(EntityRef ref) {
        return ArticleMapper.entityNode(iris, article.key(ref), out);
    }

    private static Resource status(Status status) {
        return switch (status) {
            case ANNOUNCED -> DG.Announced;
            case COMPLETED -> DG.Completed;
            case IN_TALKS -> DG.InTalks;
            case PLANNED -> DG.Planned;
            case RUMOURED -> DG.Rumoured;
            case ABANDONED -> DG.Abandoned;
            case BLOCKED -> DG.Blocked;
        };
    }

    private static Resource bound(Bound bound) {
        return switch (bound) {
            case EXACT -> DG.Exact;
            case APPROXIMATE -> DG.Approximate;
            case UP_TO -> DG.UpTo;
            case AT_LEAST -> DG.AtLeast;
        };
    }
}
