package org.dealgraph.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "P joined OpenAI as its CEO", "OpenAI hired P as chief scientist": when "as" opens a chain of titles after a verb
 * of joining or hiring and its object, the person and the organization the frame names.
 *
 * @param person       the chunk of the person who takes the titles
 * @param organization the chunk of the organization they take them at
 */
record AsFrame(int person, int organization) {

    private static final Set<String> JOIN_VERBS = WordLists.get("join-verbs");
    private static final Set<String> HIRE_VERBS = WordLists.get("hire-verbs");
    private static final Set<String> AS_FILLERS = WordLists.get("as-fillers");

    /** The frame whose "as" stands before the titles starting at {@code first}, if there is one. */
    static Optional<AsFrame> before(ChunkedSentence s, int first) {
        int as = first - 1;
        while (as > 0 && s.wordAt(as, AS_FILLERS)) {
            as--;
        }
        if (as < 2 || !s.get(as).isWord("as")) {
            return Optional.empty();
        }
        int object = as - 1;
        String verb = s.get(object - 1).lower();
        if (JOIN_VERBS.contains(verb) && s.get(object).isOrg()) {
            return soleSubject(s, object - 1, Chunk.Kind.PERSON).map(person -> new AsFrame(person, object));
        }
        if (HIRE_VERBS.contains(verb) && s.get(object).kind() == Chunk.Kind.PERSON) {
            return soleSubject(s, object - 1, Chunk.Kind.ORG).map(org -> new AsFrame(object, org));
        }
        return Optional.empty();
    }

    /** The verb's subject when it is one chunk of {@code kind}. */
    private static Optional<Integer> soleSubject(ChunkedSentence s, int verb, Chunk.Kind kind) {
        List<Integer> subject = s.subjectBefore(verb, true);
        return subject.size() == 1 && s.get(subject.get(0)).kind() == kind ? Optional.of(subject.get(0)) : Optional.empty();
    }
}
