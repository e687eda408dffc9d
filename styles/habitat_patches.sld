<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor version="1.0.0"
    xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc"
    xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <!-- One colour per species (tiger orange, leopard amber, snow leopard slate blue); core areas
       solid, ranges faint with a dashed outline. Property species_code, patch_type core|range. -->
  <NamedLayer>
    <Name>habitat_patches</Name>
    <UserStyle>
      <Name>habitat_patches</Name>
      <Title>Habitat patches by species</Title>
      <Abstract>Core areas and ranges of Amur tiger, Amur leopard and snow leopard.</Abstract>
      <IsDefault>1</IsDefault>
      <FeatureTypeStyle>
        <Rule>
          <Name>amur_tiger_core</Name>
          <Title>Amur tiger: core area</Title>
          <ogc:Filter>
            <ogc:And>
              <ogc:PropertyIsEqualTo><ogc:PropertyName>species_code</ogc:PropertyName><ogc:Literal>amur_tiger</ogc:Literal></ogc:PropertyIsEqualTo>
              <ogc:PropertyIsEqualTo><ogc:PropertyName>patch_type</ogc:PropertyName><ogc:Literal>core</ogc:Literal></ogc:PropertyIsEqualTo>
            </ogc:And>
          </ogc:Filter>
          <PolygonSymbolizer>
            <Fill>
              <CssParameter name="fill">#EF6C00</CssParameter>
              <CssParameter name="fill-opacity">0.45</CssParameter>
            </Fill>
            <Stroke>
              <CssParameter name="stroke">#A84300</CssParameter>
              <CssParameter name="stroke-width">1.5</CssParameter>
              <CssParameter name="stroke-linejoin">round</CssParameter>
            </Stroke>
          </PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>amur_tiger_range</Name>
          <Title>Amur tiger: range</Title>
          <ogc:Filter>
            <ogc:And>
              <ogc:PropertyIsEqualTo><ogc:PropertyName>species_code</ogc:PropertyName><ogc:Literal>amur_tiger</ogc:Literal></ogc:PropertyIsEqualTo>
              <ogc:Not><ogc:PropertyIsEqualTo><ogc:PropertyName>patch_type</ogc:PropertyName><ogc:Literal>core</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Not>
            </ogc:And>
          </ogc:Filter>
          <PolygonSymbolizer>
            <Fill>
              <CssParameter name="fill">#EF6C00</CssParameter>
              <CssParameter name="fill-opacity">0.12</CssParameter>
            </Fill>
            <Stroke>
              <CssParameter name="stroke">#A84300</CssParameter>
              <CssParameter name="stroke-width">1.2</CssParameter>
              <CssParameter name="stroke-dasharray">6 3</CssParameter>
              <CssParameter name="stroke-linejoin">round</CssParameter>
            </Stroke>
          </PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>amur_leopard_core</Name>
          <Title>Amur leopard: core area</Title>
          <ogc:Filter>
            <ogc:And>
              <ogc:PropertyIsEqualTo><ogc:PropertyName>species_code</ogc:PropertyName><ogc:Literal>amur_leopard</ogc:Literal></ogc:PropertyIsEqualTo>
              <ogc:PropertyIsEqualTo><ogc:PropertyName>patch_type</ogc:PropertyName><ogc:Literal>core</ogc:Literal></ogc:PropertyIsEqualTo>
            </ogc:And>
          </ogc:Filter>
          <PolygonSymbolizer>
            <Fill>
              <CssParameter name="fill">#F9A825</CssParameter>
              <CssParameter name="fill-opacity">0.45</CssParameter>
            </Fill>
            <Stroke>
              <CssParameter name="stroke">#8D6E00</CssParameter>
              <CssParameter name="stroke-width">1.5</CssParameter>
              <CssParameter name="stroke-linejoin">round</CssParameter>
            </Stroke>
          </PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>amur_leopard_range</Name>
          <Title>Amur leopard: range</Title>
          <ogc:Filter>
            <ogc:And>
              <ogc:PropertyIsEqualTo><ogc:PropertyName>species_code</ogc:PropertyName><ogc:Literal>amur_leopard</ogc:Literal></ogc:PropertyIsEqualTo>
              <ogc:Not><ogc:PropertyIsEqualTo><ogc:PropertyName>patch_type</ogc:PropertyName><ogc:Literal>core</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Not>
            </ogc:And>
          </ogc:Filter>
          <PolygonSymbolizer>
            <Fill>
              <CssParameter name="fill">#F9A825</CssParameter>
              <CssParameter name="fill-opacity">0.12</CssParameter>
            </Fill>
            <Stroke>
              <CssParameter name="stroke">#8D6E00</CssParameter>
              <CssParameter name="stroke-width">1.2</CssParameter>
              <CssParameter name="stroke-dasharray">6 3</CssParameter>
              <CssParameter name="stroke-linejoin">round</CssParameter>
            </Stroke>
          </PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>snow_leopard_core</Name>
          <Title>Snow leopard: core area</Title>
          <ogc:Filter>
            <ogc:And>
              <ogc:PropertyIsEqualTo><ogc:PropertyName>species_code</ogc:PropertyName><ogc:Literal>snow_leopard</ogc:Literal></ogc:PropertyIsEqualTo>
              <ogc:PropertyIsEqualTo><ogc:PropertyName>patch_type</ogc:PropertyName><ogc:Literal>core</ogc:Literal></ogc:PropertyIsEqualTo>
            </ogc:And>
          </ogc:Filter>
          <PolygonSymbolizer>
            <Fill>
              <CssParameter name="fill">#5C7A99</CssParameter>
              <CssParameter name="fill-opacity">0.45</CssParameter>
            </Fill>
            <Stroke>
              <CssParameter name="stroke">#2F4A66</CssParameter>
              <CssParameter name="stroke-width">1.5</CssParameter>
              <CssParameter name="stroke-linejoin">round</CssParameter>
            </Stroke>
          </PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>snow_leopard_range</Name>
          <Title>Snow leopard: range</Title>
          <ogc:Filter>
            <ogc:And>
              <ogc:PropertyIsEqualTo><ogc:PropertyName>species_code</ogc:PropertyName><ogc:Literal>snow_leopard</ogc:Literal></ogc:PropertyIsEqualTo>
              <ogc:Not><ogc:PropertyIsEqualTo><ogc:PropertyName>patch_type</ogc:PropertyName><ogc:Literal>core</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Not>
            </ogc:And>
          </ogc:Filter>
          <PolygonSymbolizer>
            <Fill>
              <CssParameter name="fill">#5C7A99</CssParameter>
              <CssParameter name="fill-opacity">0.12</CssParameter>
            </Fill>
            <Stroke>
              <CssParameter name="stroke">#2F4A66</CssParameter>
              <CssParameter name="stroke-width">1.2</CssParameter>
              <CssParameter name="stroke-dasharray">6 3</CssParameter>
              <CssParameter name="stroke-linejoin">round</CssParameter>
            </Stroke>
          </PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>other_species</Name>
          <Title>Other species</Title>
          <ElseFilter/>
          <PolygonSymbolizer>
            <Fill>
              <CssParameter name="fill">#9E9E9E</CssParameter>
              <CssParameter name="fill-opacity">0.3</CssParameter>
            </Fill>
            <Stroke>
              <CssParameter name="stroke">#616161</CssParameter>
              <CssParameter name="stroke-width">1</CssParameter>
            </Stroke>
          </PolygonSymbolizer>
        </Rule>
      </FeatureTypeStyle>
      <!-- labels in their own pass so that the ElseFilter above sees only the species rules -->
      <FeatureTypeStyle>
        <Rule>
          <Name>patch_label</Name>
          <MaxScaleDenominator>4000000</MaxScaleDenominator>
          <TextSymbolizer>
            <Label><ogc:PropertyName>name</ogc:PropertyName></Label>
            <Font>
              <CssParameter name="font-family">DejaVu Sans</CssParameter>
              <CssParameter name="font-family">SansSerif</CssParameter>
              <CssParameter name="font-size">9</CssParameter>
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
            <Fill><CssParameter name="fill">#4E342E</CssParameter></Fill>
          </TextSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
