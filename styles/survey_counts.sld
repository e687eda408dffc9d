<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor version="1.0.0"
    xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc"
    xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <!-- Graduated circles by count (classes 100, 1 000, 5 000; areas roughly proportional to the class midpoints on a square-root scale). Alternate: colour by species. -->
  <NamedLayer>
    <Name>survey_counts</Name>
    <UserStyle>
      <Name>survey_counts</Name>
      <Title>Survey counts</Title>
      <Abstract>Circles sized by the number of birds counted.</Abstract>
      <IsDefault>1</IsDefault>
      <FeatureTypeStyle>
        <Rule>
          <Name>count_lt_100</Name>
          <Title>Fewer than 100 birds</Title>
          <ogc:Filter>
            <ogc:PropertyIsLessThan><ogc:PropertyName>count</ogc:PropertyName><ogc:Literal>100</ogc:Literal></ogc:PropertyIsLessThan>
          </ogc:Filter>
          <PointSymbolizer>
            <Graphic>
              <Mark>
                <WellKnownName>circle</WellKnownName>
                <Fill>
                  <CssParameter name="fill">#1976D2</CssParameter>
                  <CssParameter name="fill-opacity">0.65</CssParameter>
                </Fill>
                <Stroke>
                  <CssParameter name="stroke">#FFFFFF</CssParameter>
                  <CssParameter name="stroke-width">1</CssParameter>
                </Stroke>
              </Mark>
              <Size>7</Size>
            </Graphic>
          </PointSymbolizer>
        </Rule>
        <Rule>
          <Name>count_100_999</Name>
          <Title>100 – 999</Title>
          <ogc:Filter>
            <ogc:And>
              <ogc:PropertyIsGreaterThanOrEqualTo><ogc:PropertyName>count</ogc:PropertyName><ogc:Literal>100</ogc:Literal></ogc:PropertyIsGreaterThanOrEqualTo>
              <ogc:PropertyIsLessThan><ogc:PropertyName>count</ogc:PropertyName><ogc:Literal>1000</ogc:Literal></ogc:PropertyIsLessThan>
            </ogc:And>
          </ogc:Filter>
          <PointSymbolizer>
            <Graphic>
              <Mark>
                <WellKnownName>circle</WellKnownName>
                <Fill>
                  <CssParameter name="fill">#1976D2</CssParameter>
                  <CssParameter name="fill-opacity">0.65</CssParameter>
                </Fill>
                <Stroke>
                  <CssParameter name="stroke">#FFFFFF</CssParameter>
                  <CssParameter name="stroke-width">1</CssParameter>
                </Stroke>
              </Mark>
              <Size>11</Size>
            </Graphic>
          </PointSymbolizer>
        </Rule>
        <Rule>
          <Name>count_1000_4999</Name>
          <Title>1 000 – 4 999</Title>
          <ogc:Filter>
            <ogc:And>
              <ogc:PropertyIsGreaterThanOrEqualTo><ogc:PropertyName>count</ogc:PropertyName><ogc:Literal>1000</ogc:Literal></ogc:PropertyIsGreaterThanOrEqualTo>
              <ogc:PropertyIsLessThan><ogc:PropertyName>count</ogc:PropertyName><ogc:Literal>5000</ogc:Literal></ogc:PropertyIsLessThan>
            </ogc:And>
          </ogc:Filter>
          <PointSymbolizer>
            <Graphic>
              <Mark>
                <WellKnownName>circle</WellKnownName>
                <Fill>
                  <CssParameter name="fill">#1976D2</CssParameter>
                  <CssParameter name="fill-opacity">0.65</CssParameter>
                </Fill>
                <Stroke>
                  <CssParameter name="stroke">#FFFFFF</CssParameter>
                  <CssParameter name="stroke-width">1</CssParameter>
                </Stroke>
              </Mark>
              <Size>17</Size>
            </Graphic>
          </PointSymbolizer>
        </Rule>
        <Rule>
          <Name>count_5000_plus</Name>
          <Title>5 000 and more</Title>
          <ogc:Filter>
            <ogc:PropertyIsGreaterThanOrEqualTo><ogc:PropertyName>count</ogc:PropertyName><ogc:Literal>5000</ogc:Literal></ogc:PropertyIsGreaterThanOrEqualTo>
          </ogc:Filter>
          <PointSymbolizer>
            <Graphic>
              <Mark>
                <WellKnownName>circle</WellKnownName>
                <Fill>
                  <CssParameter name="fill">#1976D2</CssParameter>
                  <CssParameter name="fill-opacity">0.65</CssParameter>
                </Fill>
                <Stroke>
                  <CssParameter name="stroke">#FFFFFF</CssParameter>
                  <CssParameter name="stroke-width">1</CssParameter>
                </Stroke>
              </Mark>
              <Size>25</Size>
            </Graphic>
          </PointSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
    <UserStyle>
      <Name>survey_counts_by_species</Name>
      <Title>Survey counts by species</Title>
      <Abstract>One colour per species, circles sized by count within each species.</Abstract>
      <IsDefault>0</IsDefault>
      <FeatureTypeStyle>
        <Rule>
          <Name>black_faced_spoonbill</Name>
          <Title>Black-faced Spoonbill</Title>
          <ogc:Filter>
            <ogc:PropertyIsEqualTo><ogc:PropertyName>species_code</ogc:PropertyName><ogc:Literal>black_faced_spoonbill</ogc:Literal></ogc:PropertyIsEqualTo>
          </ogc:Filter>
          <PointSymbolizer>
            <Graphic>
              <Mark>
                <WellKnownName>circle</WellKnownName>
                <Fill>
                  <CssParameter name="fill">#263238</CssParameter>
                  <CssParameter name="fill-opacity">0.7</CssParameter>
                </Fill>
                <Stroke>
                  <CssParameter name="stroke">#FFFFFF</CssParameter>
                  <CssParameter name="stroke-width">1</CssParameter>
                </Stroke>
              </Mark>
              <Size><ogc:Add><ogc:Literal>5</ogc:Literal><ogc:Div><ogc:Function name="sqrt"><ogc:PropertyName>count</ogc:PropertyName></ogc:Function><ogc:Literal>5</ogc:Literal></ogc:Div></ogc:Add></Size>
            </Graphic>
          </PointSymbolizer>
        </Rule>
        <Rule>
          <Name>white_naped_crane</Name>
          <Title>White-naped Crane</Title>
          <ogc:Filter>
            <ogc:PropertyIsEqualTo><ogc:PropertyName>species_code</ogc:PropertyName><ogc:Literal>white_naped_crane</ogc:Literal></ogc:PropertyIsEqualTo>
          </ogc:Filter>
          <PointSymbolizer>
            <Graphic>
              <Mark>
                <WellKnownName>circle</WellKnownName>
                <Fill>
                  <CssParameter name="fill">#C62828</CssParameter>
                  <CssParameter name="fill-opacity">0.7</CssParameter>
                </Fill>
                <Stroke>
                  <CssParameter name="stroke">#FFFFFF</CssParameter>
                  <CssParameter name="stroke-width">1</CssParameter>
                </Stroke>
              </Mark>
              <Size><ogc:Add><ogc:Literal>5</ogc:Literal><ogc:Div><ogc:Function name="sqrt"><ogc:PropertyName>count</ogc:PropertyName></ogc:Function><ogc:Literal>5</ogc:Literal></ogc:Div></ogc:Add></Size>
            </Graphic>
          </PointSymbolizer>
        </Rule>
        <Rule>
          <Name>hooded_crane</Name>
          <Title>Hooded Crane</Title>
          <ogc:Filter>
            <ogc:PropertyIsEqualTo><ogc:PropertyName>species_code</ogc:PropertyName><ogc:Literal>hooded_crane</ogc:Literal></ogc:PropertyIsEqualTo>
          </ogc:Filter>
          <PointSymbolizer>
            <Graphic>
              <Mark>
                <WellKnownName>circle</WellKnownName>
                <Fill>
                  <CssParameter name="fill">#6A1B9A</CssParameter>
                  <CssParameter name="fill-opacity">0.7</CssParameter>
                </Fill>
                <Stroke>
                  <CssParameter name="stroke">#FFFFFF</CssParameter>
                  <CssParameter name="stroke-width">1</CssParameter>
                </Stroke>
              </Mark>
              <Size><ogc:Add><ogc:Literal>5</ogc:Literal><ogc:Div><ogc:Function name="sqrt"><ogc:PropertyName>count</ogc:PropertyName></ogc:Function><ogc:Literal>5</ogc:Literal></ogc:Div></ogc:Add></Size>
            </Graphic>
          </PointSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
