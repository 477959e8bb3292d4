package org.dealgraph.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;
import org.apache.jena.sparql.function.Function;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

/**
 * The functions {@link BoundedExpressions} puts in a query in place of those that could run away: regular
 * expressions matched over {@link WatchedText}, so they stop when the query is cancelled, and strings built
 * no longer than the limit the query's context holds under {@link #MAX_STRING_LENGTH}, and no more of them
 * than {@value #BUDGET} such strings' worth in all. A string over it stops the whole query with a
 * {@link QueryDeniedException} (the server answers 422), rather than being an evaluation error that would
 * quietly leave a variable unbound.
 */
final class BoundedFunctions {

    static final String NS = "https://w3id.org/dealgraph/function#";
    static final String REGEX = NS + "regex";
    static final String REPLACE = NS + "replace";
    static final String CONCAT = NS + "concat";
    static final String CHECKED = NS + "checked";
    /** The context's key for the longest string, in characters, a query may build. */
    static final Symbol MAX_STRING_LENGTH = Symbol.create(NS + "maxStringLength");
    /** The characters one query may build in all, as a number of longest strings. */
    static final int BUDGET = 64;
    /** The context's key for the characters the query has built so far. */
    private static final Symbol BUILT = Symbol.create(NS + "built");

    private BoundedFunctions() {
    }

    /** Makes the functions known to every query; once is enough, more is harmless. */
    static void register() {
        FunctionRegistry registry = FunctionRegistry.get();
        registry.put(REGEX, Regex.class);
        registry.put(REPLACE, Replace.class);
        registry.put(CONCAT, Concat.class);
        registry.put(CHECKED, Checked.class);
        BoundedGroupConcat.register();
    }

    /** A function of evaluated arguments, between {@code min} and {@code max} of them. */
    private abstract static class Bounded implements Function {

        private final String name;
        private final int min;
        private final int max;

        Bounded(String name, int min, int max) {
            this.name = name;
            this.min = min;
            this.max = max;
        }

        @Override
        public void build(String uri, ExprList args, Context context) {
            if (args.size() < min || args.size() > max) {
                throw new ExprEvalException(name + ": " + args.size() + " arguments");
            }
        }

        @Override
        public NodeValue exec(Binding binding, ExprList args, String uri, FunctionEnv env) {
            List<NodeValue> values = new ArrayList<>(args.size());
            for (Expr arg : args) {
                values.add(arg.eval(binding, env));
            }
            return apply(values, env.getContext());
        }

        abstract NodeValue apply(List<NodeValue> args, Context context);

        String text(NodeValue value) {
            return NodeValueOps.checkAndGetStringLiteral(name, value).getLiteralLexicalForm();
        }
    }

    /** The longest string a query may build, as its context says. */
    static int maxLength(Context context) {
        Object limit = context == null ? null : context.get(MAX_STRING_LENGTH);
        return limit instanceof Number n ? n.intValue() : Limits.DEFAULT_MAX_STRING_LENGTH;
    }

    /** Stops the query if a string of {@code length} characters is longer than it may build. */
    static void check(long length, Context context) {
        int max = maxLength(context);
        if (length > max) {
            throw new QueryDeniedException("the query builds a string of more than " + max + " characters");
        }
    }

    /**
     * Counts a string of {@code length} characters the query has built against all it may build, {@value
     * #BUDGET} times the longest string, and stops the query past that. The limit on one string alone would let
     * a query keep many of them, one per row, for {@code DISTINCT}, {@code ORDER BY} or a group to hold. The
     * count lives in the context of the one execution, which ARQ makes afresh for each query and update.
     */
    static void charge(long length, Context context) {
        if (context == null) {
            return;
        }
        Object count = context.get(BUILT);
        AtomicLong built;
        if (count instanceof AtomicLong known) {
            built = known;
        } else {
            built = new AtomicLong();
            context.set(BUILT, built);
        }
        long budget = (long) BUDGET * maxLength(context);
        if (built.addAndGet(length) > budget) {
            throw new QueryDeniedException("the query builds more than " + budget + " characters in all");
        }
    }

    /** A string of {@code length} characters built: checked against the limit, then counted. */
    static void built(long length, Context context) {
        check(length, context);
        charge(length, context);
    }

    /** The last pattern compiled, kept for the next call: a query's pattern is nearly always a constant. */
    private abstract static class Matching extends Bounded {

        private String lastSource;
        private String lastFlags;
        private Pattern last;

        Matching(String name, int min, int max) {
            super(name, min, max);
        }

        Pattern pattern(NodeValue source, NodeValue flags) {
            String text = text(source);
            String flagText = flags == null ? null : text(flags);
            if (last == null || !text.equals(lastSource) || !java.util.Objects.equals(flagText, lastFlags)) {
                last = RegexEngine.makePattern("REGEX", text, flagText);
                lastSource = text;
                lastFlags = flagText;
            }
            return last;
        }

        static Matcher matcher(Pattern pattern, String text, Context context) {
            AtomicBoolean cancelled = Context.getCancelSignal(context);
            return pattern.matcher(new WatchedText(text, cancelled));
        }
    }

    /** {@code REGEX(text, pattern [, flags])}. */
    public static final class Regex extends Matching {

        public Regex() {
            super("REGEX", 2, 3);
        }

        @Override
        NodeValue apply(List<NodeValue> args, Context context) {
            String text = text(args.get(0));
            Pattern pattern = pattern(args.get(1), args.size() > 2 ? args.get(2) : null);
            return NodeValue.booleanReturn(matcher(pattern, text, context).find());
        }
    }

    /** {@code REPLACE(text, pattern, replacement [, flags])}, in the language or type of the text. */
    public static final class Replace extends Matching {

        public Replace() {
            super("REPLACE", 3, 4);
        }

        @Override
        NodeValue apply(List<NodeValue> args, Context context) {
            Node input = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(0));
            String text = input.getLiteralLexicalForm();
            String replacement = text(args.get(2));
            Pattern pattern = pattern(args.get(1), args.size() > 3 ? args.get(3) : null);
            Matcher matcher = matcher(pattern, text, context);
            StringBuilder out = new StringBuilder();
            boolean first = true;
            try {
                while (matcher.find()) {
                    // as ARQ does: an empty match counts only at the very start
                    if (!first && matcher.start() == matcher.end()) {
                        continue;
                    }
                    first = false;
                    matcher.appendReplacement(out, replacement);
                    check(out.length(), context);
                }
                if (first) {
                    return args.get(0);
                }
                matcher.appendTail(out);
            } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
                throw new ExprEvalException("REPLACE: " + e.getMessage());
            }
            built(out.length(), context);
            String result = out.toString();
            String language = input.getLiteralLanguage();
            return language.isEmpty() ? NodeValue.makeString(result)
                    : NodeValue.makeNode(NodeFactory.createLiteralLang(result, language));
        }
    }

    /** {@code CONCAT(...)}, refused before it is built when it would be over the limit. */
    public static final class Concat extends Bounded {

        public Concat() {
            super("CONCAT", 0, Integer.MAX_VALUE);
        }

        @Override
        NodeValue apply(List<NodeValue> args, Context context) {
            long length = 0;
            for (NodeValue arg : args) {
                length += text(arg).length();
            }
            built(length, context);
            return XSDFuncOp.strConcat(args);
        }
    }

    /** Its one argument's value, unless that is a literal longer than the limit. */
    public static final class Checked extends Bounded {

        public Checked() {
            super("checked", 1, 1);
        }

        @Override
        NodeValue apply(List<NodeValue> args, Context context) {
            NodeValue value = args.get(0);
            Node node = value.asNode();
            if (node.isLiteral()) {
                built(node.getLiteralLexicalForm().length(), context);
            }
            return value;
        }
    }
}
