/**
 * Scoring a graph against hand-written gold annotations, for the tests. The gold is one JSON file per
 * article in the project's shared annotation format plus an {@code aliases.json}; the graph's side is the
 * CSV answers of the competency queries in {@code queries/}. {@link org.dealgraph.gold.GoldScorer} judges the
 * graph as a whole (corpus-wide) and gives a {@link org.dealgraph.gold.Scorecard}: precision, recall and F1
 * per kind of fact, pooled figures, and every wrong and missed fact. Nothing here touches the pipeline.
 */
package org.dealgraph.gold;
