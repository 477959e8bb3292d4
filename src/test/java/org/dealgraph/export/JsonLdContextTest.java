package org.dealgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.rdf.model.Property;
import org.dealgraph.model.FactKind;
import org.dealgraph.rdf.DG;
import org.dealgraph.rdf.Iris;
import org.junit.jupiter.api.Test;

/** The JSON-LD context has a short term for each kind of fact's class and for every property of ours. */
class JsonLdContextTest {

    private static final String CONTEXT = JsonLdContext.text(new Iris());

    @Test
    void namesTheClassOfEveryKindOfFact() {
        List<String> missing = Arrays.stream(FactKind.values()).map(DG::classOf).map(c -> c.getLocalName())
                .filter(name -> !CONTEXT.contains("\"" + name + "\": \"dg:" + name + "\"")).toList();
        assertEquals(List.of(), missing);
    }

    @Test
    void namesEveryPropertyOfTheVocabulary() throws IllegalAccessException {
        List<String> missing = new ArrayList<>();
        for (Field field : DG.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == Property.class) {
                String name = ((Property) field.get(null)).getLocalName();
                if (!CONTEXT.contains("\"dg:" + name + "\"")) {
                    missing.add(name);
                }
            }
        }
        assertEquals(List.of(), missing);
    }
}
