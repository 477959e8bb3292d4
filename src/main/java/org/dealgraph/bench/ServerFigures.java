package org.dealgraph.bench;

/**
 * The pages and the graph view's JSON of a served store, each timed as a browser would ask for it, medians of
 * several runs after a warm-up.
 *
 * @param runs                 timed runs of each request
 * @param searchP50Ms          {@code /api/search}, median over several texts
 * @param center               the most connected organization ({@code /api/suggest}'s first)
 * @param neighbourhoodP50Ms   {@code /api/neighbourhood} of the center at depth 2
 * @param neighbourhoodNodes   the nodes it holds
 * @param neighbourhoodCap     the cap on nodes it states (0 when it states none)
 * @param neighbourhoodCapped  whether it says it left nodes or facts out
 * @param slowestPage          the {@code /id/} page with the slowest median, of the center's first and last page,
 *                             the other suggested entities, a fact and an article
 * @param slowestPageP50Ms     its median
 * @param frontFirstMs         the front page when the server made it for this request
 * @param frontP50Ms           the front page, median of the later requests
 * @param heapAfterWarmUpBytes heap in use after a full collection once every request above has run, when the
 *                             server runs in this JVM (0 otherwise)
 * @param maxHeapBytes         the JVM's heap limit ({@code -Xmx}) when it does
 */
public record ServerFigures(int runs, double searchP50Ms, String center, double neighbourhoodP50Ms,
                            int neighbourhoodNodes, int neighbourhoodCap, boolean neighbourhoodCapped,
                            String slowestPage, double slowestPageP50Ms, double frontFirstMs, double frontP50Ms,
                            long heapAfterWarmUpBytes, long maxHeapBytes) {
}
