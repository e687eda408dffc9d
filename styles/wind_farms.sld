<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor version="1.0.0"
    xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc"
    xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <!-- Wind farms: a wind-turbine icon (styles/graphics/wind_turbine.png; the WMS must allow the styles folder in its GraphicLoader), falling back to a teal star. -->
  <NamedLayer>
    <Name>wind_farms</Name>
    <UserStyle>
      <Name>wind_farms</Name>
      <Title>Wind farms</Title>
      <Abstract>Wind-turbine icon, or a teal star where images are not allowed.</Abstract>
      <IsDefault>1</IsDefault>
      <FeatureTypeStyle>
        <Rule>
          <Name>wind_farm</Name>
          <Title>Wind farm</Title>
          <PointSymbolizer>
            <Graphic>
              <ExternalGraphic>
                <OnlineResource xlink:type="simple" xlink:href="graphics/wind_turbine.png"/>
                <Format>image/png</Format>
              </ExternalGraphic>
              <Mark>
                <WellKnownName>star</WellKnownName>
                <Fill>
                  <CssParameter name="fill">#00897B</CssParameter>
                </Fill>
                <Stroke>
                  <CssParameter name="stroke">#004D40</CssParameter>
                  <CssParameter name="stroke-width">1</CssParameter>
                </Stroke>
              </Mark>
              <Size>18</Size>
            </Graphic>
          </PointSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
