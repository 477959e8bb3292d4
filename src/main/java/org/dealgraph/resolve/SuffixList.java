package org.dealgraph.resolve;

import java.util.Set;
import org.dealgraph.lexicon.DataFile;

/** The corporate suffixes that keys ignore ({@code org-suffixes.txt}, read by {@link DataFile}). */
final class SuffixList {

    private static final String FILE = "/org/dealgraph/resolve/org-suffixes.txt";

    private SuffixList() {
    }

    static Set<String> read() {
        return DataFile.words(FILE);
    }
}
