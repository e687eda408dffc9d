<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor version="1.0.0"
    xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc"
    xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <!-- Normalised least-cost corridors (NLCC = CWD_A + CWD_B - LCD, cost-weighted metres), Linkage Mapper look: dark green on the least-cost path fading to transparent at the truncation width. The default assumes Linkage Mapper's usual 200 000 cost-weighted metres; alternates for 50 000 and 100 000. -->
  <NamedLayer>
    <Name>corridors</Name>
    <UserStyle>
      <Name>corridors</Name>
      <Title>Least-cost corridors (200 000)</Title>
      <Abstract>NLCC from 0 (dark green) to 200 000 cost-weighted metres (transparent).</Abstract>
      <IsDefault>1</IsDefault>
      <FeatureTypeStyle>
        <Rule>
          <Name>corridors</Name>
          <Title>Normalised least-cost corridor</Title>
          <RasterSymbolizer>
            <Opacity>1</Opacity>
            <ColorMap>
              <ColorMapEntry color="#00441B" quantity="0" opacity="1" label="Least-cost path (0)"/>
              <ColorMapEntry color="#1B7837" quantity="20000" opacity="0.9"/>
              <ColorMapEntry color="#5AAE61" quantity="70000" opacity="0.65"/>
              <ColorMapEntry color="#A6DBA0" quantity="140000" opacity="0.35"/>
              <ColorMapEntry color="#D9F0D3" quantity="200000" opacity="0" label="200 000 (corridor edge)"/>
            </ColorMap>
          </RasterSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
    <UserStyle>
      <Name>corridors_100k</Name>
      <Title>Least-cost corridors (100 000)</Title>
      <Abstract>NLCC truncated at 100 000 cost-weighted metres.</Abstract>
      <IsDefault>0</IsDefault>
      <FeatureTypeStyle>
        <Rule>
          <Name>corridors_100k</Name>
          <Title>Normalised least-cost corridor</Title>
          <RasterSymbolizer>
            <Opacity>1</Opacity>
            <ColorMap>
              <ColorMapEntry color="#00441B" quantity="0" opacity="1" label="Least-cost path (0)"/>
              <ColorMapEntry color="#1B7837" quantity="10000" opacity="0.9"/>
              <ColorMapEntry color="#5AAE61" quantity="35000" opacity="0.65"/>
              <ColorMapEntry color="#A6DBA0" quantity="70000" opacity="0.35"/>
              <ColorMapEntry color="#D9F0D3" quantity="100000" opacity="0" label="100 000 (corridor edge)"/>
            </ColorMap>
          </RasterSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
    <UserStyle>
      <Name>corridors_50k</Name>
      <Title>Least-cost corridors (50 000)</Title>
      <Abstract>NLCC truncated at 50 000 cost-weighted metres.</Abstract>
      <IsDefault>0</IsDefault>
      <FeatureTypeStyle>
        <Rule>
          <Name>corridors_50k</Name>
          <Title>Normalised least-cost corridor</Title>
          <RasterSymbolizer>
            <Opacity>1</Opacity>
            <ColorMap>
              <ColorMapEntry color="#00441B" quantity="0" opacity="1" label="Least-cost path (0)"/>
              <ColorMapEntry color="#1B7837" quantity="5000" opacity="0.9"/>
              <ColorMapEntry color="#5AAE61" quantity="17500" opacity="0.65"/>
              <ColorMapEntry color="#A6DBA0" quantity="35000" opacity="0.35"/>
              <ColorMapEntry color="#D9F0D3" quantity="50000" opacity="0" label="50 000 (corridor edge)"/>
            </ColorMap>
          </RasterSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
