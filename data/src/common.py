"""Shared helpers for the Ecocorridor demo-data generators.

Every generator is deterministic: no clocks, fixed random seeds, sorted output.
Run with Debian's /usr/bin/python3 (python3-gdal, python3-numpy, python3-shapely).
"""
import csv
import json
import os

from osgeo import osr
from shapely.geometry import MultiPolygon, Polygon, mapping, shape
from shapely.ops import transform as shp_transform

DATA_DIR = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
REFERENCE_DIR = os.environ.get(
    "ECOCORRIDOR_REFERENCE_DATA",
    os.path.abspath(os.path.join(DATA_DIR, "..", "..", "shared", "reference-data")))

# Study region (lon/lat): every demo geometry lies inside it.
REGION = (70.0, 15.0, 150.0, 62.0)

COUNTRY_NAMES = {
    "CHN": "China",
    "PRK": "Democratic People's Republic of Korea",
    "JPN": "Japan",
    "MNG": "Mongolia",
    "KOR": "Republic of Korea",
    "RUS": "Russian Federation",
}

ILLUSTRATIVE = "Illustrative demo data authored by the Ecocorridor project. Not for conservation decisions."

# Lambert azimuthal equal-area centred on 45N 115E (docs/data-model.md, "Units and projections").
LAEA_PROJ4 = "+proj=laea +lat_0=45 +lon_0=115 +datum=WGS84 +units=m +no_defs"


def data_path(*parts):
    return os.path.join(DATA_DIR, *parts)


def reference_path(*parts):
    path = os.path.join(REFERENCE_DIR, *parts)
    if not os.path.exists(path):
        raise SystemExit("Reference file missing: %s (set ECOCORRIDOR_REFERENCE_DATA)" % path)
    return path


def srs(epsg=None, proj4=None):
    s = osr.SpatialReference()
    if epsg:
        s.ImportFromEPSG(epsg)
    else:
        s.ImportFromProj4(proj4)
    s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return s


def transformer(src, dst):
    """Returns f(x, y) -> (x', y') for shapely.ops.transform, x = easting/longitude."""
    ct = osr.CoordinateTransformation(src, dst)

    def f(x, y, z=None):
        try:
            xs, ys = list(x), list(y)
        except TypeError:
            p = ct.TransformPoint(x, y)
            return p[0], p[1]
        pts = ct.TransformPoints(list(zip(xs, ys)))
        return [p[0] for p in pts], [p[1] for p in pts]
    return f


def to_projected(geom, epsg=None, proj4=None):
    return shp_transform(transformer(srs(4326), srs(epsg, proj4)), geom)


def to_lonlat(geom, epsg=None, proj4=None):
    return shp_transform(transformer(srs(epsg, proj4), srs(4326)), geom)


def area_km2(geom):
    """Area in km2 on the LAEA 45N 115E projection (equal-area by construction)."""
    return to_projected(geom, proj4=LAEA_PROJ4).area / 1e6


def round_coords(obj, ndigits):
    if isinstance(obj, (list, tuple)):
        if obj and isinstance(obj[0], (int, float)):
            return [round(float(v), ndigits) for v in obj]
        return [round_coords(o, ndigits) for o in obj]
    return obj


def as_multipolygon(geom):
    if isinstance(geom, MultiPolygon):
        return geom
    if isinstance(geom, Polygon):
        return MultiPolygon([geom])
    polys = [g for g in getattr(geom, "geoms", []) if isinstance(g, Polygon) and not g.is_empty]
    for g in getattr(geom, "geoms", []):
        if isinstance(g, MultiPolygon):
            polys.extend(g.geoms)
    return MultiPolygon(polys)


def load_countries():
    """The project's own simplified outlines (vector/countries.geojson), keyed by iso3."""
    with open(data_path("vector", "countries.geojson"), encoding="utf-8") as fh:
        fc = json.load(fh)
    return {f["properties"]["iso3"]: shape(f["geometry"]) for f in fc["features"]}


def write_feature_collection(path, features, ndigits, name):
    """Writes an RFC 7946 FeatureCollection; features are (properties dict, shapely geometry)."""
    out = []
    for props, geom in features:
        # Typographic apostrophes in text: the OGC CITE WFS 2.0 suite (ets-wfs20 1.25) pastes sample
        # values unescaped into single-quoted XPath literals and fails on a straight "'" (docs/conformance.md).
        props = {k: v.replace("'", "\u2019") if isinstance(v, str) else v for k, v in props.items()}
        gj = mapping(geom)
        out.append({"type": "Feature", "properties": props,
                    "geometry": {"type": gj["type"], "coordinates": round_coords(gj["coordinates"], ndigits)}})
    fc = {"type": "FeatureCollection", "name": name, "features": out}
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        json.dump(fc, fh, ensure_ascii=False, separators=(",", ":"))
        fh.write("\n")


def write_csv(path, header, rows):
    """UTF-8, RFC 4180 quoting (minimal, CRLF-free), None -> empty field."""
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(header)
        for r in rows:
            w.writerow(["" if v is None else ("true" if v is True else "false" if v is False else v) for v in r])
