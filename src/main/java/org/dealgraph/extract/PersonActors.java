package org.dealgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dealgraph.model.EntityRef;
import org.dealgraph.model.Mention;
import org.dealgraph.model.MentionType;

/**
 * A person who opens a sentence and announces or signs something there acts for the organization an earlier role
 * gave them: after "Acme chief executive Eddie Wu told…", "Wu also announced a partnership with B" is Acme's
 * partnership. The person's chunk becomes an organization chunk that keeps the person's span, as a pronoun's does
 * ({@link Pronouns}); a person whose roles name two organizations, or none, is left as a person.
 */
final class PersonActors {

    private static final Set<String> ACTING_VERBS = WordLists.get("person-acting-verbs");

    private PersonActors() {
    }

    /** The sentence with its opening person, before a verb of announcing or signing, standing for their employer. */
    static ChunkedSentence resolve(ChunkedSentence s, ArticleContext context) {
        if (s.size() < 3 || s.get(0).kind() != Chunk.Kind.PERSON || s.get(0).mention().isEmpty()) {
            return s;
        }
        int verb = 1;
        while (verb < s.size() && s.get(verb).kind() == Chunk.Kind.WORD && s.get(verb).pos().equals("ADV")) {
            verb++;
        }
        if (!s.wordAt(verb, ACTING_VERBS)) {
            return s;
        }
        Chunk person = s.get(0);
        Optional<EntityRef> employer = context.employer(person.mention().get().name());
        if (employer.isEmpty()) {
            return s;
        }
        Mention stand = new Mention(MentionType.ORGANIZATION, person.span(), person.text(), s.sentence().index(),
                employer.get().name(), employer.get().wikidata(), Optional.empty(), Optional.empty(), "person-actor", 0.6);
        List<Chunk> chunks = new ArrayList<>(s.chunks());
        chunks.set(0, new Chunk(Chunk.Kind.ORG, person.text(), "PROPN", person.span(), Optional.of(stand), false));
        return new ChunkedSentence(s.sentence(), chunks);
    }
}
