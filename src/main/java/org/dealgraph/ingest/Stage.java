package org.dealgraph.ingest;

/** The steps an ingest times: reading files, checking content hashes, the text stages, mapping, storing. */
enum Stage {
    READ, CHECK, ANALYSE, EXTRACT, RESOLVE, MAP, STORE
}
