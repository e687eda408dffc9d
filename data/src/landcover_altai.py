"""Synthetic land cover of the Altai-Sayan border area (Russia-Mongolia), EPSG:32646, 500 m.

Rules (documented in data/README.md): coarse ETOPO relief plus named ridges and peaks (the
37 km ETOPO trend flattens them) plus fractal noise sets the terrain; vertical zones: steppe and
gravel desert in the dry Mongolian basins, larch/Siberian pine forest on moist (northern, Russian,
north-facing) slopes up to the tree line, alpine meadow above, bare rock and scree higher, snow
and ice on the highest massifs; lakes from Natural Earth, rivers approximate, wetland on lake
shores, cropland near towns in the Tuvan and Ulaangom basins, settlements as disks, roads burned.
Cells outside the six NEASPEC countries (the Kazakh corner) are nodata (255).
"""
import json

import numpy as np
from shapely.geometry import LineString, box, shape

from common import load_countries, reference_path
from infrastructure_definitions import ROADS
from landcover_lib import (NODATA, cell_lonlat, coarse_elevation, disk_mask, distance_m, fractal_noise,
                           northness, rasterize, ridge_relief)
from raster_grids import GRIDS

GRID = GRIDS["altai"]
SEED = 46

SETTLEMENTS = [
    ("Ulaangom", 92.07, 49.98, 2500), ("Olgii", 89.97, 48.97, 2500), ("Kosh-Agach", 88.67, 50.00, 1200),
    ("Mugur-Aksy", 90.43, 50.38, 800), ("Ak-Dovurak", 90.60, 51.18, 1500), ("Chadan", 91.58, 51.28, 1200),
    ("Tsagaannuur", 89.77, 49.53, 600), ("Tashanta", 89.19, 49.72, 400), ("Kurai", 87.93, 50.22, 500),
    ("Aktash", 87.61, 50.30, 800), ("Khandagaity", 92.05, 50.73, 700), ("Teeli", 90.21, 50.99, 800),
]

RIVERS = [
    ("Chuya", [(88.90, 49.90), (88.67, 50.00), (88.30, 50.10), (87.95, 50.22), (87.61, 50.30), (87.30, 50.42),
               (86.95, 50.45)]),
    ("Argut", [(88.10, 49.70), (87.80, 49.90), (87.40, 50.10), (87.10, 50.20), (86.85, 50.25)]),
    ("Khovd", [(88.30, 48.70), (88.90, 48.80), (89.50, 48.90), (89.97, 48.97), (90.45, 49.10), (90.95, 49.05),
               (91.35, 48.75), (91.70, 48.35)]),
    ("Kharkhiraa", [(91.35, 49.65), (91.70, 49.85), (92.07, 49.98), (92.35, 50.15)]),
    ("Khemchik", [(89.90, 50.80), (90.30, 51.05), (90.60, 51.15), (91.10, 51.25), (91.58, 51.30), (92.00, 51.45)]),
]
NE_RIVERS = ("Chulyshman",)

# (name, crest, extra height m, half-width m): massifs the coarse ETOPO trend flattens.
RIDGES = [
    ("Tavan Bogd (4,374 m)", [(87.82, 49.15)], 1500.0, 10000.0),
    ("North Chuya range", [(87.30, 50.15), (87.60, 50.10), (88.00, 50.00)], 1200.0, 10000.0),
    ("South Chuya range", [(87.70, 49.85), (88.05, 49.80), (88.30, 49.75)], 1000.0, 9000.0),
    ("Sailyugem range", [(88.10, 49.35), (88.50, 49.50), (88.95, 49.50)], 700.0, 12000.0),
    ("Chikhachev range", [(89.55, 49.75), (89.75, 49.90), (89.95, 50.05)], 900.0, 10000.0),
    ("Mongun-Taiga (3,970 m)", [(90.14, 50.27)], 1300.0, 10000.0),
    ("Tsagaan Shuvuut", [(90.90, 50.10)], 800.0, 12000.0),
    ("Turgen - Kharkhiraa (about 4,000 m)", [(91.20, 49.62), (91.40, 49.68)], 1100.0, 10000.0),
    ("Tsambagarav (4,208 m)", [(90.85, 48.65)], 1200.0, 10000.0),
    ("Shapshal range", [(89.20, 50.50), (89.30, 51.00), (89.50, 51.40)], 600.0, 12000.0),
    ("Tannu-Ola range", [(90.00, 50.65), (91.00, 50.75), (92.00, 50.95)], 400.0, 12000.0),
]

REGION_BOX = box(86.0, 47.5, 94.0, 52.5)


def lakes():
    with open(reference_path("hydro", "ne_10m_lakes_neasia.geojson"), encoding="utf-8") as fh:
        return [shape(f["geometry"]) for f in json.load(fh)["features"]
                if shape(f["geometry"]).intersects(REGION_BOX)]


def river_lines():
    lines = [LineString(c) for _, c in RIVERS]
    with open(reference_path("hydro", "ne_10m_rivers_neasia.geojson"), encoding="utf-8") as fh:
        for f in json.load(fh)["features"]:
            if f["properties"].get("name") in NE_RIVERS:
                lines.append(shape(f["geometry"]))
    return lines


def generate():
    countries = load_countries()
    is_rus = rasterize(GRID, [countries["RUS"]])
    inside = is_rus | rasterize(GRID, [countries["MNG"], countries["CHN"]])
    lon, lat = cell_lonlat(GRID)

    lake = rasterize(GRID, lakes())
    rivers = rasterize(GRID, river_lines(), all_touched=True)
    d_lake = distance_m(GRID, lake)
    d_river = distance_m(GRID, rivers)

    n_relief = fractal_noise(GRID, SEED, [30000, 15000, 7000, 3500, 1500])
    n_a = fractal_noise(GRID, SEED + 1, [8000, 4000, 2000, 1000])
    n_b = fractal_noise(GRID, SEED + 2, [20000, 8000, 3000])
    coarse = coarse_elevation(GRID) + ridge_relief(GRID, RIDGES)
    relief = coarse + n_relief * (150.0 + 0.2 * coarse)
    relief -= 250.0 * np.exp(-d_river / 3000.0)
    north = northness(relief, GRID.cell)

    moisture = 0.6 * (lat - 49.3) / 2.2 + 0.4 * is_rus + 0.35 * north + 0.3 * n_b
    treeline = 2350.0 + 100.0 * n_a
    alpine = np.where(is_rus, 2450.0, 2750.0) + 120.0 * n_b       # drier Mongolian side: steppe higher up

    classes = np.full(relief.shape, 5, dtype=np.uint8)                      # steppe, grassland
    classes[(relief > 1400) & (relief < treeline) & (moisture > 0.35)] = 3   # larch / Siberian pine
    classes[relief >= alpine] = 10                                           # alpine meadow
    classes[relief > 3000 + 150 * n_a] = 8                                   # rock and scree
    classes[relief > 3650 + 150 * n_a] = 9                                   # snow and ice
    classes[~is_rus & (relief < 1400) & (lat < 49.6) & (n_a > 0.2)] = 8      # gravel desert
    near_town = np.zeros(relief.shape, dtype=bool)
    for name, x, y, r in SETTLEMENTS:
        near_town |= disk_mask(GRID, x, y, 8.0 * r)
    classes[near_town & (relief < 1300) & (n_a > -0.25)] = 6                                 # irrigated fields
    classes[(d_lake < 4000) & (relief < 1800) & (n_a > 0.0)] = 2             # lake-shore marsh
    classes[(d_river < 1000) & (relief < 1900) & (n_a > 0.4)] = 2            # floodplain meadow
    classes[lake | rivers] = 1
    for _, x, y, r in SETTLEMENTS:
        classes[disk_mask(GRID, x, y, r)] = 7
    roads = rasterize(GRID, [LineString(c) for _, _, _, _, c in ROADS], all_touched=True)
    classes[roads & ~lake] = 11
    classes[~inside] = NODATA
    return classes
