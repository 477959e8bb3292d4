package org.dealgraph.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dealgraph.model.EntityRef;
import org.dealgraph.model.Fact;
import org.dealgraph.model.FundingRound;
import org.dealgraph.model.Status;

/**
 * What the rules may know of an article beyond the sentence they read: its main organization (the one it
 * names most often), and the funding round last told before the sentence, so that "The round was led by A"
 * finds who raised. The extractor derives the next sentence's context from the facts a sentence returned.
 */
record ArticleContext(Optional<EntityRef> mainOrganization, Optional<Round> lastRound) {

    /** A round told earlier in the article. */
    record Round(EntityRef investee, Optional<LocalDate> date, Status status) {
    }

    /** The context after a sentence told {@code facts}: its last round told anew, if it told one. */
    ArticleContext after(List<Fact> facts) {
        Optional<Round> last = lastRoundIn(facts);
        return last.isPresent() ? new ArticleContext(mainOrganization, last) : this;
    }

    /** The last round {@code facts} tell anew (not a round told earlier and completed now). */
    static Optional<Round> lastRoundIn(List<Fact> facts) {
        for (int i = facts.size() - 1; i >= 0; i--) {
            if (facts.get(i) instanceof FundingRound r && !FundingRules.completesEarlierRound(r)) {
                return Optional.of(new Round(r.investee(), r.date(), r.status()));
            }
        }
        return Optional.empty();
    }
}
