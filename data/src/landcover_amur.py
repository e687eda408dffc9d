"""Synthetic land cover of the big-cat area (Primorye - Jilin - Tumen), EPSG:32652, 500 m.

Rules (documented in data/README.md): sea outside the country outlines; coarse ETOPO relief plus
fractal noise, lowered along rivers, sets the terrain; cropland on lowlands (country-specific
thresholds: DPRK hills are largely cleared), wetland on the Khanka and Tumen lowlands, broadleaf
oak forest on low hills, Korean pine-broadleaf mixed forest higher up, burnt oak scrub and meadow
on the coastal hills of SW Primorye; settlements as disks, main roads burned last.
"""
import json

import numpy as np
from shapely.geometry import LineString, shape

from common import load_countries, reference_path
from infrastructure_definitions import ROADS
from landcover_lib import (cell_lonlat, coarse_elevation, disk_mask, distance_m, fractal_noise, rasterize,
                           ridge_relief)
from raster_grids import GRIDS

GRID = GRIDS["amur"]
SEED = 52

# lon, lat, radius (m) of the built-up area
SETTLEMENTS = [
    ("Vladivostok", 131.89, 43.12, 6000), ("Ussuriysk", 131.95, 43.80, 4000), ("Artyom", 132.19, 43.36, 3000),
    ("Hunchun", 130.36, 42.87, 3500), ("Yanji", 129.51, 42.90, 5000), ("Tumen", 129.84, 42.97, 2000),
    ("Longjing", 129.42, 42.77, 2500), ("Wangqing", 129.76, 43.31, 2000), ("Dongning", 131.12, 44.06, 2000),
    ("Suifenhe", 131.15, 44.40, 2000), ("Pogranichny", 131.38, 44.41, 1500), ("Kraskino", 130.79, 42.71, 800),
    ("Slavyanka", 131.38, 42.86, 1500), ("Zarubino", 131.08, 42.64, 800), ("Posyet", 130.80, 42.65, 700),
    ("Khasan", 130.64, 42.43, 500), ("Rajin", 130.30, 42.25, 2500), ("Sonbong", 130.40, 42.34, 1500),
    ("Razdolnoye", 131.91, 43.54, 1500), ("Barabash", 131.49, 43.19, 1000), ("Bezverkhovo", 131.62, 43.07, 700),
    ("Khorol", 132.07, 44.43, 1500), ("Mikhaylovka", 132.00, 43.93, 1500), ("Pokrovka", 131.62, 44.04, 1200),
    ("Chernigovka", 132.57, 44.34, 1500), ("Onsong", 129.99, 42.96, 1200), ("Hoeryong", 129.75, 42.44, 2000),
    ("Namyang", 129.87, 42.94, 800),
]

RIVERS = [
    ("Razdolnaya (Suifen)", [(130.50, 44.00), (130.85, 44.08), (131.12, 44.06), (131.30, 44.00), (131.55, 43.90),
                             (131.80, 43.85), (131.95, 43.78), (131.93, 43.60), (131.88, 43.45), (131.80, 43.34)]),
    ("Hunchun River", [(130.62, 43.25), (130.50, 43.05), (130.38, 42.90), (130.30, 42.75)]),
    ("Gaya River", [(130.00, 43.45), (129.85, 43.30), (129.85, 43.10), (129.84, 42.98)]),
    ("Burhatong River", [(129.00, 42.95), (129.51, 42.90), (129.80, 42.97)]),
]
NE_RIVERS = ("Tumen", "Muling")
# Relief the 37 km ETOPO trend smooths away: (name, crest, extra height m, half-width m).
RIDGES = [
    ("Black Mountains on the Russia-China border", [(130.70, 42.62), (130.95, 42.85), (131.15, 43.10),
                                                   (131.25, 43.45), (131.20, 43.85)], 600.0, 12000.0),
    ("Senlin Shan - Hunchun uplands", [(130.45, 43.05), (130.63, 43.18), (130.90, 43.35)], 650.0, 15000.0),
    ("Borisovka plateau", [(131.25, 43.60), (131.50, 43.70)], 250.0, 12000.0),
    ("Hamgyong foothills (DPRK)", [(129.60, 42.30), (129.95, 42.55), (130.15, 42.62)], 450.0, 12000.0),
]
SMALL_LAKES = [("Lake Khasan", 130.67, 42.43, 1200), ("Manpo lagoon", 130.57, 42.37, 1500),
               ("Sobonpo lagoon", 130.52, 42.31, 1200)]

# Elevation (m) below which land is cleared for crops, by country (modal terrain of farmland).
CROP_LIMIT_M = {"RUS": 130.0, "CHN": 300.0, "PRK": 420.0}


def river_lines():
    lines = [LineString(c) for _, c in RIVERS]
    with open(reference_path("hydro", "ne_10m_rivers_neasia.geojson"), encoding="utf-8") as fh:
        for f in json.load(fh)["features"]:
            if f["properties"].get("name") in NE_RIVERS:
                lines.append(shape(f["geometry"]))
    return lines


def khanka():
    with open(reference_path("hydro", "ne_10m_lakes_neasia.geojson"), encoding="utf-8") as fh:
        return [shape(f["geometry"]) for f in json.load(fh)["features"]
                if f["properties"].get("name") == "Lake Khanka"]


def generate():
    countries = load_countries()
    iso = {k: rasterize(GRID, [countries[k]]) for k in ("RUS", "CHN", "PRK")}
    land = iso["RUS"] | iso["CHN"] | iso["PRK"]
    lon, lat = cell_lonlat(GRID)

    rivers = rasterize(GRID, river_lines(), all_touched=True) & land
    lake = rasterize(GRID, khanka()) & land
    small_lakes = np.zeros_like(land)
    for _, x, y, r in SMALL_LAKES:
        small_lakes |= disk_mask(GRID, x, y, r)
    water = (rivers | lake | small_lakes) & land
    d_river = distance_m(GRID, rivers)
    d_lake = distance_m(GRID, lake)
    d_sea = distance_m(GRID, ~land)

    n_relief = fractal_noise(GRID, SEED, [24000, 12000, 6000, 3000, 1500])
    n_a = fractal_noise(GRID, SEED + 1, [8000, 4000, 2000, 1000])
    n_b = fractal_noise(GRID, SEED + 2, [16000, 6000, 2000])
    coarse = np.maximum(coarse_elevation(GRID), 20.0) + ridge_relief(GRID, RIDGES)
    relief = coarse + n_relief * (60.0 + 0.45 * coarse)
    relief *= 1.0 - 0.55 * np.exp(-d_river / 4000.0)          # river valleys
    relief *= 1.0 - 0.5 * np.exp(-d_sea / 3000.0)             # coastal lowlands
    relief = np.maximum(relief, 1.0)

    crop_limit = np.zeros(land.shape)
    for k, v in CROP_LIMIT_M.items():
        crop_limit[iso[k]] = v
    crop_limit += 60.0 * n_a

    classes = np.full(land.shape, 12, dtype=np.uint8)                     # sea
    conifer_p = (relief - 520.0) / 140.0 + 0.9 * n_b + 0.15 * (lat - 43.5)
    classes[land] = np.where(conifer_p[land] > 0, 3, 4)                   # mixed vs oak forest
    hills = land & (relief < crop_limit + 260.0) & (n_b > 0.1)
    classes[hills & iso["RUS"] & (d_sea < 30000)] = 5                    # burnt oak scrub, meadow
    classes[land & iso["PRK"] & (relief < crop_limit + 400.0) & (n_b > -0.1)] = 5
    classes[land & (relief > 1350 + 120 * n_a)] = 8                       # rocky summits
    classes[land & (relief < crop_limit)] = 6                            # cropland
    near_town = np.zeros_like(land)
    for _, x, y, r in SETTLEMENTS:
        near_town |= disk_mask(GRID, x, y, 3.5 * r)
    classes[land & near_town & (relief < crop_limit + 150.0) & (n_a > -0.3)] = 6
    wet = land & (((d_lake < 12000) & (relief < 110) & (n_a > -0.2))
                  | ((d_river < 1500) & (relief < 120) & (n_a > 0.35))
                  | ((d_sea < 4000) & (lat < 42.6) & (lon > 130.3) & (lon < 130.9) & (relief < 40)))
    classes[wet] = 2
    classes[water] = 1
    for _, x, y, r in SETTLEMENTS:
        classes[land & disk_mask(GRID, x, y, r)] = 7
    roads = rasterize(GRID, [LineString(c) for _, _, _, _, c in ROADS], all_touched=True)
    classes[roads & land & ~lake] = 11
    return classes
