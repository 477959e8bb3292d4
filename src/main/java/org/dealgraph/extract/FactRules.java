package org.dealgraph.extract;

/** The rules for one family of facts: read one sentence, add the facts they find to it. Stateless. */
interface FactRules {

    void apply(SentenceFacts sentence);
}
