/**
 * Extract: the facts an analysed article states (roles, partnerships, deals, investments, funding rounds,
 * acquisitions, subsidiaries), found by trigger words and rules kept as data, each fact with its provenance.
 *
 * <p>In: {@link org.dealgraph.model.AnalysedArticle}. Out: {@link org.dealgraph.model.ExtractedArticle}.
 * No Jena here.
 *
 * <h2>How a sentence is read</h2>
 * {@link org.dealgraph.extract.RuleExtractor} turns each sentence into chunks (mentions whole, other words one
 * by one), finds the trigger phrases of {@code triggers.tsv} in it (each with a family and a form, "acquisition
 * verb"), and hands it to the rule files of {@code rules/}, one per kind of fact, in a fixed order. Rules return
 * their facts; nothing a rule finds is written where another rule reads it. What a later sentence needs of the
 * earlier ones (the round last told, for "The round was led by A") the extractor derives from the facts
 * returned, between sentences.
 *
 * <h2>Rule files</h2>
 * A YAML file with a {@code kind} ({@code acquisition}, {@code investment}, {@code subsidiary},
 * {@code founder}, {@code deal}, {@code funding}, {@code role}) and a list of {@code rules}. A rule has:
 * <ul>
 *   <li>{@code kind}, only where it differs from the file's: rules of kind {@code partnership} (partners with no
 *       agreement said to be signed) stand in the deal file;</li>
 *   <li>{@code id}: the name every fact it finds carries in its provenance; unique across files;</li>
 *   <li>{@code triggers}: the families and forms of {@code triggers.tsv} it reads ("acquisition verb");</li>
 *   <li>{@code when} / {@code unless}: guards, operator calls that must all find something / that must find
 *       nothing, at the trigger;</li>
 *   <li>one entry per role of its kind's frame (acquisition: {@code acquirer}, {@code target}; investment:
 *       {@code investor}, {@code investee}; subsidiary: {@code parent}, {@code child}; founder:
 *       {@code founder}, {@code organization}; deal: {@code parties} and, optionally, {@code counterparts};
 *       partnership: {@code partners} and, optionally, {@code counterparts}; role: {@code person},
 *       {@code organization} and, optionally, {@code title}: title mentions, or the trigger, whose
 *       {@code role-verbs.tsv} row may give a title; funding: {@code investor} and
 *       {@code share}, an investor's share of the round told before, "A put in $X of the total", with
 *       {@code money: none} and {@code status: none}: the share is its amount, the round's status its own),
 *       each an operator call or a list of them tried in order: the first that finds something decides;
 *       roles are found in the order written, and the rule finds nothing unless every role it names is found;</li>
 *   <li>{@code money}: {@code amount} (the amount the sentence gives the trigger), {@code amount-or-framing-deal}
 *       (that, else the amount of a deal noun framing it: "in a deal valued at $X"), {@code amount-paid} (the
 *       amount right after a verb of paying: "will pay $X for B"), or {@code none}; written
 *       {@code {amount: {unless: [...]}}}, guards that leave the fact without money when one finds something;</li>
 *   <li>{@code status}: {@code cues} (from the cues of {@code status.tsv} between the first role and the
 *       trigger), {@code announced}, or {@code none};</li>
 *   <li>{@code confidence} in [0, 1], and an {@code example} sentence that a test runs through the
 *       extractor, expecting a fact by this rule;</li>
 *   <li>{@code yields}, optionally: ids of other rules of the same file; the rule, frame or callback, tells
 *       nothing in a sentence where one of them told a fact that stands ({@link org.dealgraph.extract.Yields}).
 *       A rule stands when it told a fact and none of the rules it yields to stands, decided from the rules
 *       that yield to none, so the order of rules in the file changes nothing. The facts of the yielding rules
 *       are dropped before the completing rules read what the file told, and again over all the file's facts.
 *       An id that is no other rule of the file, a cycle, or a rule yielding to a completing rule that is not
 *       one itself fails at load, naming the file, the line and the value.</li>
 * </ul>
 * A kind of fact defined by a kind file ({@code org/dealgraph/kinds/}) has its rule file {@code rules/ID.yaml},
 * whose {@code kind} is its id, whose frames name its roles (all of them), whose rules take {@code money: none},
 * and which declares its own trigger words ({@code triggers: [{form: verb, phrases: [sue, sued], preps: []}]},
 * their family the kind's id); {@link org.dealgraph.extract.DefinedFrame} builds its facts. See
 * {@code docs/adding-a-kind-of-fact.md}.
 *
 * <p>An operator call is an operator's name ({@code subject}) or a one-key mapping with parameters
 * ({@code {object: {preps: [of], who: agents, count: one}}}): {@code who} is {@code organizations} (the
 * default), {@code agents} (persons count too) or {@code persons} (a group counts only if it holds a person);
 * {@code preps} the prepositions that introduce an object (default: the trigger's, column 4 of
 * {@code triggers.tsv}); {@code after} a role found earlier past which a search after the trigger starts; {@code before} a role
 * found earlier at whose first chunk a search before the trigger ends (for {@code subject}, {@code possessive} and
 * {@code apposition-before}); {@code count}
 * {@code any}, {@code one}, {@code several} or {@code joint} (several, none joined by "or"); a group of the wrong
 * size is not found, and does not fall through to the next alternative; {@code words} (a list of
 * {@code words.tsv}), {@code reach} (a number of chunks) and {@code trigger} (a family and form) are the
 * parameters of the looks {@code word-before}, {@code trigger-before} and {@code amount-of-whole}, which
 * require them; {@code person-after} takes {@code words} and {@code reach} too, {@code nearest-org-before}
 * {@code reach}, each reach 8 unless given, {@code org-after-prep} {@code reach} (4 unless given), and {@code title-chain-after} {@code words} (the words it passes
 * before the titles).
 *
 * <p>A rule whose kind completes what the file's other rules told ({@code RuleKind.readsTold}: the funding
 * frames) runs after them, whatever its place in the file, and reads their facts: a share joins the round its
 * own sentence told anew, else the one the article told last. Other rules never read what a rule found.
 *
 * <p>Where a phrasing is procedural beyond the operators, the rule names a {@code callback} instead of a frame
 * (with only {@code id}, {@code triggers}, {@code confidence}, {@code example}, {@code yields}): Java registered by that name in
 * {@link org.dealgraph.extract.Callbacks}, run once per trigger the rule reads (or once per sentence when it
 * reads none), returning facts made with the ids and confidences of the rules that name it. Every value is
 * checked when the files load ({@link org.dealgraph.extract.RuleFileReader}): an unknown key, operator,
 * trigger, money role, status, parameter, callback, a repeated id, a missing key or a confidence outside
 * [0, 1] fails, naming the file, the line and the value.
 *
 * <h2>Operators</h2>
 * The fixed set of {@link org.dealgraph.extract.Operator}: {@code subject} (the group before the trigger that
 * nothing governs as an object), {@code object} (the noun phrase after it, or after one of its prepositions),
 * {@code by-agent} (the group after "by": "was bought by A"), {@code fronted-subject} (the organizations opening the
 * main clause after a fronted phrase that holds the trigger: B in "With investments from A, B aims to grow"), {@code possessive} (the owner opening the noun
 * phrase: "A's purchase"; with {@code before}, the owner opening that argument's: "A's giant B acquisition"), {@code possessive-group} (the group that owner ends), {@code owner-or-subject} (that
 * group when there is an owner, else the subject), {@code next-agent} (the first agent after the trigger),
 * {@code next-group} (the group after the trigger, past an including word: "partners include A and B"),
 * {@code listed-after} (the group only an including word or a copula right after the trigger lists: "its portfolio
 * includes A and B"),
 * {@code org-before} and {@code org-after} (the organization right before the trigger, right after it or after
 * a comma or dash: "A unit B", "B's parent, A"), {@code unit-owner-after} (the owner of a part of a company named
 * after the trigger: "buys B's robotics division", "the chip unit of B"), {@code apposition-before} (the organization a comma sets off before
 * an earlier role: "B, A's research lab"; or the subject of a copula there: "B is now an A company"),
 * {@code hyphen} and {@code hyphen-prefix} ("A-owned"), {@code hyphen-after} ("deal-making"), {@code amount-after} (an amount right after the trigger), {@code relative-head} ("B, which is owned by"),
 * {@code relative-object-head} ("B, which A acquired", "B, which P founded"),
 * {@code relative-person} ("P, an engineer who founded"), {@code relative-place} ("B, where it invested"),
 * {@code passive-head} ("A, founded by"), {@code licensor-after} (the owner of what a licensing word licenses:
 * "a licence to B's technology"), {@code purpose-for} (the organization a deal's purpose serves: "a
 * contract to make chips for B"), {@code holding-after} (the organization whose shares a holding noun after
 * the trigger names: "buy 10 million B shares"), {@code companions} (the persons "with" joins to the doer later in the
 * clause: "P co-founded A in 2019 with Q and R"), {@code colon-list} (the persons a colon lists at the sentence's
 * end: "Four classmates started A in 2022: P, Q and R"), {@code given-to} ("gives A a stake"), {@code word-before} (a word of a
 * list within reach before the trigger, in its clause: "sold its stake") and {@code trigger-before} (a trigger of
 * a family and form ending within reach before it: "A led the $X investment"), {@code amount-of-whole} (the
 * amount right after the trigger that "of" or "to" ties to a word of a list within reach: "put in $X of the
 * total"). For persons and where they work
 * (the role rules): {@code person-before} ("P, of A"), {@code apposition-person} (the person before an apposition
 * that ends at the trigger: "P, A's CFO, will join"), {@code person-after} (the first person after the trigger,
 * past titles, names and a list's words: "hired the former CTO of B, P"), {@code listed-people} ("a team that
 * includes P and Q"), {@code as-person} and {@code as-organization} (the person and the organization of the frame
 * of joining, hiring or promoting that "as" or "to" closes: "P joined A as", "A hired P as", "A promoted P to"),
 * {@code title-chain-after} (the chain of titles after the trigger: "as its CEO and chairman"), {@code people-after}
 * and {@code titles-after} (the persons after the trigger and the titles before them: "overseen by CTO P"),
 * {@code trigger-word} (the trigger itself), {@code closing-org-after} (an organization that closes its phrase: "P,
 * of A, said"), {@code org-or-body-after} ("joined A", "joined A's board"), {@code org-after-prep} ("spent years at
 * A") and {@code nearest-org-before} ("A is a podcast hosted by"). Their word lists are rows of {@code words.tsv}.
 * The title rules of {@code role.yaml} ("OpenAI CEO P") remain a callback; the file's header says why.
 *
 * <h2>Lexicons</h2>
 * {@code triggers.tsv} (trigger phrases), {@code words.tsv} (the word lists of the rules and operators),
 * {@code money.tsv}, {@code status.tsv}, {@code plural-references.tsv},
 * {@code role-nouns.tsv}, {@code role-verbs.tsv} (the passive verbs of family {@code role} and form
 * {@code passive}, each with the title it gives), and the analyse stage's {@code numbers.tsv} (number words, for
 * the terms of deals), which its money grammar reads too: each documented at its top, read once at load by
 * {@code org.dealgraph.lexicon.DataFile} against the columns its loader declares: closed columns (a trigger's
 * family and form, a status, a money role, a side, a place) take only their values, keys are unique, and a
 * mistake fails naming the file, the line and the value. A family and form of {@code triggers.tsv} that no
 * rule file and no callback reads ({@code SentenceFacts.READ_BY_CODE}) fails the same way.
 * See {@code docs/adding-a-phrasing.md} for adding a phrasing.
 */
package org.dealgraph.extract;
