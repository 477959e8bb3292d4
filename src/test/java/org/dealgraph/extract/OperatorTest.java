package org.dealgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dealgraph.model.AnalysedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each operator of rule files, on small sentences chunked by the real analyser: what it finds, and what it does not. */
class OperatorTest {

    private static final Triggers TRIGGERS = Triggers.load();

    /** A sentence chunked, its triggers, and the first trigger of {@code family} and {@code form} in it. */
    private record At(ChunkedSentence s, List<TriggerMatch> triggers, TriggerMatch t) {

        /** The text of the chunks the operator finds, with the given parameters. */
        List<String> find(Operator op, boolean persons, Set<String> preps) {
            Argument.Call call = new Argument.Call(op, persons ? Argument.Who.AGENTS : Argument.Who.ORGANIZATIONS,
                    preps.isEmpty() ? Optional.empty() : Optional.of(preps), Optional.empty(), Optional.empty(), Argument.Count.ANY,
                    Optional.empty(), 0, Optional.empty());
            return texts(call);
        }

        List<String> texts(Argument.Call call) {
            return call.operator().find(new Site(s, triggers, t, call, t.end(), t.start())).stream().map(i -> s.get(i).text()).toList();
        }

        List<String> find(Operator op) {
            return find(op, false, Set.of());
        }
    }

    private static Argument.Call call(Operator op, Argument.Who who, Optional<String> after, Argument.Count count) {
        return new Argument.Call(op, who, Optional.empty(), after, Optional.empty(), count, Optional.empty(), 0, Optional.empty());
    }

    private static List<String> texts(At a, List<Integer> found) {
        return found.stream().map(i -> a.s().get(i).text()).toList();
    }

    private static At at(String text, String family, String form) {
        AnalysedArticle a = Articles.analysed(text, LocalDate.of(2026, 2, 3));
        ChunkedSentence s = Chunker.chunk(a.sentences().get(0),
                a.mentions().stream().filter(m -> m.sentence() == 0).toList(), a.article().text());
        List<TriggerMatch> triggers = TRIGGERS.find(s);
        return new At(s, triggers, triggers.stream().filter(m -> m.is(family, form)).findFirst().orElseThrow());
    }




    /** Each operator at the first trigger of a family and form: what it finds ("+" between members), or nothing. */
    @ParameterizedTest(name = "{3} in \"{0}\"")
    @CsvSource(delimiter = ';', textBlock = """
            Veltrix Labs and Ondra Systems bought Harrowgate Capital in March.; acquisition; verb; SUBJECT; Veltrix Labs+Ondra Systems
            Veltrix Labs will acquire the chip startup Ondra Systems.; acquisition; verb; OBJECT; Ondra Systems
            Harrowgate Capital will invest $2 billion in Ondra Systems.; investment; verb; OBJECT; Ondra Systems
            Ondra Systems was bought by Veltrix Labs.; acquisition; verb; BY_AGENT; Veltrix Labs
            Veltrix Labs bought Ondra Systems.; acquisition; verb; BY_AGENT; ''
            Veltrix Labs completed its purchase of Ondra Systems.; acquisition; noun; POSSESSIVE; Veltrix Labs
            The purchase of Ondra Systems closed.; acquisition; noun; POSSESSIVE; ''
            Veltrix Labs completed its purchase of Ondra Systems.; acquisition; noun; POSSESSIVE_GROUP; Veltrix Labs
            Veltrix Labs completed its purchase of Ondra Systems.; acquisition; noun; OWNER_OR_SUBJECT; Veltrix Labs
            Veltrix Labs and Ondra Systems announced a partnership.; deal; noun; OWNER_OR_SUBJECT; Veltrix Labs+Ondra Systems
            Maria Lindqvist founded the chip startup Ondra Systems in 2019.; founder; verb; NEXT_AGENT; Ondra Systems
            Ondra Systems's partners include Veltrix Labs and Harrowgate Capital.; partner; holder; NEXT_GROUP; Veltrix Labs+Harrowgate Capital
            Veltrix Labs and Ondra Systems are partners.; partner; holder; NEXT_GROUP; ''
            A separate agreement gives Harrowgate Capital a 12% stake in Ondra Systems.; investment; noun; GIVEN_TO; Harrowgate Capital
            Harrowgate Capital took a 12% stake in Ondra Systems.; investment; noun; GIVEN_TO; ''
            The Harrowgate Capital-owned Ondra Systems was not part of it.; ownership; prefix; HYPHEN; -
            Ondra Systems is owned by Veltrix Labs.; ownership; verb; HYPHEN; ''
            The Harrowgate Capital-owned Ondra Systems was not part of it.; ownership; prefix; HYPHEN_PREFIX; Harrowgate Capital
            Ondra Systems, which is now owned by Veltrix Labs, is hiring.; ownership; verb; RELATIVE_HEAD; Ondra Systems
            Maria Lindqvist, a former engineer who founded Ondra Systems, spoke on Monday.; founder; verb; RELATIVE_PERSON; Maria Lindqvist
            The biggest wager was the chip designer Ondra Systems, where it invested $90 million.; investment; verb; RELATIVE_PLACE; Ondra Systems
            Ondra Systems was founded in 2019 by Maria Lindqvist.; founder; verb; PASSIVE_HEAD; Ondra Systems
            Maria Lindqvist founded Ondra Systems.; founder; verb; PASSIVE_HEAD; ''
            The new Veltrix Labs unit Ondra Cloud opened.; ownership; unit; ORG_BEFORE; Veltrix Labs
            Veltrix Labs's chip unit Ondra Systems opened.; ownership; unit; ORG_BEFORE; ''
            Veltrix Labs's cloud unit Ondra Systems opened.; ownership; unit; ORG_AFTER; Ondra Systems
            Ondra Systems's parent, Veltrix Labs, reported results.; ownership; parent; ORG_AFTER; Veltrix Labs
            Ondra Systems, a unit of Veltrix Labs, signed the lease.; ownership; unit; ORG_AFTER; ''
            """)
    void operatorFindsItsArgument(String sentence, String family, String form, Operator op, String expected) {
        List<String> members = expected.isEmpty() ? List.of() : List.of(expected.split("\\+"));
        assertEquals(members, at(sentence, family, form).find(op));
    }

    @Test
    void objectTakesOnlyTheGivenPrepositions() {
        At invest = at("Harrowgate Capital will invest $2 billion in Ondra Systems.", "investment", "verb");
        assertEquals(List.of(), invest.find(Operator.OBJECT, false, Set.of("from")));
    }

    /** What {@code op} finds before the earlier argument {@code role}, which {@code earlier} finds first. */
    private static List<String> before(At a, Operator op, Operator earlier, String role) {
        List<Integer> found = Argument.Call.of(earlier, Argument.Who.ORGANIZATIONS, Argument.Count.ANY)
                .find(a.s(), a.triggers(), a.t(), Map.of());
        Argument.Call call = new Argument.Call(op, Argument.Who.ORGANIZATIONS, Optional.empty(),
                Optional.empty(), Optional.of(role), Argument.Count.ANY, Optional.empty(), 0, Optional.empty());
        return texts(a, call.find(a.s(), a.triggers(), a.t(), Map.of(role, found)));
    }

    @Test
    void appositionBeforeIsTheOrganizationACommaSetsOffBeforeAnEarlierArgument() {
        At a = at("Ondra Systems, Veltrix Labs's research lab, is hiring.", "ownership", "unit");
        assertEquals(List.of("Ondra Systems"), before(a, Operator.APPOSITION_BEFORE, Operator.POSSESSIVE, "parent"));
        Argument.Call apposition = new Argument.Call(Operator.APPOSITION_BEFORE, Argument.Who.ORGANIZATIONS, Optional.empty(),
                Optional.empty(), Optional.of("parent"), Argument.Count.ANY, Optional.empty(), 0, Optional.empty());
        assertEquals(List.of(), apposition.find(a.s(), a.triggers(), a.t(), Map.of()), "right before the trigger stands no comma");
    }

    @Test
    void possessiveBeforeAnEarlierArgumentIsTheOwnerOpeningItsNounPhrase() {
        At a = at("Regulators studied Veltrix Labs's giant Ondra Systems acquisition.", "acquisition", "noun");
        assertEquals(List.of("Veltrix Labs"), before(a, Operator.POSSESSIVE, Operator.ORG_BEFORE, "target"));
        assertEquals(List.of(), a.find(Operator.POSSESSIVE), "an organization stands between the owner and the trigger");
    }

    @Test
    void byAgentCountsPersonsOnlyWhenAsked() {
        At a = at("Ondra Systems, founded by Maria Lindqvist, is hiring.", "founder", "verb");
        assertEquals(List.of(), a.find(Operator.BY_AGENT, false, Set.of()));
        assertEquals(List.of("Maria Lindqvist"), a.find(Operator.BY_AGENT, true, Set.of()));
    }

    /** The operators of the role rules (persons and where they work) at the first trigger of a family and form. */
    @ParameterizedTest(name = "{3} in \"{0}\"")
    @CsvSource(delimiter = ';', textBlock = """
            Sales will double, Maria Lindqvist, of Ondra Systems, said.; role; apposition; PERSON_BEFORE; Maria Lindqvist
            Sales will double, Maria Lindqvist, of Ondra Systems, said.; role; apposition; CLOSING_ORG_AFTER; Ondra Systems
            Maria Lindqvist, of Ondra Systems's cloud arm, spoke.; role; apposition; CLOSING_ORG_AFTER; ''
            Maria Lindqvist, Veltrix Labs's chief financial officer, will join Ondra Systems.; role; join; APPOSITION_PERSON; Maria Lindqvist
            Maria Lindqvist will join Ondra Systems.; role; join; APPOSITION_PERSON; ''
            Maria Lindqvist will join Ondra Systems's strategic committee.; role; join; ORG_OR_BODY_AFTER; Ondra Systems
            Maria Lindqvist will join Ondra Systems's sales push.; role; join; ORG_OR_BODY_AFTER; ''
            Maria Lindqvist joined Ondra Systems as its chief technology officer.; role; join; ORG_OR_BODY_AFTER; ''
            Maria Lindqvist spent nine years at Ondra Systems.; role; work; ORG_AFTER_PREP; Ondra Systems
            Maria Lindqvist spent nine years building chips before Ondra Systems.; role; work; ORG_AFTER_PREP; ''
            Ondra Systems hired Maria Lindqvist in March.; role; hire; PERSON_AFTER; Maria Lindqvist
            Ondra Systems hired Maria Lindqvist as its chief technology officer.; role; hire; PERSON_AFTER; ''
            Ondra Systems is forming a leadership team that includes Maria Lindqvist and Tomas Berg.; role; team; LISTED_PEOPLE; Maria Lindqvist+Tomas Berg
            Ondra Systems is forming a leadership team to hire Maria Lindqvist.; role; team; LISTED_PEOPLE; ''
            Ondra Systems is a weekly newsletter hosted by Maria Lindqvist.; role; passive; NEAREST_ORG_BEFORE; Ondra Systems
            Veltrix Labs said Maria Lindqvist hosted by Tomas Berg spoke.; role; passive; NEAREST_ORG_BEFORE; ''
            Ondra Systems is a weekly newsletter hosted by Maria Lindqvist and Tomas Berg.; role; passive; PEOPLE_AFTER; Maria Lindqvist+Tomas Berg
            Ondra Systems is a weekly newsletter hosted by Maria Lindqvist.; role; passive; TITLES_AFTER; ''
            Ondra Systems is a weekly newsletter hosted by Maria Lindqvist.; role; passive; TRIGGER_WORD; hosted
            Maria Lindqvist joined Ondra Systems as its chief technology officer.; role; as; AS_PERSON; Maria Lindqvist
            Maria Lindqvist joined Ondra Systems as its chief technology officer.; role; as; AS_ORGANIZATION; Ondra Systems
            Ondra Systems promoted Maria Lindqvist to president.; role; as; AS_PERSON; Maria Lindqvist
            Maria Lindqvist flew to Ondra Systems as a guest.; role; as; AS_PERSON; ''
            Maria Lindqvist joined Ondra Systems as chief technology officer and chairman.; role; as; TITLE_CHAIN_AFTER; chief technology officer+chairman
            Maria Lindqvist joined Ondra Systems as its chief technology officer.; role; as; TITLE_CHAIN_AFTER; ''
            """)
    void roleOperatorFindsItsArgument(String sentence, String family, String form, Operator op, String expected) {
        operatorFindsItsArgument(sentence, family, form, op, expected);
    }

    @Test
    void personAfterPassesTheWordsItIsGiven() {
        At a = at("Ondra Systems hired the former chief executive of Veltrix Labs, Maria Lindqvist.", "role", "hire");
        assertEquals(List.of(), a.find(Operator.PERSON_AFTER), "\"the\" is in no list given");
        Argument.Call call = new Argument.Call(Operator.PERSON_AFTER, Argument.Who.ORGANIZATIONS, Optional.empty(), Optional.empty(),
                Optional.empty(), Argument.Count.ANY, Optional.of(WordLists.get("affiliation-hire-object-words")), 0, Optional.empty());
        assertEquals(List.of("Maria Lindqvist"), a.texts(call));
    }

    @Test
    void titleChainAfterPassesTheWordsItIsGiven() {
        At a = at("Maria Lindqvist joined Ondra Systems as its new chief technology officer.", "role", "as");
        Argument.Call call = new Argument.Call(Operator.TITLE_CHAIN_AFTER, Argument.Who.ORGANIZATIONS, Optional.empty(),
                Optional.empty(), Optional.empty(), Argument.Count.ANY, Optional.of(WordLists.get("as-fillers")), 0, Optional.empty());
        assertEquals(List.of("chief technology officer"), a.texts(call));
    }

    @Test
    void titlesAfterAreTheTitlesBeforeThePeople() {
        At a = at("Veltrix Labs set up a research team, overseen by chief technology officer Maria Lindqvist.", "role", "passive");
        assertEquals(1, a.find(Operator.TITLES_AFTER).size());
        assertEquals(List.of("Maria Lindqvist"), a.find(Operator.PEOPLE_AFTER));
    }




    @Test
    void aJointGroupIsSeveralMembersNotJoinedByOr() {
        Argument.Call joint = call(Operator.SUBJECT, Argument.Who.ORGANIZATIONS, Optional.empty(), Argument.Count.JOINT);
        At and = at("Veltrix Labs and Ondra Systems announced a partnership.", "deal", "noun");
        At or = at("Veltrix Labs or Ondra Systems announced a partnership.", "deal", "noun");
        assertEquals(2, joint.find(and.s(), and.triggers(), and.t(), Map.of()).size());
        assertEquals(true, joint.counted(and.s(), joint.find(and.s(), and.triggers(), and.t(), Map.of())));
        assertEquals(false, joint.counted(or.s(), joint.find(or.s(), or.triggers(), or.t(), Map.of())));
    }




    @Test
    void wordBeforeFindsAListedWordWithinReachInTheClause() {
        At sold = at("Harrowgate Capital sold its entire stake in Ondra Systems.", "investment", "noun");
        Argument.Call near = new Argument.Call(Operator.WORD_BEFORE, Argument.Who.ORGANIZATIONS, Optional.empty(), Optional.empty(),
                Optional.empty(), Argument.Count.ANY, Optional.of(WordLists.get("sell-verbs")), 4, Optional.empty());
        Argument.Call tooNear = new Argument.Call(Operator.WORD_BEFORE, Argument.Who.ORGANIZATIONS, Optional.empty(), Optional.empty(),
                Optional.empty(), Argument.Count.ANY, Optional.of(WordLists.get("sell-verbs")), 2, Optional.empty());
        assertEquals(List.of("sold"), sold.texts(near));
        assertEquals(List.of(), sold.texts(tooNear));
    }

    @Test
    void triggerBeforeFindsATriggerEndingWithinReach() {
        At led = at("Harrowgate Capital led the $40 million investment in Ondra Systems.", "investment", "noun");
        Argument.Call lead = new Argument.Call(Operator.TRIGGER_BEFORE, Argument.Who.ORGANIZATIONS, Optional.empty(), Optional.empty(),
                Optional.empty(), Argument.Count.ANY, Optional.empty(), 4, Optional.of(new Rule.TriggerKey("funding", "lead")));
        assertEquals(List.of("led"), led.texts(lead));
        At took = at("Harrowgate Capital took a $40 million stake in Ondra Systems.", "investment", "noun");
        assertEquals(List.of(), took.texts(lead));
    }

    @Test
    void amountOfWholeFindsTheAmountTiedToAWholeWithinReach() {
        Argument.Call share = new Argument.Call(Operator.AMOUNT_OF_WHOLE, Argument.Who.ORGANIZATIONS, Optional.empty(),
                Optional.empty(), Optional.empty(), Argument.Count.ANY, Optional.of(WordLists.get("round-wholes")), 3,
                Optional.empty());
        At total = at("Harrowgate Capital is putting in about $15 million of the total.", "funding", "share");
        assertEquals(List.of("$15 million"), total.texts(share));
        At round = at("Harrowgate Capital contributed $15 million to the new round.", "funding", "share");
        assertEquals(List.of("$15 million"), round.texts(share));
        At far = at("Harrowgate Capital contributed $15 million to the new Series B round.", "funding", "share");
        assertEquals(List.of(), far.texts(share), "the whole stands beyond reach");
        At none = at("Harrowgate Capital put in $15 million last week.", "funding", "share");
        assertEquals(List.of(), none.texts(share), "no whole the amount is part of");
    }






    @Test
    void anArgumentTakesTheFirstAlternativeThatFindsAndChecksItsCount() {
        At a = at("Veltrix Labs and Ondra Systems bought Harrowgate Capital in March.", "acquisition", "verb");
        Argument.Call by = call(Operator.BY_AGENT, Argument.Who.AGENTS, Optional.empty(), Argument.Count.ANY);
        Argument.Call subject = call(Operator.SUBJECT, Argument.Who.ORGANIZATIONS, Optional.empty(), Argument.Count.ANY);
        Argument.Call oneSubject = call(Operator.SUBJECT, Argument.Who.ORGANIZATIONS, Optional.empty(), Argument.Count.ONE);
        Argument.Call object = call(Operator.OBJECT, Argument.Who.ORGANIZATIONS, Optional.empty(), Argument.Count.ONE);
        assertEquals(2, new Argument(List.of(by, subject)).find(a.s(), a.triggers(), a.t(), Map.of()).size());
        assertEquals(List.of(), new Argument(List.of(oneSubject, object)).find(a.s(), a.triggers(), a.t(), Map.of()),
                "a group of the wrong size does not fall through");
    }

    @Test
    void personsOnlyCallsFallThroughPastGroupsWithoutAPerson() {
        At a = at("Maria Lindqvist, a former engineer who founded Ondra Systems, spoke on Monday.", "founder", "verb");
        Argument.Call subject = call(Operator.SUBJECT, Argument.Who.PERSONS, Optional.empty(), Argument.Count.ANY);
        Argument.Call relative = call(Operator.RELATIVE_PERSON, Argument.Who.PERSONS, Optional.empty(), Argument.Count.ANY);
        List<Integer> found = new Argument(List.of(subject, relative)).find(a.s(), a.triggers(), a.t(), Map.of());
        assertEquals(List.of("Maria Lindqvist"), texts(a, found));
    }

    @Test
    void afterStartsTheSearchPastAnEarlierArgument() {
        At a = at("The acquisition of Ondra Systems by Veltrix Labs was announced on Monday.", "acquisition", "noun");
        List<Integer> target = Argument.Call.of(Operator.OBJECT, Argument.Who.ORGANIZATIONS, Argument.Count.ANY)
                .find(a.s(), a.triggers(), a.t(), Map.of());
        Argument.Call by = call(Operator.BY_AGENT, Argument.Who.AGENTS, Optional.of("target"), Argument.Count.ANY);
        assertEquals(List.of(), by.find(a.s(), a.triggers(), a.t(), Map.of()), "right after the trigger there is no 'by'");
        List<Integer> found = by.find(a.s(), a.triggers(), a.t(), Map.of("target", target));
        assertEquals(List.of("Veltrix Labs"), texts(a, found));
    }
}
