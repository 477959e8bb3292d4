package org.dealgraph.ingest;

/**
 * How many articles an ingest's write transaction takes: as many as the store already holds, but at least
 * {@code min} (the batch, the articles written together) and at most {@code max}.
 *
 * <p>TDB2 never changes a block in place across transactions: each transaction copies every index block it
 * touches, and the old copies stay on disk until the store is compacted. New articles land all over the
 * indexes ordered by predicate, object or subject, so once the store is large each article touches blocks
 * of its own, and a store written in fixed small transactions grows much faster than its data (ten thousand
 * articles in transactions of 512: 3.2 GB, against 1.3 GB in one). A transaction as large as the store
 * shares its touched blocks among its articles, and the number of transactions grows only with the
 * logarithm of the corpus. The upper bound keeps what a crash throws away, and what readers wait for, in
 * proportion.
 */
record TransactionSize(int min, int max) {

    TransactionSize {
        if (min < 1 || max < min) {
            throw new IllegalArgumentException("batch size must be at least 1, and a transaction at least a batch: "
                    + min + ", " + max);
        }
    }

    /** The articles a transaction should take, given the articles the store holds. */
    int articles(long articlesInStore) {
        return (int) Math.max(min, Math.min(max, articlesInStore));
    }
}
