package org.dealgraph.analyse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dealgraph.model.Mention;
import org.dealgraph.model.MentionType;
import org.dealgraph.model.Sentence;
import org.dealgraph.model.Span;
import org.dealgraph.model.Token;

/**
 * Finds definite descriptions that stand for an organization ("the company", "the AI lab", "the San
 * Francisco-based startup", "the ChatGPT maker") and names each by the organization it refers to: for
 * "the <product> maker", the product's maker ({@code products.tsv}); otherwise the first fitting organization
 * of the nearest earlier sentence that names one, else the nearest fitting one before it in its own sentence,
 * else (for one opening its sentence) the article's main organization.
 * A description that refers to nothing found is dropped; plurals ("the companies") are skipped.
 */
final class DescriptorFinder {

    private static final int MAX_MODIFIERS = 3;

    private final Map<String, Set<String>> heads;
    private final WordLists words;
    private final Gazetteer gazetteer;

    DescriptorFinder(WordLists words, Gazetteer gazetteer) {
        this.words = words;
        this.gazetteer = gazetteer;
        this.heads = words.descriptionTypes;
    }

    List<Mention> find(String text, List<Sentence> sentences, List<Mention> taken) {
        List<Mention> found = new ArrayList<>();
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens();
            for (int i = 0; i + 1 < tokens.size(); i++) {
                if (tokens.get(i).text().equalsIgnoreCase("the")) {
                    descriptor(text, s, i, taken).ifPresent(found::add);
                }
            }
        }
        return found;
    }

    private Optional<Mention> descriptor(String text, Sentence s, int the, List<Mention> taken) {
        List<Token> tokens = s.tokens();
        for (int h = the + 1; h < Math.min(tokens.size(), the + 2 + MAX_MODIFIERS); h++) {
            Token head = tokens.get(h);
            String word = head.text().toLowerCase(Locale.ROOT);
            if (h + 2 < tokens.size() && tokens.get(h + 1).text().equals("-")) {
                word = word + "-" + tokens.get(h + 2).text().toLowerCase(Locale.ROOT);
                head = new Token(word, new Span(head.span().start(), tokens.get(h + 2).span().end()), "NOUN");
            }
            if (h == the + 1 && word.endsWith("-maker")) {
                return productMaker(text, s, the, head, head.text().substring(0, head.text().length() - 6));
            }
            boolean known = heads.containsKey(word) || words.makerHeads.contains(word);
            if (known && !followedByName(tokens, h)) {
                Span span = new Span(tokens.get(the).span().start(), head.span().end());
                if (Mentions.overlapsAny(span, taken)) {
                    return Optional.empty();
                }
                return resolve(text, s, the, h, word, span, taken);
            }
            if (!modifier(head)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private Optional<Mention> resolve(String text, Sentence s, int the, int h, String head, Span span,
                                      List<Mention> taken) {
        if (words.makerHeads.contains(head)) {
            // "the maker" names no product: only "the X maker" can be looked up by its product
            Optional<Mention> byProduct = h > the + 1 ? productMaker(text, s, the, s.tokens().get(h),
                    new Span(s.tokens().get(the + 1).span().start(), s.tokens().get(h - 1).span().end()).of(text))
                    : Optional.empty();
            if (byProduct.isPresent()) {
                return byProduct;
            }
            if (!heads.containsKey(head)) {
                return Optional.empty();
            }
        }
        Set<String> types = heads.get(head);
        return antecedent(s, span.start(), types, taken).map(org -> Mentions.renamed(
                Mentions.of(MentionType.DESCRIPTOR, text, s, span, org.name(), "descriptor-antecedent", 0.6),
                org.name(), org.wikidata()));
    }

    /** "the ChatGPT maker": the product's maker, when the product is known. */
    private Optional<Mention> productMaker(String text, Sentence s, int the, Token head, String product) {
        String maker = words.products.get(product);
        if (maker == null || maker.isEmpty()) {
            return Optional.empty();
        }
        Span span = new Span(s.tokens().get(the).span().start(), head.span().end());
        Optional<String> wikidata = gazetteer.lookup(maker).flatMap(GazetteerEntry::wikidata);
        Mention m = Mentions.of(MentionType.DESCRIPTOR, text, s, span, maker, "descriptor-product-maker", 0.85);
        return Optional.of(Mentions.renamed(m, maker, wikidata));
    }

    /**
     * A description opening its sentence ("The company said") refers to the first fitting organization of the
     * nearest earlier sentence that names one; one inside a sentence, to the nearest fitting one before it there.
     */
    private Optional<Mention> antecedent(Sentence s, int before, Set<String> types,
                                         List<Mention> taken) {
        if (before > s.span().start()) {
            Optional<Mention> inSentence = nearestBefore(s, before, types, taken);
            if (inSentence.isPresent()) {
                return inSentence;
            }
        }
        for (int k = s.index() - 1; k >= 0 && k >= s.index() - 5; k--) {
            for (Mention m : taken) {
                if (m.sentence() == k && fits(m, types)) {
                    return Optional.of(m);
                }
            }
        }
        Optional<Mention> inSentence = nearestBefore(s, before, types, taken);
        return inSentence.isPresent() || before > s.span().start() ? inSentence : mainOrganization(types, taken);
    }

    /**
     * The article's main organization, for "The company said…" with no organization named nearby: the first
     * fitting one of the headline (the first sentence), else the fitting one named most often.
     */
    private Optional<Mention> mainOrganization(Set<String> types, List<Mention> taken) {
        Map<String, Integer> counts = new HashMap<>();
        Mention best = null;
        for (Mention m : taken) {
            if (!fits(m, types)) {
                continue;
            }
            if (m.sentence() == 0) {
                return Optional.of(m);
            }
            int n = counts.merge(m.name(), 1, Integer::sum);
            best = best == null || n > counts.get(best.name()) ? m : best;
        }
        return Optional.ofNullable(best);
    }

    /**
     * The nearest fitting organization before {@code before} in the sentence, passing over the subject of the
     * description's own clause: in "Microsoft will invest in the startup" the startup is not Microsoft.
     */
    private Optional<Mention> nearestBefore(Sentence s, int before, Set<String> types, List<Mention> taken) {
        Mention nearest = null;
        for (Mention m : taken) {
            if (m.sentence() == s.index() && m.span().end() <= before && fits(m, types)
                    && !subjectOfSameClause(s, m.span().end(), before)) {
                nearest = m;
            }
        }
        return Optional.ofNullable(nearest);
    }

    /** Whether a verb, and no clause boundary, stands between {@code from} and {@code to}. */
    private static boolean subjectOfSameClause(Sentence s, int from, int to) {
        boolean verb = false;
        for (Token t : s.tokens()) {
            if (t.span().start() >= from && t.span().end() <= to) {
                if (Cue.CLAUSE_BOUNDARY.has(t.text().toLowerCase(Locale.ROOT))) {
                    return false;
                }
                verb |= t.pos().equals("VERB") || t.pos().equals("AUX");
            }
        }
        return verb;
    }

    private boolean fits(Mention m, Set<String> types) {
        if (m.type() != MentionType.ORGANIZATION) {
            return false;
        }
        Optional<GazetteerEntry> e = gazetteer.lookup(m.name());
        return e.isEmpty() || types.contains(e.get().type()) || types.contains("any");
    }

    private static boolean followedByName(List<Token> tokens, int h) {
        return h + 1 < tokens.size() && WordLists.isNamePart(tokens, h + 1);
    }

    /** A word that may stand between "the" and the head: an adjective, a noun, "AI", "San Francisco-based". */
    private static boolean modifier(Token t) {
        return switch (t.pos()) {
            case "ADJ", "NOUN", "PROPN" -> true;
            default -> t.text().equals("AI") || t.text().contains("-");
        };
    }
}
