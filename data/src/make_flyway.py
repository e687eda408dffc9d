"""Writes vector/flyway_sites.geojson, tables/flyway_site_roles.csv and tables/survey_counts.csv.

Site coordinates are facts (cited per site). Survey counts are illustrative: for each
(site, species, role) a baseline of the published order of magnitude is spread over the survey
years with a per-species annual trend, a seasonal factor and log-normal noise (sigma 0.12) from a
random generator seeded by the row key (CRC-32), so the output is identical on every run.
"""
import math
import random
import zlib

from shapely.geometry import Point

from common import data_path, write_csv, write_feature_collection
from flyway_definitions import ANNUAL_TREND, BFS, ROLES, SITES

WINTERS = range(2020, 2026)        # January counts of winters 2019/20 .. 2024/25
SPRINGS = range(2020, 2026)
AUTUMNS = range(2019, 2025)
BREEDING = range(2020, 2025)
AUTUMN_FACTOR = 1.15               # juveniles of the year join the autumn passage
NOISE_SIGMA = 0.12


def site_source(coord_source):
    return "Coordinates: %s. Site role and counts illustrative (Ecocorridor demo)." % coord_source


def stopover_dates(species, lat):
    """(month, day) of the spring and autumn counts; cranes pass later in spring further north."""
    if species == BFS:
        return (4, 5), (10, 20)
    if lat >= 46:
        return (4, 10), (9, 25)
    if lat >= 40:
        return (3, 25), (10, 10)
    return (3, 1), (10, 30)


def survey_dates(species, role, lat):
    if role == "wintering":
        return [("%d-01-15" % y, y, 1.0) for y in WINTERS]
    if role == "breeding":
        return [("%d-06-15" % y, y, 1.0) for y in BREEDING]
    (sm, sd), (am, ad) = stopover_dates(species, lat)
    spring = [("%d-%02d-%02d" % (y, sm, sd), y, 1.0) for y in SPRINGS]
    autumn = [("%d-%02d-%02d" % (y, am, ad), y, AUTUMN_FACTOR) for y in AUTUMNS]
    return sorted(spring + autumn)


def illustrative_count(base, trend, year, factor, rng):
    expected = base * (1.0 + trend) ** (year - 2022) * factor
    return max(0, int(round(expected * math.exp(rng.gauss(0.0, NOISE_SIGMA)))))


def main():
    sites = {s[0]: s for s in SITES}
    features = [({"site_code": code, "name": name, "country_iso3": iso3, "ramsar": ramsar,
                  "source": site_source(cite)}, Point(lon, lat))
                for code, name, iso3, lat, lon, ramsar, cite in SITES]
    write_feature_collection(data_path("vector", "flyway_sites.geojson"), features, 4, "flyway_sites")

    role_rows = sorted({(site, species, role) for site, species, role, _, _ in ROLES})
    write_csv(data_path("tables", "flyway_site_roles.csv"), ["site_code", "species_code", "role"], role_rows)

    count_rows = []
    for site, species, role, base, reference in ROLES:
        lat = sites[site][3]
        rng = random.Random(zlib.crc32(("%s|%s|%s" % (site, species, role)).encode("utf-8")))
        for date, year, factor in survey_dates(species, role, lat):
            count = illustrative_count(base, ANNUAL_TREND[species], year, factor, rng)
            count_rows.append((site, species, date, count, "Illustrative, scaled to " + reference))
    count_rows.sort(key=lambda r: (r[0], r[1], r[2]))
    write_csv(data_path("tables", "survey_counts.csv"),
              ["site_code", "species_code", "survey_date", "count", "source"], count_rows)


if __name__ == "__main__":
    main()
