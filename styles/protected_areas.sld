<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor version="1.0.0"
    xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc"
    xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <!-- Translucent green with a darker outline; italic names from 1:8M. Alternate: hatched. -->
  <NamedLayer>
    <Name>protected_areas</Name>
    <UserStyle>
      <Name>protected_areas</Name>
      <Title>Protected areas</Title>
      <Abstract>Translucent green areas with a dark green outline, names at 1:8,000,000 and larger.</Abstract>
      <IsDefault>1</IsDefault>
      <FeatureTypeStyle>
        <Rule>
          <Name>protected_area</Name>
          <Title>Protected area</Title>
          <PolygonSymbolizer>
            <Fill>
              <CssParameter name="fill">#43A047</CssParameter>
              <CssParameter name="fill-opacity">0.25</CssParameter>
            </Fill>
            <Stroke>
              <CssParameter name="stroke">#1B5E20</CssParameter>
              <CssParameter name="stroke-width">1.2</CssParameter>
              <CssParameter name="stroke-linejoin">round</CssParameter>
            </Stroke>
          </PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>protected_area_label</Name>
          <MaxScaleDenominator>8000000</MaxScaleDenominator>
          <TextSymbolizer>
            <Label><ogc:PropertyName>name</ogc:PropertyName></Label>
            <Font>
              <CssParameter name="font-family">DejaVu Sans</CssParameter>
              <CssParameter name="font-family">SansSerif</CssParameter>
              <CssParameter name="font-size">10</CssParameter>
              <CssParameter name="font-style">italic</CssParameter>
            </Font>
            <LabelPlacement>
              <PointPlacement>
                <AnchorPoint><AnchorPointX>0.5</AnchorPointX><AnchorPointY>0.5</AnchorPointY></AnchorPoint>
              </PointPlacement>
            </LabelPlacement>
            <Halo>
              <Radius>1.5</Radius>
              <Fill><CssParameter name="fill">#FFFFFF</CssParameter></Fill>
            </Halo>
            <Fill><CssParameter name="fill">#1B5E20</CssParameter></Fill>
          </TextSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
    <UserStyle>
      <Name>protected_areas_hatched</Name>
      <Title>Protected areas (hatched)</Title>
      <Abstract>Green hatch of small crosses over a faint fill, for maps where other layers must show through.</Abstract>
      <IsDefault>0</IsDefault>
      <FeatureTypeStyle>
        <Rule>
          <Name>protected_area</Name>
          <Title>Protected area</Title>
          <PolygonSymbolizer>
            <Fill>
              <CssParameter name="fill">#43A047</CssParameter>
              <CssParameter name="fill-opacity">0.08</CssParameter>
            </Fill>
          </PolygonSymbolizer>
          <PolygonSymbolizer>
            <Fill>
              <GraphicFill>
                <Graphic>
                  <Mark>
                    <WellKnownName>x</WellKnownName>
                    <Fill><CssParameter name="fill">#2E7D32</CssParameter><CssParameter name="fill-opacity">0.7</CssParameter></Fill>
                  </Mark>
                  <Size>8</Size>
                </Graphic>
              </GraphicFill>
            </Fill>
            <Stroke>
              <CssParameter name="stroke">#1B5E20</CssParameter>
              <CssParameter name="stroke-width">1.2</CssParameter>
            </Stroke>
          </PolygonSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
