package org.ecocorridor.ogc.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
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
import org.ecocorridor.core.filter.TimeLiteral;
import org.ecocorridor.ogc.exception.OgcException;
import org.ecocorridor.ogc.ows.CrsName;
import org.ecocorridor.ogc.ows.XmlElement;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

class FilterXmlReaderTest {
    private static final String FES = "xmlns:fes='http://www.opengis.net/fes/2.0' xmlns:gml='http://www.opengis.net/gml/3.2'"
            + " xmlns:eco='https://ecocorridor.org/ns'";
    private final FilterXmlReader reader = new FilterXmlReader(CrsName.urnOf(4326), "FILTER");

    private Filter fes(String body) {
        return reader.read(XmlElement.parse(("<fes:Filter " + FES + ">" + body + "</fes:Filter>")
                .getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void comparisonsKeepPropertyLiteralAndMatchCase() {
        assertThat(fes("<fes:PropertyIsEqualTo matchCase='false'><fes:ValueReference>eco:name</fes:ValueReference>"
                + "<fes:Literal>Khanka</fes:Literal></fes:PropertyIsEqualTo>"))
                .isEqualTo(new Comparison(ComparisonOperator.EQUAL_TO, "name", "Khanka", false));
        // literal first: 10 < count means count > 10
        assertThat(fes("<fes:PropertyIsLessThan><fes:Literal>10</fes:Literal><fes:ValueReference>count"
                + "</fes:ValueReference></fes:PropertyIsLessThan>"))
                .isEqualTo(Comparison.of(ComparisonOperator.GREATER_THAN, "count", "10"));
        assertThat(fes("<fes:PropertyIsBetween><fes:ValueReference>count</fes:ValueReference><fes:LowerBoundary>"
                + "<fes:Literal>1</fes:Literal></fes:LowerBoundary><fes:UpperBoundary><fes:Literal>9</fes:Literal>"
                + "</fes:UpperBoundary></fes:PropertyIsBetween>")).isEqualTo(new Between("count", "1", "9"));
        assertThat(fes("<fes:PropertyIsLike wildCard='*' singleChar='.' escapeChar='!'><fes:ValueReference>name"
                + "</fes:ValueReference><fes:Literal>K*</fes:Literal></fes:PropertyIsLike>"))
                .isEqualTo(new Like("name", "K*", '*', '.', '!', true));
        assertThat(fes("<fes:PropertyIsNil><fes:ValueReference>ratio</fes:ValueReference></fes:PropertyIsNil>"))
                .isEqualTo(new IsNull("ratio", true));
    }

    @Test
    void logicalOperatorsNest() {
        Filter f = fes("<fes:Or><fes:Not><fes:PropertyIsNull><fes:ValueReference>a</fes:ValueReference>"
                + "</fes:PropertyIsNull></fes:Not><fes:And><fes:PropertyIsEqualTo><fes:ValueReference>b"
                + "</fes:ValueReference><fes:Literal>1</fes:Literal></fes:PropertyIsEqualTo><fes:PropertyIsEqualTo>"
                + "<fes:ValueReference>c</fes:ValueReference><fes:Literal>2</fes:Literal></fes:PropertyIsEqualTo>"
                + "</fes:And></fes:Or>");
        assertThat(f).isEqualTo(new Or(List.of(new Not(new IsNull("a", false)), new And(List.of(
                Comparison.of(ComparisonOperator.EQUAL_TO, "b", "1"), Comparison.of(ComparisonOperator.EQUAL_TO, "c", "2"))))));
    }

    @Test
    void urnEpsg4326LiteralsAreLatLonAndShortNamesLonLat() {
        SpatialPredicate urn = (SpatialPredicate) fes("<fes:BBOX><fes:ValueReference>geom</fes:ValueReference>"
                + "<gml:Envelope srsName='urn:ogc:def:crs:EPSG::4326'><gml:lowerCorner>42 130</gml:lowerCorner>"
                + "<gml:upperCorner>43 131</gml:upperCorner></gml:Envelope></fes:BBOX>");
        assertThat(urn.operator()).isEqualTo(SpatialOperator.BBOX);
        assertThat(urn.geometry().getEnvelopeInternal()).isEqualTo(new Envelope(130, 131, 42, 43));
        assertThat(urn.geometry().getSRID()).isEqualTo(4326);
        SpatialPredicate shortName = (SpatialPredicate) fes("<fes:Intersects><fes:ValueReference>geom"
                + "</fes:ValueReference><gml:Point gml:id='p' srsName='EPSG:4326'><gml:pos>130 42</gml:pos></gml:Point>"
                + "</fes:Intersects>");
        assertThat(shortName.geometry().getCoordinate()).isEqualTo(new Coordinate(130, 42));
        SpatialPredicate http = (SpatialPredicate) fes("<fes:Within><gml:Polygon gml:id='p'"
                + " srsName='http://www.opengis.net/def/crs/EPSG/0/4326'><gml:exterior><gml:LinearRing><gml:posList>"
                + "42 130 42 131 43 131 42 130</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></fes:Within>");
        assertThat(http.property()).isNull();
        assertThat(http.geometry().getEnvelopeInternal()).isEqualTo(new Envelope(130, 131, 42, 43));
        // no srsName: the default CRS given to the reader (urn 4326, lat/lon)
        SpatialPredicate dflt = (SpatialPredicate) fes("<fes:Contains><gml:Point gml:id='p'><gml:pos>42 130</gml:pos>"
                + "</gml:Point></fes:Contains>");
        assertThat(dflt.geometry().getCoordinate()).isEqualTo(new Coordinate(130, 42));
    }

    @Test
    void everySpatialOperatorAndDistanceUnits() {
        for (SpatialOperator op : SpatialOperator.values()) {
            if (op == SpatialOperator.BBOX) {
                continue;
            }
            Filter f = fes("<fes:" + op.elementName() + "><fes:ValueReference>geom</fes:ValueReference>"
                    + "<gml:LineString gml:id='l' srsName='EPSG:4326'><gml:posList>130 42 131 43</gml:posList>"
                    + "</gml:LineString></fes:" + op.elementName() + ">");
            assertThat(((SpatialPredicate) f).operator()).isEqualTo(op);
        }
        DistancePredicate km = (DistancePredicate) fes("<fes:DWithin><fes:ValueReference>geom</fes:ValueReference>"
                + "<gml:Point gml:id='p' srsName='EPSG:4326'><gml:pos>130 42</gml:pos></gml:Point>"
                + "<fes:Distance uom='km'>2.5</fes:Distance></fes:DWithin>");
        assertThat(km.distanceMetres()).isEqualTo(2500.0);
        assertThat(km.beyond()).isFalse();
        DistancePredicate epsg = (DistancePredicate) fes("<fes:Beyond><gml:Point gml:id='p' srsName='EPSG:4326'>"
                + "<gml:pos>130 42</gml:pos></gml:Point><fes:Distance uom='urn:ogc:def:uom:EPSG::9001'>10"
                + "</fes:Distance></fes:Beyond>");
        assertThat(epsg.distanceMetres()).isEqualTo(10.0);
        assertThat(epsg.beyond()).isTrue();
    }

    @Test
    void temporalLiterals() {
        Filter during = fes("<fes:During><fes:ValueReference>survey_date</fes:ValueReference><gml:TimePeriod gml:id='t'>"
                + "<gml:beginPosition>2020-01-01</gml:beginPosition><gml:endPosition>2020-12-31T12:00:00Z"
                + "</gml:endPosition></gml:TimePeriod></fes:During>");
        assertThat(during).isEqualTo(new TemporalPredicate(TemporalOperator.DURING, "survey_date", new TimeLiteral(
                Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2020-12-31T12:00:00Z"))));
        Filter after = fes("<fes:After><fes:ValueReference>survey_date</fes:ValueReference><gml:TimeInstant gml:id='t'>"
                + "<gml:timePosition>2021-05-01T00:00:00+09:00</gml:timePosition></gml:TimeInstant></fes:After>");
        // +09:00 is 15:00 UTC on the previous day
        assertThat(((TemporalPredicate) after).time().begin()).isEqualTo(Instant.parse("2021-04-30T15:00:00Z"));
    }

    @Test
    void resourceIdsAndFilter11Ids() {
        assertThat(fes("<fes:ResourceId rid='sites.1'/><fes:ResourceId rid='sites.2'/>"))
                .isEqualTo(new ResourceIds(Set.of("sites.1", "sites.2")));
        Filter f11 = reader.read(XmlElement.parse(("<ogc:Filter xmlns:ogc='http://www.opengis.net/ogc'>"
                + "<ogc:FeatureId fid='sites.3'/></ogc:Filter>").getBytes(StandardCharsets.UTF_8)));
        assertThat(f11).isEqualTo(new ResourceIds(Set.of("sites.3")));
    }

    @Test
    void filter11UsesPropertyNameAndEscape() {
        Filter f = reader.read(XmlElement.parse(("<ogc:Filter xmlns:ogc='http://www.opengis.net/ogc'>"
                + "<ogc:PropertyIsLike wildCard='%' singleChar='_' escape='\\'><ogc:PropertyName>eco:name</ogc:PropertyName>"
                + "<ogc:Literal>K%</ogc:Literal></ogc:PropertyIsLike></ogc:Filter>").getBytes(StandardCharsets.UTF_8)));
        assertThat(f).isEqualTo(new Like("name", "K%", '%', '_', '\\', true));
    }

    @Test
    void gmlStandardPropertiesAreAlwaysNull() {
        assertThat(fes("<fes:PropertyIsNull><fes:ValueReference>gml:name</fes:ValueReference></fes:PropertyIsNull>"))
                .isEqualTo(Filter.INCLUDE);
        assertThat(fes("<fes:PropertyIsEqualTo><fes:ValueReference>gml:description</fes:ValueReference>"
                + "<fes:Literal>x</fes:Literal></fes:PropertyIsEqualTo>")).isEqualTo(Filter.EXCLUDE);
    }

    @Test
    void unsupportedOrMalformedFiltersAreRejectedWithCodes() {
        assertThatThrownBy(() -> fes("<fes:Meets><fes:ValueReference>d</fes:ValueReference><gml:TimeInstant gml:id='t'>"
                + "<gml:timePosition>2020-01-01</gml:timePosition></gml:TimeInstant></fes:Meets>"))
                .isInstanceOfSatisfying(OgcException.class, e -> assertThat(e.code()).isEqualTo("InvalidParameterValue"));
        assertThatThrownBy(() -> fes("<fes:PropertyIsLessThanOrEqualTo><fes:ValueReference>gml:boundedBy"
                + "</fes:ValueReference><fes:Literal><gml:Envelope><gml:lowerCorner>0 0</gml:lowerCorner>"
                + "<gml:upperCorner>1 1</gml:upperCorner></gml:Envelope></fes:Literal></fes:PropertyIsLessThanOrEqualTo>"))
                .isInstanceOfSatisfying(OgcException.class, e -> {
                    assertThat(e.code()).isEqualTo("OperationProcessingFailed");
                    assertThat(e.httpStatus()).isEqualTo(400);
                });
        assertThatThrownBy(() -> fes("<fes:Intersects><gml:Point gml:id='p' srsName='EPSG:99999999'><gml:pos>1 2"
                + "</gml:pos></gml:Point></fes:Intersects>")).isInstanceOf(OgcException.class);
        assertThatThrownBy(() -> fes("<fes:BBOX><gml:Envelope><gml:lowerCorner>1</gml:lowerCorner>"
                + "<gml:upperCorner>2 3</gml:upperCorner></gml:Envelope></fes:BBOX>")).isInstanceOf(OgcException.class);
    }

    @Test
    void kvpBboxAxisOrderFollowsTheCrsName() {
        SpatialPredicate urn = (SpatialPredicate) KvpFilters.bbox("42,130,43,131,urn:ogc:def:crs:EPSG::4326",
                CrsName.CRS84);
        assertThat(urn.geometry().getEnvelopeInternal()).isEqualTo(new Envelope(130, 131, 42, 43));
        SpatialPredicate shortName = (SpatialPredicate) KvpFilters.bbox("130,42,131,43,EPSG:4326", CrsName.urnOf(4326));
        assertThat(shortName.geometry().getEnvelopeInternal()).isEqualTo(new Envelope(130, 131, 42, 43));
        // no CRS: the default given (the feature type's URN default CRS, lat/lon)
        SpatialPredicate dflt = (SpatialPredicate) KvpFilters.bbox("42,130,43,131", CrsName.urnOf(4326));
        assertThat(dflt.geometry().getEnvelopeInternal()).isEqualTo(new Envelope(130, 131, 42, 43));
        SpatialPredicate merc = (SpatialPredicate) KvpFilters.bbox("1,2,3,4,urn:ogc:def:crs:EPSG::3857", CrsName.CRS84);
        Geometry g = merc.geometry();
        assertThat(g.getSRID()).isEqualTo(3857);
        assertThat(g.getEnvelopeInternal()).isEqualTo(new Envelope(1, 3, 2, 4)); // 3857 is east, north in EPSG too
        assertThatThrownBy(() -> KvpFilters.bbox("1,2,3", CrsName.CRS84)).isInstanceOf(OgcException.class);
    }

    @Test
    void sortByAcceptsBothVersionsSyntax() {
        assertThat(KvpFilters.sortBy("eco:name ASC,count D")).extracting(k -> k.property() + ":" + k.ascending())
                .containsExactly("name:true", "count:false");
    }
}
