"""Writes vector/infrastructure.geojson: wind farms and dams (Point), power lines, roads,
railways and border fences (LineString). Border fences follow the project's simplified country
borders (shared edges of vector/countries.geojson) inside a lon/lat window.
"""
from shapely.geometry import LineString, Point, box
from shapely.ops import linemerge

from common import data_path, load_countries, write_feature_collection
from infrastructure_definitions import (BORDER_FENCES, DAMS, HAN_ESTUARY_FENCE, POWER_LINES, RAILWAYS, ROADS,
                                        WIND_FARMS)

FENCE_SOURCE = ("Line follows the project's simplified border (derived from Natural Earth 1:50m, public "
                "domain); fence position approximate and illustrative")


def props(kind, name, iso3, status, source, capacity_mw=None, turbine_count=None, voltage_kv=None):
    return {"kind": kind, "name": name, "capacity_mw": capacity_mw, "turbine_count": turbine_count,
            "voltage_kv": voltage_kv, "country_iso3": iso3, "status": status, "source": source}


def shared_border(countries, a, b, window):
    line = countries[a].boundary.intersection(countries[b].boundary).intersection(box(*window))
    if line.geom_type == "MultiLineString":
        line = linemerge(line)
    parts = [g for g in getattr(line, "geoms", [line]) if g.geom_type == "LineString"]
    if not parts:
        raise SystemExit("No shared %s-%s border in window %s" % (a, b, window))
    return max(parts, key=lambda g: g.length)


def main():
    countries = load_countries()
    feats = []
    for name, iso3, lat, lon, mw, turbines, status, source in WIND_FARMS:
        feats.append((props("wind_farm", name, iso3, status, source, mw, turbines), Point(lon, lat)))
    for name, iso3, kv, status, source, coords in POWER_LINES:
        feats.append((props("power_line", name, iso3, status, source, voltage_kv=kv), LineString(coords)))
    for name, iso3, status, source, coords in ROADS:
        feats.append((props("road", name, iso3, status, source), LineString(coords)))
    for name, iso3, status, source, coords in RAILWAYS:
        feats.append((props("railway", name, iso3, status, source), LineString(coords)))
    for name, iso3, (a, b), window in BORDER_FENCES:
        feats.append((props("border_fence", name, iso3, "operational", FENCE_SOURCE),
                      shared_border(countries, a, b, window)))
    name, iso3, status, source, coords = HAN_ESTUARY_FENCE
    feats.append((props("border_fence", name, iso3, status, source), LineString(coords)))
    for name, iso3, lat, lon, mw, status, source in DAMS:
        feats.append((props("dam", name, iso3, status, source, capacity_mw=mw), Point(lon, lat)))
    write_feature_collection(data_path("vector", "infrastructure.geojson"), feats, 4, "infrastructure")


if __name__ == "__main__":
    main()
