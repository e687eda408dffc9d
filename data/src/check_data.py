"""Self-checks of the generated demo dataset. Exit status 1 on any failure; prints a summary.

Run: /usr/bin/python3 data/src/check_data.py
"""
import csv
import json
import os
import re
import sys
from collections import Counter, defaultdict
from datetime import date

import numpy as np
from osgeo import gdal
from shapely.geometry import box, shape
from shapely.ops import unary_union

from common import LAEA_PROJ4, REGION, area_km2, data_path, to_projected
from make_countries import load_source
from raster_grids import GRIDS, footprint_lonlat

gdal.UseExceptions()

SPECIES = {"amur_tiger", "amur_leopard", "snow_leopard", "black_faced_spoonbill", "white_naped_crane",
           "hooded_crane"}
BIG_CATS = {"amur_tiger": "amur", "amur_leopard": "amur", "snow_leopard": "altai"}
COLUMNS = {
    "species": ["code", "common_name", "scientific_name", "species_group", "median_dispersal_m",
                "max_dispersal_m", "max_flight_range_km", "flyway_population", "resistance_profile", "source"],
    "landcover_classes": ["code", "name", "description", "color"],
    "resistance_values": ["profile", "landcover_code", "resistance", "source"],
    "countries": ["iso3", "name"],
    "protected_areas": ["name", "country_iso3", "designation", "iucn_category", "established", "area_km2",
                        "source"],
    "habitat_patches": ["species_code", "patch_type", "name", "quality"],
    "flyway_sites": ["site_code", "name", "country_iso3", "ramsar", "source"],
    "flyway_site_roles": ["site_code", "species_code", "role"],
    "survey_counts": ["site_code", "species_code", "survey_date", "count", "source"],
    "infrastructure": ["kind", "name", "capacity_mw", "turbine_count", "voltage_kv", "country_iso3", "status",
                       "source"],
}
GEOMETRY = {"countries": {"MultiPolygon"}, "protected_areas": {"MultiPolygon"}, "habitat_patches": {"MultiPolygon"},
            "flyway_sites": {"Point"}, "infrastructure": {"Point", "LineString"}}
KIND_GEOMETRY = {"wind_farm": "Point", "dam": "Point", "power_line": "LineString", "road": "LineString",
                 "railway": "LineString", "border_fence": "LineString"}
VIEWS = {"survey_counts_v", "wind_farms", "power_lines", "roads", "railways", "border_fences", "dams"}

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
    return condition


def read_csv(rel):
    with open(data_path(rel), encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    return rows[0], [dict(zip(rows[0], r)) for r in rows[1:]]


def read_geojson(rel):
    with open(data_path(rel), encoding="utf-8") as fh:
        fc = json.load(fh)
    check(fc.get("type") == "FeatureCollection", rel + ": not a FeatureCollection")
    return [(f["properties"], shape(f["geometry"]), f["geometry"]["type"]) for f in fc["features"]]


def check_manifest():
    with open(data_path("manifest.json"), encoding="utf-8") as fh:
        m = json.load(fh)
    check(list(m) == ["name", "version", "disclaimer", "tables", "rasters", "layers"], "manifest keys")
    for t in m["tables"]:
        check(set(t) == {"table", "file"} and os.path.exists(data_path(t["file"])), "manifest table %s" % t)
    rasters = set()
    for r in m["rasters"]:
        check(set(r) == {"name", "file", "title", "abstract", "legend"}, "raster keys %s" % r["name"])
        check(os.path.exists(data_path(r["file"])), "raster file %s" % r["file"])
        rasters.add(r["name"])
    sources = {t["table"] for t in m["tables"]} | VIEWS | rasters
    names = []
    for layer in m["layers"]:
        check(set(layer) == {"name", "title", "abstract", "keywords", "source", "style", "sensitive", "editable"},
              "layer keys %s" % layer["name"])
        check(re.fullmatch(r"[a-z][a-z0-9_]{0,62}", layer["name"]) is not None, "layer name " + layer["name"])
        check(layer["style"] == layer["name"], "style = name for " + layer["name"])
        check(layer["source"] in sources, "layer source %s" % layer["source"])
        names.append(layer["name"])
    required = {"countries", "protected_areas", "habitat_patches", "flyway_sites", "survey_counts", "infrastructure",
                "wind_farms", "power_lines", "roads", "railways", "border_fences", "dams", "landcover_amur",
                "landcover_altai"}
    check(required <= set(names), "missing layers %s" % (required - set(names)))
    editable = {layer["name"] for layer in m["layers"] if layer["editable"]}
    check(editable == {"flyway_sites", "survey_counts"}, "editable layers %s" % editable)
    return m


def check_tables():
    out = {}
    for table in ("species", "landcover_classes", "resistance_values", "flyway_site_roles", "survey_counts"):
        header, rows = read_csv("tables/%s.csv" % table)
        check(header == COLUMNS[table], "%s header %s" % (table, header))
        out[table] = rows
    species = {r["code"]: r for r in out["species"]}
    check(set(species) == SPECIES, "species codes")
    codes = {int(r["code"]) for r in out["landcover_classes"]}
    check(codes == set(range(1, 13)), "landcover codes")
    check(all(re.fullmatch(r"#[0-9a-f]{6}", r["color"]) for r in out["landcover_classes"]), "colors")
    profiles = defaultdict(set)
    for r in out["resistance_values"]:
        profiles[r["profile"]].add(int(r["landcover_code"]))
        check(r["resistance"] == "" or float(r["resistance"]) >= 1.0, "resistance value %s" % r)
        check(r["source"] != "", "resistance source %s" % r)
    for s in species.values():
        check(s["resistance_profile"] in profiles, "profile of " + s["code"])
        cat = s["species_group"] == "big_cat"
        check(cat == (s["max_flight_range_km"] == "" and s["flyway_population"] == ""), "cat nulls " + s["code"])
    check(all(v == codes for v in profiles.values()), "profiles cover all classes")
    return out


def check_vectors(tables):
    region = box(*REGION)
    data = {}
    for table in ("countries", "protected_areas", "habitat_patches", "flyway_sites", "infrastructure"):
        feats = read_geojson("vector/%s.geojson" % table)
        for props, geom, gtype in feats:
            tag = "%s %s" % (table, props.get("name") or props.get("iso3"))
            check(list(props) == COLUMNS[table], tag + ": properties " + str(list(props)))
            check(gtype in GEOMETRY[table], tag + ": geometry type " + gtype)
            check(geom.is_valid and not geom.is_empty, tag + ": invalid geometry")
            check(region.contains(geom), tag + ": outside region")
        data[table] = feats
    countries = {p["iso3"]: g for p, g, _ in data["countries"]}
    check(set(countries) == {"CHN", "PRK", "JPN", "MNG", "KOR", "RUS"}, "six countries")
    check(os.path.getsize(data_path("vector", "countries.geojson")) < 300_000, "countries.geojson < 300 KB")
    source = load_source()
    isos = sorted(countries)
    for i, a in enumerate(isos):
        for b in isos[i + 1:]:
            overlap = countries[a].intersection(countries[b])
            check(overlap.area == 0 or area_km2(overlap) < 1.0, "overlap %s-%s" % (a, b))
            src_border = source[a].boundary.intersection(source[b].boundary)
            if src_border.length > 0:
                new_border = countries[a].boundary.intersection(countries[b].boundary)
                hd = to_projected(src_border, proj4=LAEA_PROJ4).hausdorff_distance(
                    to_projected(new_border, proj4=LAEA_PROJ4)) / 1000.0
                check(hd < 10.0, "border %s-%s off by %.1f km" % (a, b, hd))
                print("  border %s-%s: Hausdorff distance to Natural Earth %.2f km" % (a, b, hd))
    for p, g, _ in data["protected_areas"]:
        outside = area_km2(g.difference(countries[p["country_iso3"]]))
        check(outside < 0.01, "PA %s outside its country by %.3f km2" % (p["name"], outside))
    land = unary_union(list(countries.values()))
    for p, g, _ in data["habitat_patches"]:
        check(p["species_code"] in BIG_CATS and p["patch_type"] in ("core", "range"), "patch codes %s" % p)
        check(0.0 <= p["quality"] <= 1.0, "patch quality %s" % p["name"])
        check(area_km2(g.difference(land)) < 0.01, "patch %s outside land" % p["name"])
        grid = GRIDS[BIG_CATS[p["species_code"]]]
        check(footprint_lonlat(grid).contains(g), "patch %s outside raster %s" % (p["name"], grid.name))
    by_species = Counter((p["species_code"], p["patch_type"]) for p, _, _ in data["habitat_patches"])
    for sp in BIG_CATS:
        check(by_species[(sp, "core")] >= 2 and by_species[(sp, "range")] >= 1, "patches of " + sp)
    sites = {}
    for p, g, _ in data["flyway_sites"]:
        check(p["site_code"] not in sites, "duplicate site " + p["site_code"])
        sites[p["site_code"]] = (p, g)
        check(isinstance(p["ramsar"], bool), "ramsar boolean " + p["site_code"])
        if p["country_iso3"] in countries:
            d_km = to_projected(g, proj4=LAEA_PROJ4).distance(
                to_projected(countries[p["country_iso3"]], proj4=LAEA_PROJ4)) / 1000.0
            check(d_km < 15.0, "site %s is %.1f km from %s" % (p["site_code"], d_km, p["country_iso3"]))
            if d_km > 0:
                print("  site %s lies %.1f km off the simplified %s coast" % (p["site_code"], d_km,
                                                                             p["country_iso3"]))
        else:
            print("  site %s: country %s is not one of the six outlines" % (p["site_code"], p["country_iso3"]))
    check(len(sites) >= 20, "at least 20 flyway sites")
    roles = set()
    for r in tables["flyway_site_roles"]:
        check(r["site_code"] in sites and r["species_code"] in SPECIES - set(BIG_CATS), "role row %s" % r)
        check(r["role"] in ("breeding", "stopover", "wintering"), "role value %s" % r)
        roles.add((r["site_code"], r["species_code"]))
    for sp in SPECIES - set(BIG_CATS):
        have = {r["role"] for r in tables["flyway_site_roles"] if r["species_code"] == sp}
        check(have == {"breeding", "stopover", "wintering"}, "roles of %s: %s" % (sp, have))
    for r in tables["survey_counts"]:
        check((r["site_code"], r["species_code"]) in roles, "count without role %s" % r)
        check(date.fromisoformat(r["survey_date"]).isoformat() == r["survey_date"], "date %s" % r)
        check(r["count"].isdigit(), "count %s" % r)
        check(r["source"].startswith("Illustrative"), "count source %s" % r)
    for p, g, gtype in data["infrastructure"]:
        check(KIND_GEOMETRY.get(p["kind"]) == gtype, "infrastructure %s kind/geometry" % p["name"])
    kinds = Counter(p["kind"] for p, _, _ in data["infrastructure"])
    check(set(kinds) == set(KIND_GEOMETRY), "infrastructure kinds %s" % kinds)
    return data, kinds


def check_rasters(data):
    legend = set(range(1, 13))
    for key, grid in GRIDS.items():
        path = data_path("raster", grid.name + ".tif")
        ds = gdal.Open(path)
        band = ds.GetRasterBand(1)
        gt = ds.GetGeoTransform()
        epsg = ds.GetSpatialRef().GetAuthorityCode(None)
        meta = ds.GetMetadata("IMAGE_STRUCTURE")
        check(epsg == str(grid.epsg), "%s EPSG %s" % (grid.name, epsg))
        check(band.DataType == gdal.GDT_Byte and band.GetNoDataValue() == 255, grid.name + " type/nodata")
        check(meta.get("COMPRESSION") == "DEFLATE", grid.name + " compression")
        check(gt[1] == -gt[5] and gt[1] <= 1000.0 and gt[2] == 0 and gt[4] == 0, grid.name + " cells")
        minimum = 500 if key == "amur" else 400
        check(ds.RasterXSize >= minimum and ds.RasterYSize >= minimum, grid.name + " size")
        a = band.ReadAsArray()
        values = set(np.unique(a).tolist())
        check(values <= legend | {255}, "%s values %s" % (grid.name, values))
        print("  %s: EPSG:%s %dx%d cell %.0f m origin (%.0f, %.0f) nodata %s, classes %s, %.1f%% nodata"
              % (grid.name, epsg, ds.RasterXSize, ds.RasterYSize, gt[1], gt[0], gt[3], band.GetNoDataValue(),
                 sorted(values - {255}), 100.0 * (a == 255).mean()))
        for p, g, _ in data["habitat_patches"]:
            if BIG_CATS[p["species_code"]] != key:
                continue
            cells = patch_cells(g, grid, a)
            bad = np.isin(cells, [12, 255]).mean() if cells.size else 1.0
            check(cells.size > 0 and bad < 0.05, "patch %s: %.1f%% sea/nodata cells" % (p["name"], 100 * bad))


def patch_cells(geom_lonlat, grid, a):
    """Class values of the cells whose centres fall inside the patch."""
    from landcover_lib import rasterize
    return a[rasterize(grid, [geom_lonlat])]


def main():
    check_manifest()
    tables = check_tables()
    data, kinds = check_vectors(tables)
    check_rasters(data)
    print("Row counts:")
    for t in ("species", "landcover_classes", "resistance_values", "flyway_site_roles", "survey_counts"):
        print("  %-20s %d" % (t, len(tables[t])))
    for t, feats in data.items():
        print("  %-20s %d" % (t, len(feats)))
    print("  infrastructure kinds: %s" % dict(sorted(kinds.items())))
    if failures:
        print("FAILED (%d):" % len(failures))
        for f in failures:
            print("  - " + f)
        sys.exit(1)
    print("All checks passed.")


if __name__ == "__main__":
    main()
