package org.dealgraph.serve;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.AccumulatorExpr;
import org.apache.jena.sparql.expr.aggregate.AggCustom;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.expr.aggregate.AggregateRegistry;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * {@code GROUP_CONCAT} held to the string limit, as {@code CONCAT} is: the value of one group may not grow
 * past {@link BoundedFunctions#maxLength the longest string a query may build}, and the value that would stops
 * the whole query (the server answers 422) rather than being cut, since a cut list would look whole. It is an
 * aggregate of its own, {@value #IRI}{@code (expression, separator)}, that {@link BoundedExpressions} puts in
 * place of {@code GROUP_CONCAT}; as a named aggregate it survives an update's round trip through text.
 */
final class BoundedGroupConcat {

    static final String IRI = BoundedFunctions.NS + "groupConcat";
    /** What SPARQL joins the values with when the query names no separator. */
    private static final String DEFAULT_SEPARATOR = " ";

    private BoundedGroupConcat() {
    }

    /** Makes the aggregate known to every query; once is enough, more is harmless. */
    static void register() {
        AggregateRegistry.register(IRI, (aggregate, distinct) -> new Accumulator(aggregate.getExprList().get(0),
                aggregate.getExprList().get(1).eval(null, null).asString(), distinct),
                NodeFactory.createLiteralString(""));
    }

    /**
     * The bounded aggregate in place of {@code aggregate} if that is a {@code GROUP_CONCAT}, with its
     * expression {@code args}; any other aggregate copied with {@code args}.
     */
    static Aggregator bound(Aggregator aggregate, ExprList args) {
        if (aggregate instanceof AggGroupConcat concat) {
            return bounded(args, concat.getSeparator(), false);
        }
        if (aggregate instanceof AggGroupConcatDistinct concat) {
            return bounded(args, concat.getSeparator(), true);
        }
        return aggregate.copy(args);
    }

    private static Aggregator bounded(ExprList args, String separator, boolean distinct) {
        ExprList call = new ExprList(args.get(0));
        call.add(NodeValue.makeString(separator == null ? DEFAULT_SEPARATOR : separator));
        return new AggCustom(IRI, distinct, call);
    }

    /** The values of a group joined with the separator, refused when the result would pass the limit. */
    private static final class Accumulator extends AccumulatorExpr {

        private final String separator;
        private final StringBuilder text = new StringBuilder();
        private boolean first = true;

        Accumulator(Expr expr, String separator, boolean distinct) {
            super(expr, distinct);
            this.separator = separator;
        }

        @Override
        protected void accumulate(NodeValue value, Binding binding, FunctionEnv env) {
            String next = value.asString();
            long length = text.length() + (first ? 0L : separator.length()) + next.length();
            BoundedFunctions.check(length, env.getContext());
            BoundedFunctions.charge(length - text.length(), env.getContext());
            if (!first) {
                text.append(separator);
            }
            text.append(next);
            first = false;
        }

        @Override
        protected void accumulateError(Binding binding, FunctionEnv env) {
            // as GROUP_CONCAT: a value in error makes the group's value an error, which AccumulatorExpr counts
        }

        @Override
        protected NodeValue getAccValue() {
            return NodeValue.makeString(text.toString());
        }
    }
}
