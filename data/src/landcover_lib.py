"""Raster helpers for the synthetic land-cover generators: rasterizing lon/lat geometries onto a
projected grid, distances, coarse elevation, deterministic fractal noise and GeoTIFF output.
"""
import numpy as np
from osgeo import gdal, ogr

from common import reference_path, srs, to_projected
from raster_grids import bounds, footprint_lonlat, geotransform

gdal.UseExceptions()

NODATA = 255


def _mem_raster(grid, dtype=gdal.GDT_Byte):
    ds = gdal.GetDriverByName("MEM").Create("", grid.width, grid.height, 1, dtype)
    ds.SetGeoTransform(geotransform(grid))
    ds.SetProjection(srs(grid.epsg).ExportToWkt())
    return ds


def rasterize(grid, geoms_lonlat, all_touched=False):
    """Boolean mask of the cells covered by the lon/lat geometries (cell centres, or every touched
    cell when all_touched)."""
    window = footprint_lonlat(grid).buffer(0.5)
    ds = _mem_raster(grid)
    vec = ogr.GetDriverByName("Memory").CreateDataSource("")
    layer = vec.CreateLayer("shapes", srs(grid.epsg))
    for geom in geoms_lonlat:
        clipped = geom.intersection(window)
        if clipped.is_empty:
            continue
        feat = ogr.Feature(layer.GetLayerDefn())
        feat.SetGeometry(ogr.CreateGeometryFromWkb(to_projected(clipped, epsg=grid.epsg).wkb))
        layer.CreateFeature(feat)
    options = ["ALL_TOUCHED=TRUE"] if all_touched else []
    gdal.RasterizeLayer(ds, [1], layer, burn_values=[1], options=options)
    return ds.GetRasterBand(1).ReadAsArray().astype(bool)


def distance_m(grid, mask):
    """Distance in metres from every cell centre to the nearest True cell (GDAL proximity)."""
    src = _mem_raster(grid)
    src.GetRasterBand(1).WriteArray(mask.astype(np.uint8))
    dst = _mem_raster(grid, gdal.GDT_Float32)
    gdal.ComputeProximity(src.GetRasterBand(1), dst.GetRasterBand(1), ["VALUES=1", "DISTUNITS=GEO"])
    dist = dst.GetRasterBand(1).ReadAsArray().astype(np.float64)
    if not mask.any():
        dist[:] = 1e9
    return dist


def coarse_elevation(grid):
    """ETOPO 20-arc-minute relief (NOAA, public domain) resampled onto the grid with a cubic spline:
    a smooth regional trend (about 37 km detail), in metres."""
    src = gdal.Open(reference_path("dem", "etopo20min_neasia_73-146E_18-56N.tif"))
    w, s, e, n = bounds(grid)
    out = gdal.Warp("", src, format="MEM", dstSRS="EPSG:%d" % grid.epsg, outputBounds=(w, s, e, n),
                    width=grid.width, height=grid.height, resampleAlg="cubicspline",
                    outputType=gdal.GDT_Float32)
    return out.GetRasterBand(1).ReadAsArray().astype(np.float64)


def fractal_noise(grid, seed, scales_m, persistence=0.55):
    """Sum of value-noise octaves (bilinear with smoothstep), normalised to about [-1, 1].
    Deterministic for a given seed."""
    rng = np.random.default_rng(seed)
    total = np.zeros((grid.height, grid.width))
    amp, norm = 1.0, 0.0
    for scale in scales_m:
        step = scale / grid.cell
        ny = int(np.ceil(grid.height / step)) + 2
        nx = int(np.ceil(grid.width / step)) + 2
        lattice = rng.uniform(-1.0, 1.0, size=(ny, nx))
        y = np.arange(grid.height) / step
        x = np.arange(grid.width) / step
        y0, x0 = np.floor(y).astype(int), np.floor(x).astype(int)
        ty, tx = y - y0, x - x0
        ty, tx = ty * ty * (3 - 2 * ty), tx * tx * (3 - 2 * tx)
        a = lattice[np.ix_(y0, x0)]
        b = lattice[np.ix_(y0, x0 + 1)]
        c = lattice[np.ix_(y0 + 1, x0)]
        d = lattice[np.ix_(y0 + 1, x0 + 1)]
        top = a + (b - a) * tx[None, :]
        bottom = c + (d - c) * tx[None, :]
        total += amp * (top + (bottom - top) * ty[:, None])
        norm += amp
        amp *= persistence
    return total / norm * 1.6


def cell_lonlat(grid):
    """Longitude and latitude of every cell centre (2-D arrays)."""
    from osgeo import osr
    ct = osr.CoordinateTransformation(srs(grid.epsg), srs(4326))
    xs = grid.west + (np.arange(grid.width) + 0.5) * grid.cell
    ys = grid.north - (np.arange(grid.height) + 0.5) * grid.cell
    xx, yy = np.meshgrid(xs, ys)
    pts = np.array(ct.TransformPoints(np.column_stack([xx.ravel(), yy.ravel()]).tolist()))
    return pts[:, 0].reshape(xx.shape), pts[:, 1].reshape(xx.shape)


def disk_mask(grid, lon, lat, radius_m):
    from shapely.geometry import Point
    centre = to_projected(Point(lon, lat), epsg=grid.epsg)
    xs = grid.west + (np.arange(grid.width) + 0.5) * grid.cell
    ys = grid.north - (np.arange(grid.height) + 0.5) * grid.cell
    return ((xs[None, :] - centre.x) ** 2 + (ys[:, None] - centre.y) ** 2) <= radius_m ** 2


def northness(elevation, cell):
    """cos(aspect) of the smoothed surface: +1 on north-facing slopes, -1 on south-facing."""
    gy, gx = np.gradient(elevation, cell)
    # Rows grow southwards: gy > 0 means the ground rises to the south, i.e. the slope faces north.
    return gy / (np.hypot(gx, gy) + 1e-9)


def write_geotiff(path, grid, classes, description):
    drv = gdal.GetDriverByName("GTiff")
    ds = drv.Create(path, grid.width, grid.height, 1, gdal.GDT_Byte,
                    options=["COMPRESS=DEFLATE", "ZLEVEL=9"])
    ds.SetGeoTransform(geotransform(grid))
    ds.SetProjection(srs(grid.epsg).ExportToWkt())
    ds.SetMetadataItem("LEGEND", "tables/landcover_classes.csv (codes 1-12)")
    ds.SetMetadataItem("DESCRIPTION", description)
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(NODATA)
    band.WriteArray(classes.astype(np.uint8))
    band.FlushCache()
    ds = None


def ridge_relief(grid, ridges):
    """Extra relief (m) along named ridges: sum of height * exp(-(d / half_width)^2), with d the
    distance (m) from each cell to the ridge crest polyline. ridges: (name, [(lon, lat)...], height_m,
    half_width_m); a single-vertex crest is a peak."""
    from shapely.geometry import LineString, Point
    extra = np.zeros((grid.height, grid.width))
    for _, coords, height, half_width in ridges:
        crest = Point(coords[0]).buffer(1e-4) if len(coords) == 1 else LineString(coords)
        d = distance_m(grid, rasterize(grid, [crest], all_touched=True))
        extra += height * np.exp(-(d / half_width) ** 2)
    return extra
