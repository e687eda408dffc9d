package org.ecocorridor.core.grid.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import mil.nga.tiff.FieldTagType;
import mil.nga.tiff.FieldType;
import mil.nga.tiff.FileDirectory;
import mil.nga.tiff.FileDirectoryEntry;
import mil.nga.tiff.Rasters;
import mil.nga.tiff.TIFFImage;
import mil.nga.tiff.TiffReader;
import mil.nga.tiff.util.TiffException;
import org.ecocorridor.core.grid.FloatGrid;
import org.ecocorridor.core.grid.GridGeometry;

/**
 * Reads the first band of a single-band, north-up GeoTIFF into a {@link FloatGrid}, on NGA's
 * {@code mil.nga:tiff} (strips or tiles, no/LZW/Deflate/PackBits compression, predictors).
 *
 * <h2>What is read</h2>
 * <ul>
 *   <li>Samples: UInt8, Int8, UInt16, Int16, UInt32, Int32, Float32, Float64 (converted to float;
 *   integers beyond ±2²⁴ lose precision).</li>
 *   <li>Georeferencing: ModelPixelScale (33550) + ModelTiepoint (33922), or a rotation-free
 *   ModelTransformation (34264). With GTRasterTypeGeoKey = PixelIsPoint the tie point is the centre
 *   of the first pixel and the origin is moved by half a cell (as GDAL does).</li>
 *   <li>CRS: ProjectedCSTypeGeoKey (3072), else GeographicTypeGeoKey (2048) → EPSG code; 0 when
 *   absent or user-defined.</li>
 *   <li>NoData: GDAL_NODATA (42113, ASCII) → cells equal to it become NaN (NaN stays NaN).</li>
 * </ul>
 *
 * <p>Thread-safe: stateless.
 */
public final class GeoTiffReader {

    private GeoTiffReader() {
    }

    /**
     * Reads a GeoTIFF file.
     *
     * @throws IOException when the file cannot be read, is not a TIFF, has several bands, an
     *                     unsupported sample type, or no (or rotated) georeferencing
     */
    public static FloatGrid read(Path path) throws IOException {
        TIFFImage image;
        try {
            image = TiffReader.readTiff(path.toFile());
        } catch (TiffException e) {
            throw new IOException("Not a readable TIFF: " + path + ": " + e.getMessage(), e);
        }
        try {
            return toGrid(image.getFileDirectory(), path.toString());
        } catch (TiffException e) {
            throw new IOException("Cannot decode TIFF " + path + ": " + e.getMessage(), e);
        }
    }

    private static FloatGrid toGrid(FileDirectory dir, String name) throws IOException {
        if (dir.getSamplesPerPixel() != 1) {
            throw new IOException("Only single-band GeoTIFFs are supported, " + name + " has "
                    + dir.getSamplesPerPixel() + " samples per pixel");
        }
        int width = dir.getImageWidth().intValue();
        int height = dir.getImageHeight().intValue();
        List<Integer> geoKeys = dir.getIntegerListEntryValue(FieldTagType.GeoKeyDirectory);
        GridGeometry geometry = geometry(dir, width, height, geoKeys, name);
        Rasters rasters = dir.readRasters();
        float[] values = samples(rasters, name);
        double noData = noData(dir);
        if (!Double.isNaN(noData)) {
            float nd = (float) noData;
            for (int i = 0; i < values.length; i++) {
                if (values[i] == nd) {
                    values[i] = Float.NaN;
                }
            }
        }
        return new FloatGrid(geometry, values);
    }

    private static GridGeometry geometry(FileDirectory dir, int width, int height, List<Integer> geoKeys,
            String name) throws IOException {
        double scaleX;
        double scaleY;
        double originX;
        double originY;
        List<Double> scale = dir.getModelPixelScale();
        List<Double> tie = dir.getModelTiepoint();
        List<Double> transform = dir.getDoubleListEntryValue(FieldTagType.ModelTransformation);
        if (scale != null && tie != null && scale.size() >= 2 && tie.size() >= 6) {
            scaleX = scale.get(0);
            scaleY = scale.get(1);
            originX = tie.get(3) - tie.get(0) * scaleX;
            originY = tie.get(4) + tie.get(1) * scaleY;
        } else if (transform != null && transform.size() >= 8) {
            if (transform.get(1) != 0 || transform.get(4) != 0) {
                throw new IOException("Rotated or sheared GeoTIFFs are not supported: " + name);
            }
            scaleX = transform.get(0);
            scaleY = -transform.get(5);
            originX = transform.get(3);
            originY = transform.get(7);
        } else {
            throw new IOException("GeoTIFF without georeferencing (ModelPixelScale + ModelTiepoint or "
                    + "ModelTransformation): " + name);
        }
        if (!(scaleX > 0) || !(scaleY > 0)) {
            throw new IOException("Only north-up GeoTIFFs with positive pixel scale are supported, " + name
                    + " has " + scaleX + " x " + scaleY);
        }
        if (GeoKeys.shortValue(geoKeys, GeoKeys.RASTER_TYPE) == GeoKeys.RASTER_PIXEL_IS_POINT) {
            originX -= scaleX / 2;
            originY += scaleY / 2;
        }
        return new GridGeometry(width, height, originX, originY, scaleX, scaleY, GeoKeys.epsg(geoKeys));
    }

    private static float[] samples(Rasters rasters, String name) throws IOException {
        FieldType type = rasters.getFieldTypes()[0];
        ByteBuffer buf = rasters.getSampleValues()[0];
        int n = rasters.getNumPixels();
        float[] out = new float[n];
        switch (type) {
            case BYTE -> {
                for (int i = 0; i < n; i++) {
                    out[i] = buf.get(i) & 0xFF;
                }
            }
            case SBYTE -> {
                for (int i = 0; i < n; i++) {
                    out[i] = buf.get(i);
                }
            }
            case SHORT -> {
                for (int i = 0; i < n; i++) {
                    out[i] = buf.getShort(2 * i) & 0xFFFF;
                }
            }
            case SSHORT -> {
                for (int i = 0; i < n; i++) {
                    out[i] = buf.getShort(2 * i);
                }
            }
            case LONG -> {
                for (int i = 0; i < n; i++) {
                    out[i] = buf.getInt(4 * i) & 0xFFFFFFFFL;
                }
            }
            case SLONG -> {
                for (int i = 0; i < n; i++) {
                    out[i] = buf.getInt(4 * i);
                }
            }
            case FLOAT -> {
                for (int i = 0; i < n; i++) {
                    out[i] = buf.getFloat(4 * i);
                }
            }
            case DOUBLE -> {
                for (int i = 0; i < n; i++) {
                    out[i] = (float) buf.getDouble(8 * i);
                }
            }
            default -> throw new IOException("Unsupported GeoTIFF sample type " + type + " in " + name);
        }
        return out;
    }

    /** GDAL_NODATA as a number, NaN when absent or "nan". */
    private static double noData(FileDirectory dir) throws IOException {
        FileDirectoryEntry entry = dir.get(FieldTagType.GDAL_NODATA);
        if (entry == null) {
            return Double.NaN;
        }
        Object v = entry.getValues();
        String text = (v instanceof List<?> list && !list.isEmpty() ? list.get(0) : v).toString().trim();
        if (text.isEmpty() || text.toLowerCase(Locale.ROOT).contains("nan")) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IOException("Unreadable GDAL_NODATA value '" + text + "'", e);
        }
    }
}
