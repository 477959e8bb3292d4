package org.dealgraph.extract;

import java.time.LocalDate;
import java.util.Optional;
import org.dealgraph.model.EntityRef;
import org.dealgraph.model.Status;

/**
 * What the rules remember of one article: its main organization (the one it names most often), and the
 * funding round last told, so that "The round was led by A" finds who raised. One per extraction; never
 * shared between threads.
 */
final class ArticleState {

    private final Optional<EntityRef> mainOrganization;

    ArticleState(Optional<EntityRef> mainOrganization) {
        this.mainOrganization = mainOrganization;
    }

    /** The organization the article names most often, for "CEO P told a broadcaster" with no company named. */
    Optional<EntityRef> mainOrganization() {
        return mainOrganization;
    }

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
