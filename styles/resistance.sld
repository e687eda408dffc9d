<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor version="1.0.0"
    xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc"
    xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <!-- Resistance to movement: white (easy, 1) through yellow and red to black (100 and more), stops on a roughly logarithmic scale because resistances span two to three orders of magnitude. Barriers are NoData (transparent). -->
  <NamedLayer>
    <Name>resistance</Name>
    <UserStyle>
      <Name>resistance</Name>
      <Title>Resistance surface</Title>
      <Abstract>White-yellow-red-black ramp, log-spaced stops from 1 to 1000.</Abstract>
      <IsDefault>1</IsDefault>
      <FeatureTypeStyle>
        <Rule>
          <Name>resistance</Name>
          <Title>Resistance (cost per metre)</Title>
          <RasterSymbolizer>
            <Opacity>0.85</Opacity>
            <ColorMap>
              <ColorMapEntry color="#FFFFFF" quantity="1" label="1 (easy)"/>
              <ColorMapEntry color="#FFF59D" quantity="3" label="3"/>
              <ColorMapEntry color="#FFB300" quantity="10" label="10"/>
              <ColorMapEntry color="#E53935" quantity="30" label="30"/>
              <ColorMapEntry color="#7F0000" quantity="100" label="100"/>
              <ColorMapEntry color="#000000" quantity="1000" label="1000 (hard)"/>
            </ColorMap>
          </RasterSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
