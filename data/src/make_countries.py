"""Derives vector/countries.geojson: the six NEASPEC members as simplified outlines.

Source: Natural Earth 1:50m admin-0 countries (public domain), reference-data/boundaries/.
Method (a coverage-consistent simplification, so neighbours keep one shared border):
  1. clip each country to the study box 70-150E, 15-62N (Russia spans the antimeridian);
  2. node all six outlines together and merge them into arcs (shared borders become one arc);
  3. simplify all arcs at once with the topology-preserving Douglas-Peucker simplifier
     (tolerance 0.02 deg, about 2 km), so arcs keep their end nodes and never cross;
  4. polygonize the arcs and give every face to the country that covers most of it;
  5. drop islands under MIN_ISLAND_KM2 and round coordinates to 4 decimals (about 10 m).
The shared borders therefore stay within about 2 km of the source and neighbours share vertices.
"""
import json

from shapely.geometry import box, shape
from shapely.ops import linemerge, polygonize, unary_union

from common import (COUNTRY_NAMES, REGION, area_km2, as_multipolygon, data_path, reference_path,
                    write_feature_collection)

TOLERANCE_DEG = 0.02
MIN_ISLAND_KM2 = 30.0
CLIP_BOX = box(*REGION)


def load_source():
    with open(reference_path("boundaries", "ne_50m_admin0_neasia.geojson"), encoding="utf-8") as fh:
        fc = json.load(fh)
    out = {}
    for f in fc["features"]:
        iso3 = f["properties"]["ADM0_A3"]
        if iso3 in COUNTRY_NAMES:
            geom = shape(f["geometry"]).buffer(0).intersection(CLIP_BOX)
            out[iso3] = as_multipolygon(geom)
    return out


def simplified_coverage(source):
    boundaries = unary_union([g.boundary for g in source.values()])
    arcs = linemerge(boundaries)
    simplified = arcs.simplify(TOLERANCE_DEG, preserve_topology=True)
    faces = list(polygonize(unary_union(simplified)))
    parts = {iso3: [] for iso3 in source}
    for face in faces:
        best, best_share = None, 0.0
        for iso3, geom in source.items():
            if not geom.intersects(face):
                continue
            share = geom.intersection(face).area / face.area
            if share > best_share:
                best, best_share = iso3, share
        if best is not None and best_share >= 0.5:
            parts[best].append(face)
    return parts


def main():
    source = load_source()
    parts = simplified_coverage(source)
    features = []
    for iso3 in sorted(parts):
        merged = as_multipolygon(unary_union(parts[iso3]))
        kept = [p for p in merged.geoms if area_km2(p) >= MIN_ISLAND_KM2]
        geom = as_multipolygon(unary_union(kept))
        features.append(({"iso3": iso3, "name": COUNTRY_NAMES[iso3]}, geom))
    write_feature_collection(data_path("vector", "countries.geojson"), features, 4, "countries")


if __name__ == "__main__":
    main()
