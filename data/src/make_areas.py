"""Writes vector/protected_areas.geojson and vector/habitat_patches.geojson.

Outlines are hand-drawn, simplified polygons (10-40 vertices) placed around the published location
of each reserve or habitat, then clipped to the project's country outline (and, for habitat
patches, to the land-cover raster footprint). They are approximate and illustrative, never legal
boundaries. area_km2 is computed on LAEA 45N 115E (docs/data-model.md).
"""
from shapely.geometry import Polygon
from shapely.ops import unary_union

from area_definitions import HABITAT_PATCHES, PROTECTED_AREAS
from common import area_km2, as_multipolygon, data_path, load_countries, write_feature_collection
from raster_grids import GRIDS, footprint_lonlat

PA_SOURCE = ("Outline approximate and illustrative (about 10-40 vertices drawn by the Ecocorridor "
             "project around the published location; not the legal boundary). Location, area, "
             "designation and year: {}")


def polygon_parts(rings):
    return unary_union([Polygon(r) for r in rings])


# Clip 20 m inside the mask so that rounding coordinates to 4 decimals (at most about 7 m) keeps
# every outline inside its country.
ROUNDING_INSET_DEG = 0.0002


def clip_to(geom, mask):
    inner = mask.buffer(-ROUNDING_INSET_DEG, join_style=2)
    clipped = as_multipolygon(geom.intersection(inner))
    kept = [p for p in clipped.geoms if area_km2(p) >= 1.0]
    return as_multipolygon(unary_union(kept))


def protected_area_features(countries):
    features = []
    for pa in PROTECTED_AREAS:
        geom = clip_to(polygon_parts(pa["rings"]), countries[pa["country_iso3"]])
        props = {
            "name": pa["name"],
            "country_iso3": pa["country_iso3"],
            "designation": pa["designation"],
            "iucn_category": pa["iucn_category"],
            "established": pa["established"],
            "area_km2": round(area_km2(geom), 1),
            "source": PA_SOURCE.format(pa["cite"]),
        }
        features.append((props, geom))
    return features


def habitat_patch_features(countries):
    land = unary_union(list(countries.values()))
    features = []
    for patch in HABITAT_PATCHES:
        mask = countries[patch["country_iso3"]] if patch.get("country_iso3") else land
        mask = mask.intersection(footprint_lonlat(GRIDS[patch["grid"]], inset_cells=4))
        geom = clip_to(polygon_parts(patch["rings"]), mask)
        props = {
            "species_code": patch["species_code"],
            "patch_type": patch["patch_type"],
            "name": patch["name"],
            "quality": patch["quality"],
        }
        features.append((props, geom))
    return features


def main():
    countries = load_countries()
    write_feature_collection(data_path("vector", "protected_areas.geojson"),
                             protected_area_features(countries), 4, "protected_areas")
    write_feature_collection(data_path("vector", "habitat_patches.geojson"),
                             habitat_patch_features(countries), 4, "habitat_patches")


if __name__ == "__main__":
    main()
