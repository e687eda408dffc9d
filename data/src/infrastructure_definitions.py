"""Demo infrastructure near the big-cat area and some flyway sites (lon, lat).

Names of real structures are given where known; routes, positions and figures are approximate and
illustrative. Features named "(hypothetical)" are invented scenarios for conflict analysis.
"""

APPROX = ("Real structure under its usual name; position/route approximate, drawn by the Ecocorridor project; "
          "figures illustrative")
DESCR = ("Descriptive name for a structure of this kind in this area; position/route approximate, drawn by the "
         "Ecocorridor project; figures illustrative")
HYPO = "Hypothetical scenario feature invented by the Ecocorridor project for conflict analysis"

WIND_FARMS = [
    # name, iso3, lat, lon, capacity_mw, turbines, status, source
    ("Nagashima wind farm (near Izumi)", "JPN", 32.19, 130.14, 50.4, 21, "operational", APPROX),
    ("Tamra Offshore Wind Farm", "KOR", 33.35, 126.17, 30.0, 10, "operational", APPROX),
    ("Haengwon Wind Farm (near Hado-ri)", "KOR", 33.55, 126.80, 9.8, 15, "operational", APPROX),
    ("Southwest Offshore Wind demonstration (Gochang-Buan)", "KOR", 35.50, 126.42, 60.0, 20, "operational",
     APPROX),
    ("Tongyu wind farm cluster (near Xianghai)", "CHN", 44.78, 122.75, 400.0, 267, "operational", DESCR),
    ("Dafeng coastal wind farm (Yancheng)", "CHN", 33.20, 120.75, 200.0, 100, "operational", DESCR),
    ("Rudong intertidal wind farm", "CHN", 32.50, 121.30, 150.0, 75, "operational", APPROX),
    ("Manzhouli wind farm (near Hulun Nuur)", "CHN", 49.55, 117.55, 100.0, 66, "operational", DESCR),
    ("Salkhit Wind Farm", "MNG", 47.75, 107.38, 50.0, 31, "operational", APPROX),
    ("Poyang Lake north-shore wind farm (hypothetical)", "CHN", 29.30, 116.25, 50.0, 25, "proposed", HYPO),
    ("Khanka plain wind farm (hypothetical)", "RUS", 44.72, 131.80, 100.0, 40, "proposed", HYPO),
    ("Hunchun ridge wind farm (hypothetical)", "CHN", 43.05, 130.55, 48.0, 24, "proposed", HYPO),
]

POWER_LINES = [
    # name, iso3, voltage_kv, status, source, [(lon, lat), ...]
    ("500 kV Primorskaya GRES - Vladivostok trunk line", "RUS", 500, "operational", DESCR,
     [(134.30, 46.45), (133.75, 45.90), (133.20, 45.30), (132.80, 44.60), (132.55, 44.10), (132.30, 43.60),
      (132.19, 43.36), (131.95, 43.20)]),
    ("220 kV Razdolnoye - Khasan line", "RUS", 220, "operational", DESCR,
     [(131.91, 43.54), (131.70, 43.35), (131.49, 43.19), (131.38, 42.90), (131.10, 42.70), (130.80, 42.71),
      (130.64, 42.45)]),
    ("220 kV Yanji - Hunchun line", "CHN", 220, "operational", DESCR,
     [(129.51, 42.90), (129.84, 42.97), (130.10, 42.95), (130.36, 42.87)]),
    ("345 kV Cheorwon - Yangju line", "KOR", 345, "operational", DESCR,
     [(127.22, 38.22), (127.15, 38.05), (127.05, 37.85), (127.05, 37.78)]),
    ("500 kV Yancheng coastal wind export line", "CHN", 500, "operational", DESCR,
     [(120.75, 33.20), (120.40, 33.35), (120.15, 33.38)]),
    ("500 kV Poyang Lake crossing", "CHN", 500, "operational", DESCR,
     [(116.00, 29.70), (116.10, 29.45), (116.20, 29.20), (116.35, 28.90)]),
    ("66 kV Izumi plain distribution line", "JPN", 66, "operational", DESCR,
     [(130.20, 32.08), (130.27, 32.11), (130.34, 32.12)]),
    ("110 kV Chadan - Ulaangom - Olgii line", "MNG", 110, "operational", DESCR,
     [(92.05, 50.70), (92.07, 49.98), (91.30, 49.80), (90.80, 49.55), (90.40, 49.25), (89.97, 48.97)]),
    ("110 kV Aktash - Kosh-Agach line", "RUS", 110, "operational", DESCR,
     [(87.61, 50.30), (87.95, 50.22), (88.30, 50.10), (88.67, 50.00)]),
]

ROADS = [
    ("A189 Razdolnoye - Khasan highway", "RUS", "operational", APPROX,
     [(131.91, 43.54), (131.75, 43.40), (131.49, 43.19), (131.42, 43.05), (131.38, 42.86), (131.20, 42.75),
      (131.08, 42.66), (130.80, 42.71), (130.72, 42.60), (130.64, 42.43)]),
    ("A370 Ussuri highway (Vladivostok - Ussuriysk - Spassk-Dalny)", "RUS", "operational", APPROX,
     [(131.90, 43.13), (132.00, 43.35), (131.98, 43.60), (131.95, 43.80), (132.20, 44.10), (132.55, 44.35),
      (132.82, 44.60), (133.10, 45.00), (133.40, 45.48)]),
    ("A184 Ussuriysk - Pogranichny road", "RUS", "operational", APPROX,
     [(131.95, 43.80), (131.75, 44.00), (131.55, 44.25), (131.38, 44.41)]),
    ("G12 Hunchun - Yanji expressway", "CHN", "operational", APPROX,
     [(130.36, 42.87), (130.10, 42.95), (129.84, 42.97), (129.65, 42.92), (129.51, 42.90), (129.30, 42.85)]),
    ("Hunchun - Quanhe port road", "CHN", "operational", DESCR,
     [(130.36, 42.87), (130.42, 42.75), (130.47, 42.63)]),
    ("G331 border highway (Wangqing - Dongning)", "CHN", "operational", APPROX,
     [(129.76, 43.31), (130.20, 43.55), (130.70, 43.80), (131.12, 44.06)]),
    ("Rason - Wonjong road", "PRK", "operational", DESCR,
     [(130.30, 42.25), (130.40, 42.34), (130.47, 42.44)]),
    ("R256 Chuya highway (Aktash - Kosh-Agach - Tashanta)", "RUS", "operational", APPROX,
     [(87.61, 50.30), (87.95, 50.22), (88.30, 50.10), (88.67, 50.00), (88.95, 49.85), (89.19, 49.72)]),
    ("Tsagaannuur - Olgii road (AH4)", "MNG", "operational", APPROX,
     [(89.21, 49.70), (89.60, 49.55), (89.77, 49.53), (89.97, 48.97)]),
    ("Olgii - Ulaangom road", "MNG", "operational", DESCR,
     [(89.97, 48.97), (90.40, 49.25), (90.80, 49.55), (91.30, 49.80), (92.07, 49.98)]),
    ("Ulaangom - Borshoo road", "MNG", "operational", DESCR,
     [(92.07, 49.98), (92.10, 50.40), (92.08, 50.62)]),
    ("Khandagaity - Chadan road", "RUS", "operational", DESCR,
     [(92.06, 50.76), (91.80, 51.05), (91.58, 51.28)]),
    ("Cheorwon crane plain road", "KOR", "operational", DESCR,
     [(127.10, 38.13), (127.22, 38.21), (127.30, 38.25)]),
]

RAILWAYS = [
    ("Baranovsky - Khasan railway", "RUS", "operational", APPROX,
     [(131.98, 43.72), (131.91, 43.54), (131.70, 43.35), (131.49, 43.19), (131.38, 42.90), (131.08, 42.68),
      (130.80, 42.71), (130.64, 42.43)]),
    ("Trans-Siberian Railway (Spassk-Dalny - Vladivostok section)", "RUS", "operational", APPROX,
     [(132.82, 44.60), (132.45, 44.30), (132.15, 44.05), (131.95, 43.80), (131.98, 43.72), (131.97, 43.40),
      (132.05, 43.30), (131.89, 43.12)]),
    ("Ussuriysk - Grodekovo railway", "RUS", "operational", APPROX,
     [(131.95, 43.80), (131.70, 44.05), (131.45, 44.30), (131.35, 44.40)]),
    ("Hunchun - Makhalino railway", "CHN", "operational", APPROX,
     [(130.36, 42.87), (130.55, 42.86), (130.75, 42.84), (130.95, 42.75)]),
    ("Changchun - Hunchun high-speed railway (Yanji - Hunchun section)", "CHN", "operational", APPROX,
     [(129.30, 42.88), (129.51, 42.92), (129.84, 42.99), (130.10, 42.97), (130.36, 42.88)]),
    ("Tumangang - Rajin railway", "PRK", "operational", APPROX,
     [(130.60, 42.42), (130.45, 42.33), (130.30, 42.25)]),
]

# name, iso3, (country a, country b) whose shared border is followed, lon/lat window, status
BORDER_FENCES = [
    ("Russia - China border fence (Primorye section)", "RUS", ("CHN", "RUS"), (129.0, 42.4, 132.0, 44.5)),
    ("China - DPRK border fence (Tumen section)", "CHN", ("CHN", "PRK"), (129.3, 42.2, 131.0, 43.1)),
    ("Russia - DPRK border fence (lower Tumen)", "RUS", ("PRK", "RUS"), (130.0, 42.0, 131.0, 43.0)),
    ("Korean DMZ fence (Cheorwon section, along the Military Demarcation Line)", "KOR", ("KOR", "PRK"),
     (126.9, 37.9, 127.6, 38.6)),
    ("Russia - Mongolia border fence (Dauria section)", "RUS", ("MNG", "RUS"), (115.0, 49.0, 117.0, 51.0)),
]
HAN_ESTUARY_FENCE = ("Han River estuary military fence (Gimpo riverbank)", "KOR", "operational", APPROX,
                     [(126.80, 37.62), (126.72, 37.66), (126.65, 37.70), (126.58, 37.73), (126.52, 37.75)])

DAMS = [
    # name, iso3, lat, lon, capacity_mw, status, source
    ("Zeya Dam (Zeya hydroelectric station)", "RUS", 53.77, 127.30, 1330.0, "operational", APPROX),
    ("Bureya Dam (Bureya hydroelectric station)", "RUS", 50.25, 130.28, 2010.0, "operational", APPROX),
    ("Hantan River Dam (flood control, near Cheorwon)", "KOR", 38.08, 127.12, None, "operational", APPROX),
    ("Poyang Lake Hydraulic Project (outlet sluice)", "CHN", 29.45, 116.10, None, "proposed", APPROX),
]
