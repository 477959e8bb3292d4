package org.dealgraph.serve;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.SchemaDO;
import org.dealgraph.model.FactKind;
import org.dealgraph.rdf.DG;
import org.dealgraph.rdf.KindTerms;

/**
 * The start page: what the store holds (articles, organizations, people, facts of each kind), a search box,
 * the largest and the latest facts, the most connected organizations and a chart of facts and funding per
 * month. Every list comes from a query with a limit; the chart's figures go to the page as data, drawn by
 * {@code front.js} with ECharts.
 */
final class FrontPage {

    private static final int SHOWN = 10;

    private final UnionQueries queries;
    private final Describer describer;
    private final IriSpace space;
    private final PrefixMapping prefixes;

    FrontPage(UnionQueries queries, Describer describer, IriSpace space, PrefixMapping prefixes) {
        this.queries = queries;
        this.describer = describer;
        this.space = space;
        this.prefixes = prefixes;
    }

    String html() {
        StringBuilder body = new StringBuilder(TextFiles.text("web/front-intro.html"));
        body.append(bounded(this::counts)).append("<div class=\"front-grid\">\n")
                .append(section("Largest deals", "largest", bounded(this::largest)))
                .append(section("Latest facts", "latest", bounded(this::latest)))
                .append(section("Most connected organizations", "connected", bounded(this::connected)))
                .append("</div>\n").append(bounded(this::chart)).append(TextFiles.text("web/front-links.html"));
        return Html.page("dealgraph", body.toString()).replace("</head>",
                "<script src=\"/static/echarts/echarts.min.js\" defer></script>\n"
                        + "<script src=\"/static/web/front.js\" defer></script>\n</head>");
    }

    /** A part of the page, or a note when its queries ran past their timeout on a large store. */
    private static String bounded(java.util.function.Supplier<String> part) {
        try {
            return part.get();
        } catch (QueryCancelledException e) {
            return "<p class=\"note\">This part took too long to work out on this store.</p>\n";
        }
    }

    private static String section(String heading, String id, String list) {
        return "<section id=\"" + id + "\"><h2>" + Html.escape(heading) + "</h2>\n" + list + "</section>\n";
    }

    private String counts() {
        Map<Node, String> nouns = new LinkedHashMap<>();
        nouns.put(SchemaDO.NewsArticle.asNode(), "articles");
        nouns.put(DG.Organization.asNode(), "organizations");
        nouns.put(DG.Person.asNode(), "people");
        for (FactKind kind : FactKind.values()) {
            nouns.putIfAbsent(KindTerms.of(kind).type().asNode(), kind.plural());
        }
        Map<Node, Long> counted = new LinkedHashMap<>();
        for (Binding row : queries.select(withValues(queries.ownQuery("front-counts.rq"), "#TYPES", "type", nouns.keySet().stream()
                .toList()), Map.of())) {
            counted.put(UnionQueries.get(row, "type"), number(UnionQueries.get(row, "count")).longValue());
        }
        StringBuilder html = new StringBuilder("<ul class=\"counts\">\n");
        nouns.forEach((type, noun) -> html.append("<li><strong>").append(counted.getOrDefault(type, 0L))
                .append("</strong> ").append(Html.escape(noun)).append("</li>\n"));
        return html.append("</ul>\n").toString();
    }

    private String largest() {
        Query query = ranking(queries.summarised("largest-deals.rq"));
        query.setLimit(SHOWN);
        return factList(queries.select(query, Map.of()), false);
    }

    /**
     * The part of {@code query} that ranks its facts, when it opens with a subquery that does so under a limit (as
     * {@code largest-deals.rq} over the summary does, before it reads each ranked fact's parties and articles): the
     * page reads only the facts, in the same order, and describes each itself. Otherwise {@code query}.
     */
    static Query ranking(Query query) {
        if (query.getQueryPattern() instanceof ElementGroup group && !group.getElements().isEmpty()
                && group.getElements().get(0) instanceof ElementSubQuery sub && sub.getQuery().hasLimit()
                && sub.getQuery().getProjectVars().contains(Var.alloc("fact"))) {
            return sub.getQuery().cloneQuery();
        }
        return query;
    }

    private String latest() {
        List<Node> kinds = Arrays.stream(FactKind.values()).filter(k -> k != FactKind.ROLE)
                .map(k -> KindTerms.of(k).type().asNode()).distinct().toList();
        return factList(queries.select(withValues(queries.ownQuery("front-latest.rq"), "#KINDS", "kind", kinds), Map.of()), true);
    }

    /** Each row's fact as a link titled in words; {@code dated}: after the month of the row's date. */
    private String factList(List<Binding> rows, boolean dated) {
        if (rows.isEmpty()) {
            return "<p class=\"empty\">None yet.</p>\n";
        }
        StringBuilder html = new StringBuilder("<ol>\n");
        Graph described = describer.listed(rows.stream().map(row -> UnionQueries.get(row, "fact")).toList());
        NodeText text = new NodeText(described, space, prefixes);
        FactWords words = new FactWords(described, text);
        for (Binding row : rows) {
            Node fact = UnionQueries.get(row, "fact");
            html.append("<li>");
            Optional<String> month = dated ? Optional.ofNullable(UnionQueries.get(row, "date")).flatMap(Words::month)
                    : Optional.empty();
            month.ifPresent(m -> html.append("<span class=\"when\">").append(Html.escape(m)).append("</span> "));
            html.append(Html.link(text.href(fact), month.isPresent() ? words.undatedTitle(fact) : words.title(fact)))
                    .append("</li>\n");
        }
        return html.append("</ol>\n").toString();
    }

    private String connected() {
        Query query = queries.summarised("centrality.rq");
        query.setLimit(SHOWN);
        List<Binding> rows = queries.select(query, Map.of());
        if (rows.isEmpty()) {
            return "<p class=\"empty\">None yet.</p>\n";
        }
        StringBuilder html = new StringBuilder("<ol>\n");
        for (Binding row : rows) {
            Node org = UnionQueries.get(row, "org");
            Node name = UnionQueries.get(row, "name");
            html.append("<li>").append(Html.link(space.href(org.getURI()),
                            name == null ? org.getURI() : name.getLiteralLexicalForm()))
                    .append(" <span class=\"figure\">").append(number(UnionQueries.get(row, "counterparties")))
                    .append(" counterparts, ").append(number(UnionQueries.get(row, "facts"))).append(" facts</span></li>\n");
        }
        return html.append("</ol>\n").toString();
    }

    /** The chart's place, its figures as JSON in a data attribute: months, facts of each kind, funding in USD. */
    private String chart() {
        Map<String, Map<String, Long>> facts = new TreeMap<>();
        for (Binding row : queries.select(queries.summarised("deals-per-month.rq"), Map.of())) {
            String month = month(UnionQueries.get(row, "month"));
            String kind = UnionQueries.get(row, "kind").getLiteralLexicalForm();
            String noun = Arrays.stream(FactKind.values()).filter(k -> KindTerms.of(k).type().getLocalName().equals(kind))
                    .findFirst().map(FactKind::plural).orElse(Words.ofName(kind));
            facts.computeIfAbsent(noun, k -> new TreeMap<>()).put(month, number(UnionQueries.get(row, "facts")).longValue());
        }
        Map<String, BigDecimal> funding = new TreeMap<>();
        for (Binding row : queries.select(TextFiles.query(queries.ownQuery("front-funding.rq")), Map.of())) {
            funding.put(month(UnionQueries.get(row, "month")), number(UnionQueries.get(row, "usd")));
        }
        TreeMap<String, Boolean> months = new TreeMap<>();
        facts.values().forEach(m -> m.keySet().forEach(k -> months.put(k, true)));
        funding.keySet().forEach(k -> months.put(k, true));
        String json = "{\"months\":" + strings(months.keySet().stream().toList()) + ",\"facts\":{"
                + facts.entrySet().stream().map(e -> quoted(e.getKey()) + ":" + months.keySet().stream()
                        .map(m -> String.valueOf(e.getValue().getOrDefault(m, 0L)))
                        .collect(Collectors.joining(",", "[", "]"))).collect(Collectors.joining(","))
                + "},\"fundingUsd\":" + months.keySet().stream()
                        .map(m -> funding.getOrDefault(m, BigDecimal.ZERO).stripTrailingZeros().toPlainString())
                        .collect(Collectors.joining(",", "[", "]")) + "}";
        return "<h2>Facts and funding per month</h2>\n<div id=\"chart\" data-chart=\"" + Html.escape(json)
                + "\"></div>\n<p class=\"note\">Bars: facts told per month, by kind. Line: investments and funding"
                + " rounds stated in US dollars.</p>\n";
    }

    private static Query withValues(String name, String marker, String variable, List<Node> nodes) {
        String values = nodes.stream().map(n -> "<" + n.getURI() + ">")
                .collect(Collectors.joining(" ", "VALUES ?" + variable + " { ", " }"));
        return org.apache.jena.query.QueryFactory.create(TextFiles.text(name).replace(marker, values));
    }

    /** A month as YYYY-MM, only digits and a dash kept. */
    private static String month(Node node) {
        return node == null ? "" : node.getLiteralLexicalForm().replaceAll("[^0-9-]", "");
    }

    private static BigDecimal number(Node node) {
        try {
            return node == null ? BigDecimal.ZERO : new BigDecimal(node.getLiteralLexicalForm());
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }

    private static String strings(List<String> texts) {
        return texts.stream().map(FrontPage::quoted).collect(Collectors.joining(",", "[", "]"));
    }

    /** A JSON string of a text that has only letters, digits, spaces and dashes. */
    private static String quoted(String text) {
        return "\"" + text.replaceAll("[^A-Za-z0-9 -]", "") + "\"";
    }

}
