"""Writes tables/species.csv, tables/landcover_classes.csv and tables/resistance_values.csv.

Resistance: 1 = easiest movement, larger = harder (100+ = strongly avoided), empty = absolute
barrier. Values are expert-opinion scales written by the project and cited to the habitat-use
literature they follow; they are illustrative, not fitted.
"""
from common import data_path, write_csv

LANDCOVER_CLASSES = [
    (1, "Open water", "Lakes, reservoirs and main rivers (e.g. Lake Khanka, Tumen, Uvs Nuur)", "#4a90d9"),
    (2, "Wetland", "Marsh, bog, wet meadow and lagoon shores", "#7fc8c0"),
    (3, "Coniferous and mixed forest",
     "Korean pine-broadleaf mixed and spruce-fir forest; larch and Siberian pine taiga in the Altai", "#1f6b35"),
    (4, "Broadleaf forest", "Mongolian oak and other deciduous broadleaf forest of low hills", "#5aa244"),
    (5, "Shrub and grassland", "Shrubland, meadow, mountain steppe and burnt oak scrub", "#c8d66b"),
    (6, "Cropland", "Arable land, rice paddies and improved pasture on lowlands", "#f2d16b"),
    (7, "Settlement", "Towns, cities and villages (built-up area)", "#c0392b"),
    (8, "Bare rock", "Bare rock, scree, gravel and clay desert", "#a89f91"),
    (9, "Snow and ice", "Permanent snow fields and glaciers", "#eef3f8"),
    (10, "Alpine meadow", "Alpine meadow and mountain tundra above the tree line", "#b9a6d6"),
    (11, "Road corridor", "Main road (cells burned from the demo infrastructure layer)", "#555555"),
    (12, "Sea", "Open sea and coastal waters", "#1b4f8a"),
]

TIGER_SRC = ("Expert-opinion scale after Amur tiger habitat selection (forest preferred; human "
             "land use avoided: Hebblewhite et al. 2014, Biol. Conserv. 178:50-64) and the corridor "
             "cost surfaces of Miquelle et al. 2015, Integr. Zool. 10:389-402; illustrative")
TIGER_ROAD_SRC = ("Expert-opinion value; Amur tigers avoid roads and settlements and suffer road-related "
                  "mortality (Kerley et al. 2002, Conserv. Biol. 16:97-108); illustrative")
LEOPARD_SRC = ("Expert-opinion scale after the Far Eastern leopard habitat model (Hebblewhite et al. "
               "2011, Biol. Conserv. 144:2403-2413) and Miquelle et al. 2015, Integr. Zool. 10:389-402; "
               "illustrative")
SNOW_SRC = ("Expert-opinion scale after snow leopard use of rugged rocky terrain and avoidance of "
            "forest, flat steppe and settlements (McCarthy & Mallon (eds) 2016, Snow Leopards, "
            "Academic Press); illustrative")
BIRD_SRC = ("Illustrative landing/foraging cost for waterbirds written by the Ecocorridor project "
            "(cranes forage on wetlands and harvested fields, spoonbills on tidal flats); flight "
            "itself is not cost-limited")
SEA_BARRIER = "Absolute barrier: open sea is not crossed by big cats (expert opinion)"

# profile -> {class code: resistance or None}; class order follows LANDCOVER_CLASSES.
RESISTANCE = {
    "amur_tiger": dict(zip(range(1, 13), [30, 10, 1, 1, 8, 40, 100, 20, 50, 10, 60, None])),
    "amur_leopard": dict(zip(range(1, 13), [60, 20, 2, 1, 10, 60, 150, 15, 60, 15, 80, None])),
    "snow_leopard": dict(zip(range(1, 13), [100, 60, 30, 40, 15, 80, 200, 1, 30, 3, 60, None])),
    "waterbird": dict(zip(range(1, 13), [5, 1, 50, 50, 10, 5, 100, 60, 100, 50, 80, 20])),
}


def resistance_source(profile, code):
    if code == 12 and RESISTANCE[profile][code] is None:
        return SEA_BARRIER
    if profile == "amur_tiger":
        return TIGER_ROAD_SRC if code in (7, 11) else TIGER_SRC
    return {"amur_leopard": LEOPARD_SRC, "snow_leopard": SNOW_SRC, "waterbird": BIRD_SRC}[profile]


SPECIES = [
    ("amur_tiger", "Amur tiger", "Panthera tigris altaica", "big_cat", 30000, 200000, None, None, "amur_tiger",
     "Dispersal order of magnitude from Amur tiger telemetry on Sikhote-Alin (Goodrich et al. 2010, "
     "J. Mammal. 91:737-748: females settle near the natal range, males disperse farther); the median "
     "and maximum here are illustrative, not published statistics"),
    ("amur_leopard", "Amur leopard", "Panthera pardus orientalis", "big_cat", 15000, 60000, None, None,
     "amur_leopard",
     "Illustrative: Amur leopard dispersal is poorly documented; transboundary camera-trap "
     "re-sightings show moves of tens of km (Vitkalova et al. 2018, Conserv. Lett. 11:e12574)"),
    ("snow_leopard", "Snow leopard", "Panthera uncia", "big_cat", 25000, 150000, None, None, "snow_leopard",
     "Illustrative order of magnitude from the review in McCarthy & Mallon (eds) 2016, Snow Leopards "
     "(Academic Press)"),
    ("black_faced_spoonbill", "Black-faced Spoonbill", "Platalea minor", "waterbird", 400000, 1500000, 1500,
     7081, "waterbird",
     "Flyway population: International Black-faced Spoonbill Census, 17-19 Jan 2025 (7,081; HKBWS/EAAFP). "
     "Dispersal = median migration leg and max_flight_range_km = longest non-stop leg, illustrative, "
     "order of magnitude from satellite tracking (Ueta et al. 2002, Ibis 144:340-343)"),
    ("white_naped_crane", "White-naped Crane", "Antigone vipio", "waterbird", 400000, 1200000, 1200, 6500,
     "waterbird",
     "Flyway population: BirdLife International datazone factsheet (6,250-6,750 individuals, 2016). "
     "Dispersal = median migration leg and max_flight_range_km = longest non-stop leg, illustrative, "
     "order of magnitude from satellite tracking (Higuchi et al. 1996, Conserv. Biol. 10:806-812)"),
    ("hooded_crane", "Hooded Crane", "Grus monacha", "waterbird", 350000, 1200000, 1200, 15000, "waterbird",
     "Flyway population: BirdLife International datazone factsheet (14,000-16,000 in winter 2014/15, "
     "J. Harris in litt. 2016). Dispersal = median migration leg and max_flight_range_km = longest "
     "non-stop leg, illustrative"),
]


def main():
    write_csv(data_path("tables", "landcover_classes.csv"), ["code", "name", "description", "color"],
              LANDCOVER_CLASSES)
    rows = [(profile, code, value, resistance_source(profile, code))
            for profile in sorted(RESISTANCE) for code, value in sorted(RESISTANCE[profile].items())]
    write_csv(data_path("tables", "resistance_values.csv"),
              ["profile", "landcover_code", "resistance", "source"], rows)
    write_csv(data_path("tables", "species.csv"),
              ["code", "common_name", "scientific_name", "species_group", "median_dispersal_m",
               "max_dispersal_m", "max_flight_range_km", "flyway_population", "resistance_profile", "source"],
              SPECIES)


if __name__ == "__main__":
    main()
