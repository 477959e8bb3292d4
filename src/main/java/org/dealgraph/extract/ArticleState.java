package org.dealgraph.extract;

import java.time.LocalDate;
import java.util.Optional;
import org.dealgraph.model.EntityRef;
import org.dealgraph.model.Status;

/**
 * What the rules remember from earlier sentences of one article: the funding round last told, so that
 * "The round was led by A" finds who raised. One per extraction; never shared between threads.
 */
final class ArticleState {

    /** A round told earlier in the article. */
    record Round(EntityRef investee, Optional<LocalDate> date, Status status) {
    }

    private Round lastRound;

    Optional<Round> lastRound() {
        return Optional.ofNullable(lastRound);
    }

    void roundTold(Round round) {
        this.lastRound = round;
    }
}
