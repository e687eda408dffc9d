package org.ecocorridor.ogc.filter;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ecocorridor.core.filter.And;
import org.ecocorridor.core.filter.Between;
import org.ecocorridor.core.filter.Comparison;
import org.ecocorridor.core.filter.ComparisonOperator;
import org.ecocorridor.core.filter.DistancePredicate;
import org.ecocorridor.core.filter.Filter;
import org.ecocorridor.core.filter.IsNull;
import org.ecocorridor.core.filter.Like;
import org.ecocorridor.core.filter.Not;
import org.ecocorridor.core.filter.Or;
import org.ecocorridor.core.filter.ResourceIds;
import org.ecocorridor.core.filter.SpatialOperator;
import org.ecocorridor.core.filter.SpatialPredicate;
import org.ecocorridor.core.filter.TemporalOperator;
import org.ecocorridor.core.filter.TemporalPredicate;
import org.ecocorridor.ogc.exception.ExceptionCodes;
import org.ecocorridor.ogc.exception.OgcException;
import org.ecocorridor.ogc.gml.GmlGeometryReader;
import org.ecocorridor.ogc.ows.CrsName;
import org.ecocorridor.ogc.ows.XmlElement;
import org.locationtech.jts.geom.Geometry;

/**
 * Parses FES 2.0 ({@code fes:Filter}) and Filter Encoding 1.1 ({@code ogc:Filter}) into the core
 * filter model. Elements are matched by local name, so both versions share one reader; the
 * differences handled are ValueReference/PropertyName, ResourceId/FeatureId/GmlObjectId,
 * {@code escapeChar}/{@code escape} and {@code uom}/{@code units} on Distance.
 *
 * <p>Implemented: And, Or, Not; PropertyIsEqualTo, NotEqualTo, LessThan(OrEqualTo),
 * GreaterThan(OrEqualTo), Like, Null, Nil, Between; BBOX, Equals, Disjoint, Touches, Within,
 * Overlaps, Crosses, Intersects, Contains, DWithin, Beyond; After, Before, During, TEquals;
 * ResourceId. Anything else (functions, arithmetic, other temporal operators) is rejected with
 * InvalidParameterValue naming the element. Geometry literals go through {@link GmlGeometryReader}
 * (axis order from their srsName, else {@code defaultCrs}).
 *
 * <p>Thread-safe (stateless apart from immutable configuration).
 */
public final class FilterXmlReader {
    private final GmlGeometryReader gml;
    private final String locator;

    /**
     * @param defaultCrs CRS of geometry literals without srsName (the feature type's default CRS)
     * @param locator    parameter name for exceptions ({@code FILTER})
     */
    public FilterXmlReader(CrsName defaultCrs, String locator) {
        this.gml = new GmlGeometryReader(defaultCrs);
        this.locator = locator;
    }

    /** Parses a {@code Filter} element (or a bare operator element). */
    public Filter read(XmlElement filter) {
        if (!filter.is("Filter")) {
            return operator(filter);
        }
        List<XmlElement> ops = filter.children();
        if (ops.isEmpty()) {
            throw bad("Filter", "Empty filter");
        }
        if (ops.stream().allMatch(e -> isId(e))) {
            return ids(ops);
        }
        if (ops.size() != 1) {
            throw bad("Filter", "A filter holds exactly one operator, got " + ops.size());
        }
        return operator(ops.get(0));
    }

    private Filter operator(XmlElement e) {
        String name = e.localName();
        switch (name) {
            case "And":
                return new And(operands(e));
            case "Or":
                return new Or(operands(e));
            case "Not":
                if (e.children().size() != 1) {
                    throw bad(name, "Not takes one operand");
                }
                return new Not(operator(e.children().get(0)));
            case "PropertyIsLike":
                return like(e);
            case "PropertyIsNull":
            case "PropertyIsNil":
                if (e.children().stream().anyMatch(c -> isProperty(c) && GmlProperties.isStandard(c))) {
                    return Filter.INCLUDE; // standard GML properties are never written: always null
                }
                return new IsNull(property(e), name.equals("PropertyIsNil"));
            case "PropertyIsBetween":
                return new Between(property(e), boundary(e, "LowerBoundary"), boundary(e, "UpperBoundary"));
            case "DWithin":
            case "Beyond":
                return distance(e);
            default:
                break;
        }
        if (isId(e)) {
            return ids(List.of(e));
        }
        for (ComparisonOperator op : ComparisonOperator.values()) {
            if (op.elementName().equals(name)) {
                return comparison(op, e);
            }
        }
        SpatialOperator spatial = SpatialOperator.ofElement(name);
        if (spatial != null) {
            return spatial(spatial, e);
        }
        TemporalOperator temporal = TemporalOperator.ofElement(name);
        if (temporal != null) {
            return new TemporalPredicate(temporal, property(e), TimeLiterals.read(geometryOrTime(e, name), locator));
        }
        throw bad(name, "Unsupported filter operator " + name);
    }

    private List<Filter> operands(XmlElement e) {
        List<Filter> out = new ArrayList<>();
        for (XmlElement c : e.children()) {
            out.add(operator(c));
        }
        if (out.size() < 2) {
            throw bad(e.localName(), e.localName() + " needs at least two operands");
        }
        return out;
    }

    private Filter comparison(ComparisonOperator op, XmlElement e) {
        List<XmlElement> args = e.children();
        if (args.size() != 2) {
            throw bad(e.localName(), e.localName() + " needs two expressions");
        }
        boolean matchCase = !"false".equalsIgnoreCase(e.attribute("matchCase"));
        XmlElement a = args.get(0);
        XmlElement b = args.get(1);
        for (XmlElement arg : args) {
            if (arg.is("Literal") && !arg.children().isEmpty()) {
                throw new OgcException(ExceptionCodes.OPERATION_PROCESSING_FAILED, locator, e.localName()
                        + " cannot compare a complex literal (" + arg.children().get(0).localName() + ")", 400);
            }
        }
        for (XmlElement arg : args) {
            if (isProperty(arg) && GmlProperties.isStandard(arg)) {
                return Filter.EXCLUDE; // gml:name, gml:description, ... are never written: no value matches
            }
        }
        if (isProperty(a) && b.is("Literal")) {
            return new Comparison(op, name(a), b.rawText(), matchCase);
        }
        if (a.is("Literal") && isProperty(b)) {
            return new Comparison(flip(op), name(b), a.rawText(), matchCase);
        }
        throw bad(e.localName(), e.localName() + " supports a property compared with a literal only");
    }

    private static ComparisonOperator flip(ComparisonOperator op) {
        return switch (op) {
            case LESS_THAN -> ComparisonOperator.GREATER_THAN;
            case LESS_THAN_OR_EQUAL_TO -> ComparisonOperator.GREATER_THAN_OR_EQUAL_TO;
            case GREATER_THAN -> ComparisonOperator.LESS_THAN;
            case GREATER_THAN_OR_EQUAL_TO -> ComparisonOperator.LESS_THAN_OR_EQUAL_TO;
            default -> op;
        };
    }

    private Filter like(XmlElement e) {
        if (e.children().stream().anyMatch(c -> isProperty(c) && GmlProperties.isStandard(c))) {
            return Filter.EXCLUDE;
        }
        String escape = e.attribute("escapeChar") != null ? e.attribute("escapeChar") : e.attribute("escape");
        String wild = e.attribute("wildCard");
        String single = e.attribute("singleChar");
        if (wild == null || single == null || escape == null || wild.length() != 1 || single.length() != 1
                || escape.length() != 1) {
            throw bad("PropertyIsLike", "PropertyIsLike needs one-character wildCard, singleChar and escapeChar");
        }
        String pattern = e.child("Literal").map(XmlElement::rawText)
                .orElseThrow(() -> bad("PropertyIsLike", "PropertyIsLike needs a Literal pattern"));
        return new Like(property(e), pattern, wild.charAt(0), single.charAt(0), escape.charAt(0),
                !"false".equalsIgnoreCase(e.attribute("matchCase")));
    }

    private String boundary(XmlElement e, String which) {
        return e.child(which).flatMap(b -> b.child("Literal")).map(XmlElement::rawText)
                .orElseThrow(() -> bad("PropertyIsBetween", "PropertyIsBetween needs a " + which + " Literal"));
    }

    private Filter spatial(SpatialOperator op, XmlElement e) {
        String property = optionalProperty(e);
        Geometry g = gml.read(geometryOrTime(e, e.localName()));
        return new SpatialPredicate(op, property, g);
    }

    private Filter distance(XmlElement e) {
        String property = optionalProperty(e);
        Geometry g = gml.read(geometryOrTime(e, e.localName()));
        XmlElement d = e.child("Distance").orElseThrow(() -> bad(e.localName(), e.localName() + " needs a Distance"));
        String uom = d.attribute("uom") != null ? d.attribute("uom") : d.attribute("units");
        double value;
        try {
            value = Double.parseDouble(d.text());
        } catch (NumberFormatException ex) {
            throw bad("Distance", "Invalid distance \"" + d.text() + "\"");
        }
        return new DistancePredicate(e.is("Beyond"), property, g, value * DistanceUnits.metresPer(uom, locator));
    }

    /** The operand element that is neither a property reference nor a Distance, unwrapping Literal. */
    private XmlElement geometryOrTime(XmlElement e, String name) {
        for (XmlElement c : e.children()) {
            if (isProperty(c) || c.is("Distance")) {
                continue;
            }
            if (c.is("Literal")) {
                if (c.children().size() == 1) {
                    return c.children().get(0);
                }
                throw bad(name, name + " needs a GML literal");
            }
            return c;
        }
        throw bad(name, name + " needs a GML operand");
    }

    private Filter ids(List<XmlElement> elements) {
        Set<String> ids = new LinkedHashSet<>();
        for (XmlElement e : elements) {
            String id = e.attribute("rid") != null ? e.attribute("rid")
                    : e.attribute("fid") != null ? e.attribute("fid")
                    : e.attribute("http://www.opengis.net/gml", "id") != null
                            ? e.attribute("http://www.opengis.net/gml", "id")
                            : e.attribute("http://www.opengis.net/gml/3.2", "id");
            if (id == null || id.isBlank()) {
                throw bad(e.localName(), e.localName() + " without an id");
            }
            ids.add(id.trim());
        }
        return new ResourceIds(ids);
    }

    private static boolean isId(XmlElement e) {
        return e.is("ResourceId") || e.is("FeatureId") || e.is("GmlObjectId");
    }

    private String property(XmlElement e) {
        return e.children().stream().filter(FilterXmlReader::isProperty).findFirst().map(FilterXmlReader::name)
                .orElseThrow(() -> bad(e.localName(), e.localName() + " needs a ValueReference"));
    }

    private static String optionalProperty(XmlElement e) {
        return e.children().stream().filter(FilterXmlReader::isProperty).findFirst().map(FilterXmlReader::name)
                .orElse(null);
    }

    private static boolean isProperty(XmlElement e) {
        return e.is("ValueReference") || e.is("PropertyName");
    }

    private static String name(XmlElement e) {
        return PropertyNames.normalize(e.text());
    }

    private OgcException bad(String element, String message) {
        return OgcException.invalidParameter(locator, message + " (" + element + ")");
    }
}
