package org.ecocorridor.ogc.style.sld;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import org.ecocorridor.ogc.style.filter.AndFilter;
import org.ecocorridor.ogc.style.filter.Arithmetic;
import org.ecocorridor.ogc.style.filter.BetweenFilter;
import org.ecocorridor.ogc.style.filter.ComparisonFilter;
import org.ecocorridor.ogc.style.filter.Concatenation;
import org.ecocorridor.ogc.style.filter.Expression;
import org.ecocorridor.ogc.style.filter.Filter;
import org.ecocorridor.ogc.style.filter.FunctionCall;
import org.ecocorridor.ogc.style.filter.IdFilter;
import org.ecocorridor.ogc.style.filter.LikeFilter;
import org.ecocorridor.ogc.style.filter.Literal;
import org.ecocorridor.ogc.style.filter.NotFilter;
import org.ecocorridor.ogc.style.filter.NullFilter;
import org.ecocorridor.ogc.style.filter.OrFilter;
import org.ecocorridor.ogc.style.filter.PropertyName;

/**
 * Reads {@code ogc:Filter} (Filter Encoding 1.0 and 1.1, as used by SLD 1.0 and SE 1.1; FES 2.0
 * names such as {@code ValueReference} are accepted too) and expressions, including SLD's mixed
 * {@code ParameterValueType}. Spatial and temporal operators are refused: rules filter on
 * attributes only.
 *
 * <p>Thread-safe: stateless.
 */
final class FilterReader {
    private static final Set<String> SPATIAL = Set.of("BBOX", "Equals", "Disjoint", "Touches", "Within", "Overlaps",
            "Crosses", "Intersects", "Contains", "DWithin", "Beyond");

    private FilterReader() {
    }

    /** Reads an {@code ogc:Filter} element: one operator, or a list of feature ids. */
    static Filter readFilter(StaxCursor c) {
        Filter result = null;
        Set<String> ids = new LinkedHashSet<>();
        while (c.nextChild()) {
            String name = c.name();
            if (name.equals("FeatureId") || name.equals("GmlObjectId") || name.equals("ResourceId")) {
                String id = firstNonNull(c.attribute("fid"), c.attribute("rid"),
                        c.attribute("http://www.opengis.net/gml", "id"), c.attribute("http://www.opengis.net/gml/3.2", "id"));
                if (id == null) {
                    throw c.error("feature id element without fid/rid/gml:id attribute");
                }
                ids.add(id);
                c.skip();
            } else if (name.equals(StaxCursor.FOREIGN)) {
                c.skip();
            } else {
                if (result != null) {
                    throw c.error("a Filter holds one operator; combine several with And or Or");
                }
                result = readOperator(c);
            }
        }
        if (result != null && !ids.isEmpty()) {
            throw c.error("a Filter holds either an operator or feature ids, not both");
        }
        if (result == null && ids.isEmpty()) {
            throw c.error("empty Filter");
        }
        return result != null ? result : new IdFilter(ids);
    }

    static Filter readOperator(StaxCursor c) {
        String name = c.name();
        return switch (name) {
            case "PropertyIsEqualTo" -> comparison(c, ComparisonFilter.Operator.EQUAL_TO);
            case "PropertyIsNotEqualTo" -> comparison(c, ComparisonFilter.Operator.NOT_EQUAL_TO);
            case "PropertyIsLessThan" -> comparison(c, ComparisonFilter.Operator.LESS_THAN);
            case "PropertyIsLessThanOrEqualTo" -> comparison(c, ComparisonFilter.Operator.LESS_THAN_OR_EQUAL_TO);
            case "PropertyIsGreaterThan" -> comparison(c, ComparisonFilter.Operator.GREATER_THAN);
            case "PropertyIsGreaterThanOrEqualTo" ->
                    comparison(c, ComparisonFilter.Operator.GREATER_THAN_OR_EQUAL_TO);
            case "PropertyIsBetween" -> between(c);
            case "PropertyIsLike" -> like(c);
            case "PropertyIsNull" -> isNull(c);
            case "And", "Or" -> logical(c, name.equals("And"));
            case "Not" -> not(c);
            default -> throw c.error(SPATIAL.contains(name)
                    ? "spatial operator " + name + " is not supported in style rules"
                    : "unknown filter operator <" + c.rawLocalName() + "> in namespace " + c.namespace());
        };
    }

    private static Filter comparison(StaxCursor c, ComparisonFilter.Operator op) {
        boolean matchCase = !"false".equalsIgnoreCase(c.attribute("matchCase"));
        List<Expression> operands = expressions(c);
        if (operands.size() != 2) {
            throw c.error("a comparison needs two expressions, got " + operands.size());
        }
        return new ComparisonFilter(op, operands.get(0), operands.get(1), matchCase);
    }

    private static Filter between(StaxCursor c) {
        Expression value = null;
        Expression lower = null;
        Expression upper = null;
        while (c.nextChild()) {
            switch (c.name()) {
                case "LowerBoundary" -> lower = single(c);
                case "UpperBoundary" -> upper = single(c);
                case StaxCursor.FOREIGN -> c.skip();
                default -> value = readExpression(c);
            }
        }
        if (value == null || lower == null || upper == null) {
            throw c.error("PropertyIsBetween needs an expression, a LowerBoundary and an UpperBoundary");
        }
        return new BetweenFilter(value, lower, upper);
    }

    private static Filter like(StaxCursor c) {
        String wild = c.attribute("wildCard");
        String single = c.attribute("singleChar");
        String escape = firstNonNull(c.attribute("escapeChar"), c.attribute("escape"));
        boolean matchCase = !"false".equalsIgnoreCase(c.attribute("matchCase"));
        if (wild == null || single == null || escape == null || wild.length() != 1 || single.length() != 1
                || escape.length() != 1) {
            throw c.error("PropertyIsLike needs one-character wildCard, singleChar and escape(Char) attributes");
        }
        List<Expression> operands = expressions(c);
        if (operands.size() != 2 || !(operands.get(1) instanceof Literal pattern)) {
            throw c.error("PropertyIsLike needs an expression and a Literal pattern");
        }
        return new LikeFilter(operands.get(0), String.valueOf(pattern.value()), wild.charAt(0), single.charAt(0),
                escape.charAt(0), matchCase);
    }

    private static Filter isNull(StaxCursor c) {
        List<Expression> operands = expressions(c);
        if (operands.size() != 1) {
            throw c.error("PropertyIsNull needs one expression, got " + operands.size());
        }
        return new NullFilter(operands.get(0));
    }

    private static Filter logical(StaxCursor c, boolean and) {
        List<Filter> operands = new ArrayList<>();
        while (c.nextChild()) {
            if (c.name().equals(StaxCursor.FOREIGN)) {
                c.skip();
            } else {
                operands.add(readOperator(c));
            }
        }
        if (operands.isEmpty()) {
            throw c.error((and ? "And" : "Or") + " needs at least one operand");
        }
        return and ? new AndFilter(operands) : new OrFilter(operands);
    }

    private static Filter not(StaxCursor c) {
        Filter operand = null;
        while (c.nextChild()) {
            if (operand != null) {
                throw c.error("Not takes exactly one operand");
            }
            operand = readOperator(c);
        }
        if (operand == null) {
            throw c.error("Not takes exactly one operand");
        }
        return new NotFilter(operand);
    }

    /** Reads the expression children of the current element. */
    private static List<Expression> expressions(StaxCursor c) {
        List<Expression> list = new ArrayList<>();
        while (c.nextChild()) {
            if (c.name().equals(StaxCursor.FOREIGN)) {
                c.skip();
            } else {
                list.add(readExpression(c));
            }
        }
        return list;
    }

    private static Expression single(StaxCursor c) {
        List<Expression> list = expressions(c);
        if (list.size() != 1) {
            throw c.error("expected one expression, got " + list.size());
        }
        return list.get(0);
    }

    /** Reads one expression element. */
    static Expression readExpression(StaxCursor c) {
        String name = c.name();
        try {
            return switch (name) {
                case "PropertyName", "ValueReference" -> new PropertyName(c.text());
                case "Literal" -> new Literal(c.text());
                case "Add" -> arithmetic(c, Arithmetic.Operator.ADD);
                case "Sub" -> arithmetic(c, Arithmetic.Operator.SUB);
                case "Mul" -> arithmetic(c, Arithmetic.Operator.MUL);
                case "Div" -> arithmetic(c, Arithmetic.Operator.DIV);
                case "Function" -> function(c);
                default -> throw c.error("unknown expression <" + c.rawLocalName() + "> in namespace " + c.namespace());
            };
        } catch (SldParseException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw c.error(e.getMessage(), e);
        }
    }

    private static Expression arithmetic(StaxCursor c, Arithmetic.Operator op) {
        List<Expression> operands = expressions(c);
        if (operands.size() != 2) {
            throw c.error(op + " needs two expressions, got " + operands.size());
        }
        return new Arithmetic(op, operands.get(0), operands.get(1));
    }

    private static Expression function(StaxCursor c) {
        String fname = c.attribute("name");
        if (fname == null) {
            throw c.error("Function without a name attribute");
        }
        return new FunctionCall(fname, expressions(c));
    }

    /**
     * Reads SLD's {@code ParameterValueType}: text mixed with expressions. Pure text becomes a
     * trimmed {@link Literal}; one expression stays itself; a mix becomes a {@link Concatenation}
     * (whitespace-only text containing a line break is layout, and is dropped).
     */
    static Expression readParameterValue(StaxCursor c) {
        List<Expression> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = c.advanceMixed();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(c.eventText());
                case XMLStreamConstants.START_ELEMENT -> {
                    flushText(text, parts);
                    if (c.name().equals(StaxCursor.FOREIGN)) {
                        c.skip();
                    } else {
                        parts.add(readExpression(c));
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    flushText(text, parts);
                    return combine(parts);
                }
                case XMLStreamConstants.END_DOCUMENT -> throw c.error("unexpected end of document");
                default -> {
                    // comments
                }
            }
        }
    }

    private static void flushText(StringBuilder text, List<Expression> parts) {
        String s = text.toString();
        text.setLength(0);
        if (!s.isEmpty() && !(s.isBlank() && s.indexOf('\n') >= 0)) {
            parts.add(new Literal(s));
        }
    }

    private static Expression combine(List<Expression> parts) {
        List<Expression> kept = new ArrayList<>(parts);
        if (!kept.isEmpty() && kept.get(0) instanceof Literal l && l.value() instanceof String s) {
            kept.set(0, new Literal(s.stripLeading()));
        }
        int last = kept.size() - 1;
        if (last >= 0 && kept.get(last) instanceof Literal l && l.value() instanceof String s) {
            kept.set(last, new Literal(s.stripTrailing()));
        }
        kept.removeIf(e -> e instanceof Literal l && "".equals(l.value()));
        if (kept.isEmpty()) {
            return new Literal("");
        }
        return kept.size() == 1 ? kept.get(0) : new Concatenation(kept);
    }

    private static String firstNonNull(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
