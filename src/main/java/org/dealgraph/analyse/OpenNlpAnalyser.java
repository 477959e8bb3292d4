package org.dealgraph.analyse;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import org.dealgraph.model.AnalysedArticle;
import org.dealgraph.model.Article;
import org.dealgraph.model.Mention;
import org.dealgraph.model.Sentence;
import org.dealgraph.model.Span;

/**
 * The analyser: OpenNLP's English Universal Dependencies models for sentences, tokens and parts of speech,
 * then rule-based finders for mentions (gazetteer and pattern organizations, people, money, dates,
 * titles, and descriptors that stand for an organization). Models and lexicons
 * are loaded once by {@link #load()}; the OpenNLP tools that are not thread-safe are kept per thread, so
 * one instance serves any number of threads.
 */
public final class OpenNlpAnalyser implements Analyser {

    private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private final SentenceSplitter splitter;
    private final TokenTagger tagger;
    private final GazetteerTagger organizations;
    private final MoneyGrammar money;
    private final DateGrammar dates;
    private final TitleFinder titles;
    private final OrganizationPatterns patterns;
    private final PersonFinder people;
    private final DescriptorFinder descriptors;

    private OpenNlpAnalyser(SentenceModel sentences, TokenizerModel tokens, POSModel pos) {
        Gazetteer gazetteer = Gazetteer.load();
        WordLists words = new WordLists(gazetteer);
        this.splitter = new SentenceSplitter(sentences);
        this.tagger = new TokenTagger(tokens, pos, words.orgSuffixes);
        this.organizations = new GazetteerTagger(gazetteer, words);
        this.money = new MoneyGrammar();
        this.dates = new DateGrammar();
        this.titles = new TitleFinder();
        this.patterns = new OrganizationPatterns(words, gazetteer);
        this.people = new PersonFinder(words, gazetteer);
        this.descriptors = new DescriptorFinder(words, gazetteer);
    }

    /** Loads the models from the classpath; fails naming the model when one is missing or unreadable. */
    public static OpenNlpAnalyser load() {
        try (InputStream sentences = model(SENTENCE_MODEL); InputStream tokens = model(TOKEN_MODEL);
             InputStream pos = model(POS_MODEL)) {
            return new OpenNlpAnalyser(new SentenceModel(sentences), new TokenizerModel(tokens), new POSModel(pos));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the OpenNLP models", e);
        }
    }

    private static InputStream model(String name) {
        InputStream in = OpenNlpAnalyser.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model " + name + " is not on the classpath;"
                    + " the opennlp-models-*-en dependencies provide it");
        }
        return in;
    }

    @Override
    public AnalysedArticle analyse(Article article) {
        String text = article.text();
        List<Sentence> sentences = sentences(text);
        List<Mention> proposed = new ArrayList<>(organizations.find(text, sentences));
        proposed.addAll(amountsAndDates(text, sentences, article.published()));
        proposed = Mentions.settle(proposed);
        proposed.addAll(titles.find(text, sentences, proposed));
        proposed.addAll(people.find(text, sentences, proposed));
        proposed.addAll(patterns.find(text, sentences, proposed));
        proposed = Mentions.settle(proposed);
        proposed.addAll(organizations.listedAmbiguous(text, sentences, proposed));
        proposed.addAll(descriptors.find(text, sentences, proposed));
        return new AnalysedArticle(article, sentences, Mentions.settle(proposed));
    }

    private List<Mention> amountsAndDates(String text, List<Sentence> sentences, Optional<LocalDate> published) {
        List<Mention> found = new ArrayList<>();
        for (Sentence s : sentences) {
            int offset = s.span().start();
            for (MoneyGrammar.Found f : money.find(s.text())) {
                Span span = new Span(offset + f.span().start(), offset + f.span().end());
                found.add(Mentions.money(text, s, span, f.money()));
            }
            for (DateGrammar.Found f : dates.find(s.text(), published)) {
                Span span = new Span(offset + f.span().start(), offset + f.span().end());
                found.add(Mentions.date(text, s, span, f.date(), "date-" + f.kind(), f.date().isPresent() ? 0.9 : 0.5));
            }
        }
        return found;
    }

    /** The article's sentences with their tokens, as the rest of the stage sees them. */
    List<Sentence> sentences(String text) {
        List<Sentence> sentences = new ArrayList<>();
        for (Span span : splitter.split(text)) {
            sentences.add(new Sentence(sentences.size(), span, span.of(text), tagger.tag(text, span)));
        }
        return sentences;
    }
}
