package org.dealgraph.extract;

import java.nio.file.Path;
import java.util.List;
import org.dealgraph.analyse.OpenNlpAnalyser;
import org.dealgraph.model.Mention;
import org.dealgraph.model.ResolvedArticle;
import org.dealgraph.model.ResolvedFact;
import org.dealgraph.read.ArticleFiles;
import org.dealgraph.read.ReadResult;
import org.dealgraph.resolve.KeyResolver;

/**
 * A development aid, not a test: prints the resolved facts of every article under the given paths, so
 * that a developer can compare them with hand-made annotations. Run with the test class path.
 */
final class CorpusDump {

    private CorpusDump() {
    }

    public static void main(String[] args) {
        OpenNlpAnalyser analyser = OpenNlpAnalyser.load();
        RuleExtractor extractor = RuleExtractor.load();
        KeyResolver resolver = KeyResolver.load();
        boolean mentions = Boolean.getBoolean("mentions");
        List<Path> paths = java.util.Arrays.stream(args).map(Path::of).toList();
        new ArticleFiles().read(paths).forEach(r -> {
            if (r instanceof ReadResult.Read read) {
                var analysed = analyser.analyse(read.article());
                ResolvedArticle resolved = resolver.resolve(extractor.extract(analysed));
                System.out.println("== " + read.source());
                String grep = System.getProperty("grep");
                if (grep != null) {
                    chunks(analysed, java.util.regex.Pattern.compile(grep));
                }
                if (mentions) {
                    for (Mention m : analysed.mentions()) {
                        System.out.println("   m " + m.sentence() + " " + m.type() + " [" + m.text() + "] -> " + m.name());
                    }
                }
                for (ResolvedFact f : resolved.facts()) {
                    System.out.println("  " + f.key().kind() + " " + f.key().slug() + "  " + describe(f) + "  {"
                            + f.fact().provenance().rule() + "} \"" + f.fact().provenance().span().of(read.article().text()).replace('\n', ' ') + "\"");
                }
            } else {
                System.out.println("!! " + r.source() + ": " + ((ReadResult.Rejected) r).reason());
            }
        });
    }

    private static void chunks(org.dealgraph.model.AnalysedArticle a, java.util.regex.Pattern grep) {
        for (org.dealgraph.model.Sentence s : a.sentences()) {
            if (grep.matcher(s.text()).find()) {
                List<Mention> ms = a.mentions().stream().filter(m -> m.sentence() == s.index()).toList();
                ChunkedSentence c = Chunker.chunk(s, ms, a.article().text());
                StringBuilder b = new StringBuilder("   s" + s.index() + ":");
                for (Chunk ch : c.chunks()) {
                    b.append(' ').append(ch.kind() == Chunk.Kind.WORD ? ch.text() + "/" + ch.pos()
                            : "[" + ch.kind() + " " + ch.text() + (ch.possessive() ? " 's" : "") + "]");
                }
                System.out.println(b);
                Triggers.load().find(c).forEach(t -> System.out.println("     trigger " + t));
            }
        }
    }

    private static String describe(ResolvedFact f) {
        String s = f.fact().toString();
        return s.replaceAll("provenance=Provenance\\[[^\\]]*\\]", "").replaceAll("EntityRef\\[kind=\\w+, name=([^,]*), wikidata=[^\\]]*\\]", "$1")
                .replaceAll("Optional\\.empty", "-").replaceAll("Money\\[amount=([^,]*), currency=(\\w+), bound=\\w+\\]", "$1 $2");
    }
}
