package org.ecocorridor.core.grid.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;
import mil.nga.tiff.FieldTagType;
import mil.nga.tiff.FieldType;
import mil.nga.tiff.FileDirectory;
import mil.nga.tiff.FileDirectoryEntry;
import mil.nga.tiff.Rasters;
import mil.nga.tiff.TIFFImage;
import mil.nga.tiff.TiffWriter;
import mil.nga.tiff.util.TiffConstants;
import org.ecocorridor.core.crs.CoordinateTransforms;
import org.ecocorridor.core.grid.FloatGrid;
import org.ecocorridor.core.grid.GridGeometry;

/**
 * Writes a {@link FloatGrid} as a single-band Float32 GeoTIFF, DEFLATE-compressed in strips, that
 * GDAL, QGIS and {@link GeoTiffReader} read back with the same georeferencing:
 * ModelPixelScale = (cellWidth, cellHeight, 0), ModelTiepoint = (0, 0, 0, originX, originY, 0),
 * GeoKeys GTModelType (projected or geographic), GTRasterType = PixelIsArea and
 * ProjectedCSTypeGeoKey or GeographicTypeGeoKey = the grid's EPSG code (omitted when 0), and
 * GDAL_NODATA = "nan" (NoData cells are NaN).
 *
 * <p>Whether a code is geographic is asked of Apache SIS ({@link CoordinateTransforms}); codes SIS
 * does not know are written as projected.
 *
 * <p>Thread-safe: stateless.
 */
public final class GeoTiffWriter {

    private GeoTiffWriter() {
    }

    /**
     * Writes the grid to a file (replacing it).
     *
     * @throws IOException when the file cannot be written
     */
    public static void write(FloatGrid grid, Path path) throws IOException {
        GridGeometry g = grid.geometry();
        int width = g.cols();
        int height = g.rows();
        ByteBuffer buffer = ByteBuffer.allocate(4 * g.cellCount()).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(grid.values());
        Rasters rasters = new Rasters(width, height, new FieldType[] {FieldType.FLOAT}, new ByteBuffer[] {buffer});

        FileDirectory dir = new FileDirectory();
        dir.setImageWidth(width);
        dir.setImageHeight(height);
        dir.setBitsPerSample(32);
        dir.setSampleFormat(TiffConstants.SAMPLE_FORMAT_FLOAT);
        dir.setSamplesPerPixel(1);
        dir.setCompression(TiffConstants.COMPRESSION_DEFLATE);
        dir.setPhotometricInterpretation(TiffConstants.PHOTOMETRIC_INTERPRETATION_BLACK_IS_ZERO);
        dir.setPlanarConfiguration(TiffConstants.PLANAR_CONFIGURATION_CHUNKY);
        dir.setRowsPerStrip(rasters.calculateRowsPerStrip(TiffConstants.PLANAR_CONFIGURATION_CHUNKY));
        dir.setWriteRasters(rasters);

        dir.setModelPixelScale(List.of(g.cellWidth(), g.cellHeight(), 0.0));
        dir.setModelTiepoint(List.of(0.0, 0.0, 0.0, g.originX(), g.originY(), 0.0));
        List<Integer> keys = GeoKeys.directory(g.epsg(), isGeographic(g.epsg()));
        dir.addEntry(new FileDirectoryEntry(FieldTagType.GeoKeyDirectory, FieldType.SHORT, keys.size(), keys));
        dir.setStringEntryValue(FieldTagType.GDAL_NODATA, "nan");
        TiffWriter.writeTiff(path.toFile(), new TIFFImage(dir));
    }

    private static boolean isGeographic(int epsg) {
        if (epsg <= 0 || !CoordinateTransforms.isKnown(epsg)) {
            return false;
        }
        return CoordinateTransforms.isGeographic(epsg);
    }
}
