<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor version="1.1.0"
    xmlns="http://www.opengis.net/sld" xmlns:se="http://www.opengis.net/se" xmlns:ogc="http://www.opengis.net/ogc"
    xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.1.0/StyledLayerDescriptor.xsd">
  <!-- Accumulated cost distance (cost-weighted metres from the sources), a viridis-like ramp with stops doubling from 25 000 to 1 600 000 so that both near and far costs read. -->
  <NamedLayer>
    <se:Name>cost_distance</se:Name>
    <UserStyle>
      <se:Name>cost_distance</se:Name>
      <se:Description><se:Title>Cost distance</se:Title><se:Abstract>Viridis-like ramp over cost-weighted distance.</se:Abstract></se:Description>
      <IsDefault>true</IsDefault>
      <se:CoverageStyle>
        <se:Rule>
          <se:Name>cost_distance</se:Name>
          <se:Description><se:Title>Cost-weighted distance</se:Title></se:Description>
          <se:RasterSymbolizer>
            <se:Opacity>0.85</se:Opacity>
            <se:ColorMap>
              <se:Interpolate fallbackValue="#000000" mode="linear" method="color">
                <se:LookupValue>Rasterdata</se:LookupValue>
                <se:InterpolationPoint><se:Data>0</se:Data><se:Value>#440154</se:Value></se:InterpolationPoint>
                <se:InterpolationPoint><se:Data>25000</se:Data><se:Value>#482878</se:Value></se:InterpolationPoint>
                <se:InterpolationPoint><se:Data>50000</se:Data><se:Value>#3E4A89</se:Value></se:InterpolationPoint>
                <se:InterpolationPoint><se:Data>100000</se:Data><se:Value>#31688E</se:Value></se:InterpolationPoint>
                <se:InterpolationPoint><se:Data>200000</se:Data><se:Value>#26828E</se:Value></se:InterpolationPoint>
                <se:InterpolationPoint><se:Data>400000</se:Data><se:Value>#1F9E89</se:Value></se:InterpolationPoint>
                <se:InterpolationPoint><se:Data>800000</se:Data><se:Value>#35B779</se:Value></se:InterpolationPoint>
                <se:InterpolationPoint><se:Data>1600000</se:Data><se:Value>#FDE725</se:Value></se:InterpolationPoint>
              </se:Interpolate>
            </se:ColorMap>
          </se:RasterSymbolizer>
        </se:Rule>
      </se:CoverageStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
