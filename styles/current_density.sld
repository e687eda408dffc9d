<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor version="1.1.0"
    xmlns="http://www.opengis.net/sld" xmlns:se="http://www.opengis.net/se" xmlns:ogc="http://www.opengis.net/ogc"
    xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.1.0/StyledLayerDescriptor.xsd">
  <!-- Current density (amperes per cell) from the circuit model, Circuitscape look: dark blue through cyan to yellow with log-spaced stops, which approximates the usual quantile stretch of current maps. -->
  <NamedLayer>
    <se:Name>current_density</se:Name>
    <UserStyle>
      <se:Name>current_density</se:Name>
      <se:Description><se:Title>Current density</se:Title><se:Abstract>Dark blue to yellow, log-spaced stops from 1e-6 to 1.</se:Abstract></se:Description>
      <IsDefault>true</IsDefault>
      <se:CoverageStyle>
        <se:Rule>
          <se:Name>current_density</se:Name>
          <se:Description><se:Title>Current (A)</se:Title></se:Description>
          <se:RasterSymbolizer>
            <se:Opacity>1</se:Opacity>
            <se:ColorMap>
              <se:Interpolate fallbackValue="#000000" mode="linear" method="color">
                <se:LookupValue>Rasterdata</se:LookupValue>
                <se:InterpolationPoint><se:Data>0</se:Data><se:Value>#081D58</se:Value></se:InterpolationPoint>
                <se:InterpolationPoint><se:Data>1e-06</se:Data><se:Value>#0C2C84</se:Value></se:InterpolationPoint>
                <se:InterpolationPoint><se:Data>1e-05</se:Data><se:Value>#225EA8</se:Value></se:InterpolationPoint>
                <se:InterpolationPoint><se:Data>0.0001</se:Data><se:Value>#1D91C0</se:Value></se:InterpolationPoint>
                <se:InterpolationPoint><se:Data>0.001</se:Data><se:Value>#41B6C4</se:Value></se:InterpolationPoint>
                <se:InterpolationPoint><se:Data>0.01</se:Data><se:Value>#7FCDBB</se:Value></se:InterpolationPoint>
                <se:InterpolationPoint><se:Data>0.1</se:Data><se:Value>#EDF8B1</se:Value></se:InterpolationPoint>
                <se:InterpolationPoint><se:Data>1</se:Data><se:Value>#FFFF00</se:Value></se:InterpolationPoint>
              </se:Interpolate>
            </se:ColorMap>
          </se:RasterSymbolizer>
        </se:Rule>
      </se:CoverageStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
