package org.dealgraph.bench;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The organizations and people of a synthetic corpus: made-up names built from syllables, plus a few
 * well-known companies, drawn with a skew so that some recur in many articles and most in few, as in the
 * news. The n-th name of each pool depends only on the seed and n.
 */
final class NamePool {

    private static final double SKEW = 2.2;
    private static final double KNOWN_SHARE = 0.08;

    private final CorpusWords words;
    private final long seed;
    private final int companies;
    private final int investors;
    private final int people;

    NamePool(CorpusWords words, long seed, int articles) {
        this.words = words;
        this.seed = seed;
        this.companies = 150 + articles / 4;
        this.investors = 40 + articles / 20;
        this.people = 100 + articles / 3;
    }

    String company(SplittableRandom random) {
        if (random.nextDouble() < KNOWN_SHARE) {
            return words.knownOrganizations.get(random.nextInt(words.knownOrganizations.size()));
        }
        int n = skewed(random, companies);
        SplittableRandom named = named(1, n);
        return stem(named) + " " + words.companyEndings.get(named.nextInt(words.companyEndings.size()));
    }

    String investor(SplittableRandom random) {
        int n = skewed(random, investors);
        SplittableRandom named = named(2, n);
        return stem(named) + " " + words.investorEndings.get(named.nextInt(words.investorEndings.size()));
    }

    String person(SplittableRandom random) {
        int n = skewed(random, people);
        SplittableRandom named = named(3, n);
        return words.givenNames.get(named.nextInt(words.givenNames.size())) + " " + stem(named);
    }

    /** An index in [0, size), small ones far more often than large ones. */
    private static int skewed(SplittableRandom random, int size) {
        return Math.min(size - 1, (int) (size * Math.pow(random.nextDouble(), SKEW)));
    }

    private SplittableRandom named(int pool, int n) {
        return new SplittableRandom(seed * 1_000_003L + pool * 7_919L + n * 104_729L);
    }

    private String stem(SplittableRandom random) {
        int parts = 2 + random.nextInt(2);
        StringBuilder stem = new StringBuilder();
        for (int i = 0; i < parts; i++) {
            stem.append(words.syllables.get(random.nextInt(words.syllables.size())));
        }
        return stem.substring(0, 1).toUpperCase(Locale.ROOT) + stem.substring(1);
    }
}
