"""Writes data/manifest.json, the loader's contract (format in /work/briefs/data.md and data/README.md)."""
import json

from common import ILLUSTRATIVE, data_path

NOTE = " Illustrative demo data authored by the Ecocorridor project; not for conservation decisions."

TABLES = [
    ("species", "tables/species.csv"),
    ("landcover_classes", "tables/landcover_classes.csv"),
    ("resistance_values", "tables/resistance_values.csv"),
    ("countries", "vector/countries.geojson"),
    ("protected_areas", "vector/protected_areas.geojson"),
    ("habitat_patches", "vector/habitat_patches.geojson"),
    ("flyway_sites", "vector/flyway_sites.geojson"),
    ("flyway_site_roles", "tables/flyway_site_roles.csv"),
    ("survey_counts", "tables/survey_counts.csv"),
    ("infrastructure", "vector/infrastructure.geojson"),
]

RASTERS = [
    ("landcover_amur", "raster/landcover_amur.tif", "Land cover, Primorye - Jilin - Tumen (synthetic)",
     "Synthetic land-cover classes (legend: landcover_classes) of the Amur tiger and leopard area, "
     "129.3-132.5E 42.2-45.0N, UTM 52N (EPSG:32652), 500 m cells, UInt8, nodata 255." + NOTE),
    ("landcover_altai", "raster/landcover_altai.tif", "Land cover, Altai - Sayan (synthetic)",
     "Synthetic land-cover classes (legend: landcover_classes) of the snow leopard area on the "
     "Russia-Mongolia border, 87-93E 48.5-51.5N, UTM 46N (EPSG:32646), 500 m cells, UInt8, nodata 255 "
     "(cells outside the six NEASPEC countries)." + NOTE),
]

# name, title, abstract, keywords, source, sensitive, editable
LAYERS = [
    ("countries", "NEASPEC member countries (simplified)",
     "The six NEASPEC members as simplified outlines derived from Natural Earth 1:50m (public domain), "
     "clipped to 70-150E 15-62N; shared borders within about 2 km of the source." + NOTE,
     ["boundaries", "countries", "NEASPEC"], "countries", False, False),
    ("protected_areas", "Protected areas (approximate outlines)",
     "Twelve protected areas for big cats, cranes and snow leopards; hand-drawn approximate outlines, "
     "not legal boundaries; area_km2 on LAEA 45N 115E." + NOTE,
     ["protected areas", "national parks", "reserves"], "protected_areas", False, False),
    ("habitat_patches", "Big-cat habitat patches (core and range)",
     "Coarse core and range patches of Amur tiger, Amur leopard and snow leopard, drawn by the project "
     "around known habitat; inputs for corridor runs. Coarse on purpose: exact den or camera-trap "
     "locations would be sensitive and are not included." + NOTE,
     ["habitat", "amur_tiger", "amur_leopard", "snow_leopard", "core areas"], "habitat_patches", False, False),
    ("flyway_sites", "Flyway sites of flagship waterbirds",
     "Breeding, stopover and wintering sites of Black-faced Spoonbill, White-naped Crane and Hooded Crane "
     "(roles per species in flyway_site_roles); coordinates are facts cited per site." + NOTE,
     ["flyway", "EAAF", "wetlands", "Ramsar", "cranes", "spoonbill"], "flyway_sites", False, True),
    ("survey_counts", "Waterbird survey counts",
     "Simultaneous-monitoring counts per site, species and date (winters 2019/20-2024/25, spring and "
     "autumn passage, breeding season), shown at the site point with a time dimension. Counts are "
     "illustrative, scaled to published orders of magnitude." + NOTE,
     ["survey", "monitoring", "counts", "waterbirds"], "survey_counts_v", False, True),
    ("infrastructure", "Infrastructure (all kinds)",
     "Wind farms, power lines, main roads, railways, border fences and dams near the big-cat area and "
     "flyway sites; positions approximate, some features hypothetical (named so)." + NOTE,
     ["infrastructure", "threats"], "infrastructure", False, False),
    ("wind_farms", "Wind farms", "Wind farms (points) with capacity and turbine count." + NOTE,
     ["infrastructure", "wind energy", "collision risk"], "wind_farms", False, False),
    ("power_lines", "Power lines", "Transmission and distribution lines with voltage." + NOTE,
     ["infrastructure", "power lines", "collision risk"], "power_lines", False, False),
    ("roads", "Main roads", "Main roads near the big-cat areas and crane sites." + NOTE,
     ["infrastructure", "roads", "barriers"], "roads", False, False),
    ("railways", "Railways", "Railways of the Tumen - Primorye area." + NOTE,
     ["infrastructure", "railways", "barriers"], "railways", False, False),
    ("border_fences", "Border fences",
     "Border fences along the Russia-China, China-DPRK, Russia-DPRK, Russia-Mongolia borders and the "
     "Korean DMZ, following the simplified country borders." + NOTE,
     ["infrastructure", "border fences", "barriers", "transboundary"], "border_fences", False, False),
    ("dams", "Dams", "Dams and barrages on rivers used by cranes." + NOTE,
     ["infrastructure", "dams", "hydrology"], "dams", False, False),
    ("landcover_amur", RASTERS[0][2], RASTERS[0][3], ["land cover", "raster", "Primorye", "Tumen"],
     "landcover_amur", False, False),
    ("landcover_altai", RASTERS[1][2], RASTERS[1][3], ["land cover", "raster", "Altai", "Sayan"],
     "landcover_altai", False, False),
]


def main():
    manifest = {
        "name": "ecocorridor-demo-neasia",
        "version": "1",
        "disclaimer": ILLUSTRATIVE,
        "tables": [{"table": t, "file": f} for t, f in TABLES],
        "rasters": [{"name": n, "file": f, "title": t, "abstract": a, "legend": "landcover_classes"}
                    for n, f, t, a in RASTERS],
        "layers": [{"name": n, "title": t, "abstract": a, "keywords": k, "source": s, "style": n,
                    "sensitive": sens, "editable": edit}
                   for n, t, a, k, s, sens, edit in LAYERS],
    }
    with open(data_path("manifest.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(manifest, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


if __name__ == "__main__":
    main()
