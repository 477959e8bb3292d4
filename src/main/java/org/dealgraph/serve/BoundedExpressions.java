package org.dealgraph.serve;

import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.expr.E_Exists;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_NotExists;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrAfter;
import org.apache.jena.sparql.expr.E_StrBefore;
import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.E_StrEncodeForURI;
import org.apache.jena.sparql.expr.E_StrLowerCase;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.E_StrSubstring;
import org.apache.jena.sparql.expr.E_StrUpperCase;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprFunction2;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.ExprTransformer;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformer;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.syntax.syntaxtransform.UpdateTransformOps;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.vocabulary.XSD;

/**
 * Rewrites a query or an update so that what could run away in it is bounded ({@link BoundedFunctions}):
 * {@code REGEX} and {@code REPLACE} (and XPath's {@code fn:matches} and {@code fn:replace}) match in a way
 * that stops at the query's timeout, {@code CONCAT} refuses to build a string over the limit, and the result
 * of every other function that makes a new string, {@code UCASE}, {@code ENCODE_FOR_URI}, {@code SUBSTR},
 * {@code STRBEFORE} and extension functions among them, is checked against the limit and counted against
 * what one query may build in all, so strings cannot grow by nesting nor pile up row by row; {@code GROUP_CONCAT} is held to the limit
 * too ({@link BoundedGroupConcat}). Subqueries, {@code EXISTS} patterns and aggregates' expressions are
 * rewritten too.
 */
final class BoundedExpressions extends ExprTransformCopy {

    private static final String XPATH = "http://www.w3.org/2005/xpath-functions#";
    /** XPath functions that match regular expressions or join strings, and what stands in for each. */
    private static final Map<String, String> XPATH_STAND_INS = Map.of(
            XPATH + "matches", BoundedFunctions.REGEX,
            XPATH + "replace", BoundedFunctions.REPLACE,
            XPATH + "concat", BoundedFunctions.CONCAT);

    private static final BoundedExpressions EXPRESSIONS = new BoundedExpressions();
    private static final ElementTransformCopyBase ELEMENTS = new ElementTransformCopyBase() {
        @Override
        public Element transform(ElementSubQuery subQuery, Query query) {
            return new ElementSubQuery(bound(query));
        }
    };

    private BoundedExpressions() {
        super(false);
    }

    /** {@code query} rewritten; the original is left as it was. */
    static Query bound(Query query) {
        return QueryTransformOps.transform(query, ELEMENTS, EXPRESSIONS);
    }

    /** {@code request} rewritten; the original is left as it was. */
    static UpdateRequest bound(UpdateRequest request) {
        return UpdateTransformOps.transform(request, ELEMENTS, EXPRESSIONS);
    }

    @Override
    public Expr transform(ExprFunctionN function, ExprList args) {
        if (function instanceof E_Regex) {
            return new E_Function(BoundedFunctions.REGEX, args);
        }
        if (function instanceof E_StrReplace) {
            return new E_Function(BoundedFunctions.REPLACE, args);
        }
        if (function instanceof E_StrConcat) {
            return new E_Function(BoundedFunctions.CONCAT, args);
        }
        if (function instanceof E_Function call) {
            String iri = call.getFunctionIRI();
            if (iri.startsWith(BoundedFunctions.NS) || iri.startsWith(XSD.getURI())) {
                return super.transform(function, args);
            }
            String standIn = XPATH_STAND_INS.get(iri);
            if (standIn != null) {
                return new E_Function(standIn, args);
            }
            return checked(super.transform(function, args));
        }
        Expr copy = super.transform(function, args);
        return function instanceof E_StrSubstring ? checked(copy) : copy;
    }

    /** The functions that make a new string of their argument's, which a row may then hold, are checked. */
    @Override
    public Expr transform(ExprFunction1 function, Expr arg) {
        Expr copy = super.transform(function, arg);
        boolean copies = function instanceof E_StrUpperCase || function instanceof E_StrLowerCase
                || function instanceof E_StrEncodeForURI;
        return copies ? checked(copy) : copy;
    }

    @Override
    public Expr transform(ExprFunction2 function, Expr first, Expr second) {
        Expr copy = super.transform(function, first, second);
        return function instanceof E_StrBefore || function instanceof E_StrAfter ? checked(copy) : copy;
    }

    /** An aggregate's expressions are rewritten too, and {@code GROUP_CONCAT} is held to the string limit. */
    @Override
    public Expr transform(ExprAggregator aggregator) {
        Aggregator aggregate = aggregator.getAggregator();
        ExprList args = aggregate.getExprList();
        if (args == null || args.isEmpty()) {
            return super.transform(aggregator);
        }
        return new ExprAggregator(aggregator.getVar(),
                BoundedGroupConcat.bound(aggregate, ExprTransformer.transform(this, args)));
    }

    @Override
    public Expr transform(ExprFunctionOp function, ExprList args, Op op) {
        if (function instanceof E_Exists exists) {
            return new E_Exists(ElementTransformer.transform(exists.getElement(), ELEMENTS, this));
        }
        if (function instanceof E_NotExists notExists) {
            return new E_NotExists(ElementTransformer.transform(notExists.getElement(), ELEMENTS, this));
        }
        return super.transform(function, args, op);
    }

    private static Expr checked(Expr expr) {
        return new E_Function(BoundedFunctions.CHECKED, new ExprList(expr));
    }
}
