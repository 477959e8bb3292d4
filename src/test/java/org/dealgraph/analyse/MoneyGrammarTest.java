package org.dealgraph.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.dealgraph.model.Bound;
import org.dealgraph.model.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyGrammarTest {

    private static final MoneyGrammar GRAMMAR = new MoneyGrammar();

    private static MoneyGrammar.Found only(String text) {
        List<MoneyGrammar.Found> found = GRAMMAR.find(text);
        assertEquals(1, found.size(), () -> "amounts in '" + text + "': " + found);
        return found.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "It agreed a $38bn contract.|$38bn|38000000000|USD",
        "The unit was sold for £29bn.|£29bn|29000000000|GBP",
        "Investors put in €385M last week.|€385M|385000000|EUR",
        "The lender raised 2 billion yuan in bonds.|2 billion yuan|2000000000|CNY",
        "A round of US$2.5 billion closed.|US$2.5 billion|2500000000|USD",
        "It is worth $1.2 trillion now.|$1.2 trillion|1200000000000|USD",
        "The seed round was $500k.|$500k|500000|USD",
        "It paid $20 mln for the patents.|$20 mln|20000000|USD",
        "The grant was 1,500,000 euros.|1,500,000 euros|1500000|EUR",
        "The chip plant costs ¥1 trillion.|¥1 trillion|1000000000000|JPY",
        "The fund holds 300 million pounds.|300 million pounds|300000000|GBP",
        "The bank lent Rs 5,000 crore to the group.|Rs 5,000 crore|50000000000|INR",
        "Sales reached 12 trillion won.|12 trillion won|12000000000000|KRW",
        "The deal values it at USD 4.5bn.|USD 4.5bn|4500000000|USD",
        "They raised $3.5B in the round.|$3.5B|3500000000|USD",
        "It spent 700 million dollars on servers.|700 million dollars|700000000|USD",
        "A $4bn deal was signed.|$4bn|4000000000|USD",
        "It raised $6.6 billion.|$6.6 billion|6600000000|USD",
        "The price was $1,299.|$1,299|1299|USD",
        "It bought 10 m shares for $5m.|$5m|5000000|USD",
        "It raised a billion dollars from three funds.|a billion dollars|1000000000|USD",
        "The lab will spend two billion euros on chips.|two billion euros|2000000000|EUR",
        "Investors put in half a billion dollars.|half a billion dollars|500000000|USD",
        "Twelve million pounds went to the startup.|Twelve million pounds|12000000|GBP",
        "It raised two hundred million dollars.|two hundred million dollars|200000000|USD",
        "It raised a hundred million dollars.|a hundred million dollars|100000000|USD",
        "It raised three hundred and fifty million dollars.|three hundred and fifty million dollars|350000000|USD",
        "It raised twenty-five million euros.|twenty-five million euros|25000000|EUR",
        "It raised well over ninety-nine billion yen.|ninety-nine billion yen|99000000000|JPY",
        "It raised five-two million dollars.|two million dollars|2000000|USD",
    })
    void normalisesAmounts(String text, String written, String amount, String currency) {
        MoneyGrammar.Found f = only(text);
        assertEquals(written, f.span().of(text));
        assertEquals(new Money(new BigDecimal(amount), currency, f.money().bound()), f.money());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Amazon will invest up to $4bn in the lab.|UP_TO",
        "It could raise as much as $10 billion.|UP_TO",
        "The company is valued at more than $80bn.|AT_LEAST",
        "It has spent over $13 billion so far.|AT_LEAST",
        "They committed at least €2bn.|AT_LEAST",
        "The stake is worth about $1bn.|APPROXIMATE",
        "It raised around $300M.|APPROXIMATE",
        "Roughly $2 billion was raised.|APPROXIMATE",
        "Revenue hit nearly $4bn.|APPROXIMATE",
        "Some $5bn changed hands.|APPROXIMATE",
        "It cost approximately £900 million.|APPROXIMATE",
        "It spent an estimated $7bn.|APPROXIMATE",
        "It spent $7bn on chips.|EXACT",
    })
    void readsQualifiersAsBounds(String text, Bound bound) {
        assertEquals(bound, only(text).money().bound());
    }

    @Test
    void readsBracketedConversionAsSecondAmount() {
        String text = "The contract is worth $38bn (£29bn) over seven years.";
        List<MoneyGrammar.Found> found = GRAMMAR.find(text);
        assertEquals(2, found.size());
        assertEquals(Money.of("38000000000", "USD"), found.get(0).money());
        assertEquals(Money.of("29000000000", "GBP"), found.get(1).money());
        assertEquals("£29bn", found.get(1).span().of(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The round could reach $1bn–$2bn.|$1bn–$2bn|2000000000",
        "The round could reach $1.5B-$2bn.|$1.5B-$2bn|2000000000",
        "The round could reach $1-2bn.|$1-2bn|2000000000",
        "It is worth $5bn to $7bn.|$5bn to $7bn|7000000000",
        "A price between $1bn and $3bn is likely.|$1bn and $3bn|3000000000",
    })
    void takesUpperFigureOfRangeAsApproximate(String text, String written, String amount) {
        MoneyGrammar.Found f = only(text);
        assertEquals(written, f.span().of(text));
        assertEquals(new Money(new BigDecimal(amount), "USD", Bound.APPROXIMATE), f.money());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The firm is investing billions of dollars in chips.",
        "Shares rose 5% on Monday.",
        "Its stake rose to 49 percent.",
        "The company has 1,500 employees and 3 offices.",
        "It was founded in 2015 and won 2024 awards.",
        "The model has 70 billion parameters.",
        "The lab weighed 5 pounds of chips.",
        "In 2023 won was weak.",
        "The app has a billion users.",
        "Two million people signed up.",
        "It is worth a billion, analysts said.",
    })
    void ignoresWhatIsNotAnAmount(String text) {
        assertTrue(GRAMMAR.find(text).isEmpty(), () -> "found " + GRAMMAR.find(text) + " in " + text);
    }
}
