<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor version="1.0.0"
    xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc"
    xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <!-- Land-cover classes (the shared legend of data/tables/landcover_classes.csv). ColorMap type="values" is the GeoServer/QGIS extension of SLD 1.0 (exact class match); other codes, such as NoData 0 or 255, stay transparent. -->
  <NamedLayer>
    <Name>landcover_amur</Name>
    <UserStyle>
      <Name>landcover_amur</Name>
      <Title>Land cover, Primorye, Jilin and the Tumen (UTM 52N)</Title>
      <Abstract>One colour per land-cover class.</Abstract>
      <IsDefault>1</IsDefault>
      <FeatureTypeStyle>
        <Rule>
          <Name>landcover_amur</Name>
          <Title>Land cover</Title>
          <RasterSymbolizer>
            <Opacity>1</Opacity>
            <ColorMap type="values">
              <ColorMapEntry color="#4A90D9" quantity="1" label="Open water"/>
              <ColorMapEntry color="#7FC8C0" quantity="2" label="Wetland"/>
              <ColorMapEntry color="#1F6B35" quantity="3" label="Coniferous and mixed forest"/>
              <ColorMapEntry color="#5AA244" quantity="4" label="Broadleaf forest"/>
              <ColorMapEntry color="#C8D66B" quantity="5" label="Shrub and grassland"/>
              <ColorMapEntry color="#F2D16B" quantity="6" label="Cropland"/>
              <ColorMapEntry color="#C0392B" quantity="7" label="Settlement"/>
              <ColorMapEntry color="#A89F91" quantity="8" label="Bare rock"/>
              <ColorMapEntry color="#EEF3F8" quantity="9" label="Snow and ice"/>
              <ColorMapEntry color="#B9A6D6" quantity="10" label="Alpine meadow"/>
              <ColorMapEntry color="#555555" quantity="11" label="Road corridor"/>
              <ColorMapEntry color="#1B4F8A" quantity="12" label="Sea"/>
            </ColorMap>
          </RasterSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
