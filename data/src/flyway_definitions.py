"""Flyway sites (coordinates are facts, cited per site), their roles per species, and the
baseline numbers the illustrative survey counts are scaled from.

Coordinates marked "approximate" are the project's best placement of a well-known site and should
be verified against Ramsar RIS / Wikidata before any analytical use.
"""

REF_SITES = "reference compilation key_sites_neasia.csv"

# code, name, country_iso3, lat, lon, ramsar, coordinate source
SITES = [
    ("MURAVIOVKA", "Muraviovka Park", "RUS", 49.8397, 127.7269, True,
     "ru.wikipedia 'Муравьёвский парк' (49°50′23″N 127°43′37″E); within the Zeya-Bureya Plains Ramsar area"),
    ("KHINGANSKY", "Khingansky Nature Reserve (Khingan-Arkhara Lowland)", "RUS", 49.20, 130.40, True,
     "approximate (lowland section of Khingansky zapovednik); Ramsar site Khingano-Arkharinskaya Lowland"),
    ("BIKIN", "Upper Bikin larch bogs (Bikin National Park)", "RUS", 46.65, 135.30, False,
     "approximate (Bikin National Park, Primorsky Krai)"),
    ("KHANKA", "Lake Khanka (Khankaisky Nature Reserve)", "RUS", 45.0000, 132.4170, True,
     "Wikipedia 'Lake Khanka' (45°0′N 132°25′E); Ramsar site Lake Khanka"),
    ("TOREY", "Torey Lakes (Daursky Nature Reserve)", "RUS", 50.0830, 115.6670, True,
     "amurinfocenter.org publication 9592 (50°05′N 115°40′E); Ramsar site Torey Lakes"),
    ("HULUN", "Hulun Nuur (Dalai Lake National Nature Reserve)", "CHN", 48.9608, 117.4007, True,
     "representative point of Natural Earth 10m lake 'Hulun Nuur' (public domain); Ramsar site Dalai Lake"),
    ("KHURKH", "Khurkh-Khuiten River Valleys", "MNG", 48.30, 110.48, False,
     "approximate: Khurkh research station 360 km NE of Ulaanbaatar (wscc.org.mn/p/59)"),
    ("ZHALONG", "Zhalong National Nature Reserve", "CHN", 47.20, 124.23, True,
     "approximate (Zhalong reserve near Qiqihar); Ramsar site Zhalong"),
    ("MOMOGE", "Momoge National Nature Reserve", "CHN", 45.95, 123.70, True,
     "approximate (Momoge reserve, Zhenlai county, Jilin); Ramsar site Momoge"),
    ("XIANGHAI", "Xianghai National Nature Reserve", "CHN", 44.95, 122.40, True,
     "approximate (Xianghai reserve, Tongyu county, Jilin); Ramsar site Xianghai"),
    ("RASON", "Rason Migratory Bird Reserve (Tumen estuary lagoons)", "PRK", 42.33, 130.57, True,
     "approximate (kcna.co.jp 2014-05-26; 32 km2 lagoons at the Tumen mouth); Ramsar 2018"),
    ("MUNDOK", "Mundok Migratory Bird Reserve (Chongchon estuary)", "PRK", 39.55, 125.33, True,
     "approximate (kkfonline.com 2020-08-18); Ramsar 2018"),
    ("CHEORWON", "Cheorwon Plain", "KOR", 38.21, 127.22, False,
     "approximate (crane wintering plain in the Civilian Control Zone south of the DMZ)"),
    ("HAN_ESTUARY", "Han River Estuary (Janghang Wetland)", "KOR", 37.64, 126.77, True,
     "approximate (Janghang wetland, Goyang); Ramsar site Janghang Wetland (2021)"),
    ("SONGDO", "Songdo Tidal Flat and Namdong Reservoir (Incheon)", "KOR", 37.37, 126.64, True,
     "approximate (Songdo tidal flat, Incheon); Ramsar site Songdo Tidal Flat (2014)"),
    ("CHEONSU", "Cheonsu Bay (Seosan reclaimed fields)", "KOR", 36.62, 126.40, False,
     "approximate (Seosan A/B reclaimed fields, Cheonsu Bay)"),
    ("HAEPYEONG", "Gumi Haepyeong Wetland (Nakdong River)", "KOR", 36.20, 128.35, False,
     "approximate (Haepyeong wetland on the Nakdong, Gumi)"),
    ("SUNCHEON", "Suncheon Bay", "KOR", 34.8000, 127.4000, True,
     "Ramsar RIS 1594 (34°48′N 127°24′E)"),
    ("JEJU_HADO", "Hado-ri coast (Jeju)", "KOR", 33.51, 126.89, False,
     "approximate (Hado-ri bird sanctuary, Gujwa-eup, Jeju)"),
    ("YELLOW_RIVER_DELTA", "Yellow River Delta National Nature Reserve", "CHN", 37.77, 119.15, True,
     "approximate (Yellow River Delta reserve, Dongying); Ramsar site Yellow River Delta (2013)"),
    ("YANCHENG", "Yancheng National Nature Reserve", "CHN", 33.60, 120.50, True,
     "approximate (Yancheng coastal wetlands, Jiangsu); Ramsar site Dafeng/Yancheng (2002)"),
    ("CHONGMING", "Chongming Dongtan Nature Reserve", "CHN", 31.6330, 121.9670, True,
     "ramsar.org news 'China names 14 new Ramsar sites' (31°38′N 121°58′E)"),
    ("SHENGJIN", "Shengjin Lake National Nature Reserve", "CHN", 30.36, 117.03, True,
     "approximate (Shengjin Lake, Chizhou, Anhui); Ramsar site Shengjin Lake (2015)"),
    ("POYANG", "Poyang Lake - Nanji Wetland National Nature Reserve", "CHN", 29.0000, 116.2830, True,
     "Ramsar RIS 2431 (29°00′N 116°17′E)"),
    ("HAIFENG", "Haifeng Wetlands (Guangdong)", "CHN", 22.95, 115.35, True,
     "approximate (Haifeng wetlands, Shanwei); Ramsar site Haifeng Wetlands (2008)"),
    ("MAIPO", "Mai Po Marshes and Inner Deep Bay", "HKG", 22.4889, 114.0289, True,
     "Ramsar RIS 750 (22°29′20″N 114°01′44″E)"),
    ("TAINAN", "Zengwen River Mouth, Qigu (Tainan)", "TWN", 23.05, 120.06, False,
     "approximate (Zengwen estuary north bank refuge, Taijiang National Park; forest.gov.tw/en/0007990)"),
    ("IZUMI", "Izumi crane wintering grounds", "JPN", 32.1000, 130.2670, True,
     "Ramsar RIS 2462 (32°06′N 130°16′E)"),
    ("ARAO", "Arao Tidal Flat (Ariake Sea)", "JPN", 32.97, 130.43, True,
     "approximate (Arao-higata, Kumamoto); Ramsar site Arao-higata (2012)"),
]

BFS = "black_faced_spoonbill"
WNC = "white_naped_crane"
HC = "hooded_crane"

BFS_CENSUS = ("International Black-faced Spoonbill Census (HKBWS/EAAFP): global 5,222 (2021), 6,162 (2022), "
              "6,988 (2024), 7,081 (2025)")
WNC_POP = "BirdLife datazone White-naped Crane factsheet (global about 6,250-6,750 individuals)"
HC_POP = "BirdLife datazone Hooded Crane factsheet (global 14,000-16,000 in 2014/15)"

# site, species, role, baseline count (per survey, year 2022), scaling reference.
ROLES = [
    ("MURAVIOVKA", WNC, "breeding", 25, "savingcranes.org (5-11 White-naped pairs annually)"),
    ("MURAVIOVKA", HC, "stopover", 500, "Smirenski interim report (about 500 Hooded Cranes, spring 2006)"),
    ("KHINGANSKY", HC, "breeding", 20, HC_POP),
    ("KHINGANSKY", WNC, "breeding", 30, WNC_POP),
    ("BIKIN", HC, "breeding", 15, HC_POP),
    ("KHANKA", WNC, "breeding", 40, WNC_POP),
    ("KHANKA", HC, "stopover", 150, HC_POP),
    ("TOREY", WNC, "breeding", 120, WNC_POP),
    ("TOREY", HC, "stopover", 150, "nature.chita.ru via reference compilation (Hooded Crane subadults summer)"),
    ("HULUN", WNC, "breeding", 60, WNC_POP),
    ("HULUN", HC, "stopover", 200, HC_POP),
    ("KHURKH", WNC, "breeding", 200, WNC_POP),
    ("KHURKH", HC, "stopover", 100, HC_POP),
    ("ZHALONG", WNC, "breeding", 50, WNC_POP),
    ("ZHALONG", HC, "stopover", 120, HC_POP),
    ("MOMOGE", WNC, "stopover", 400, WNC_POP),
    ("MOMOGE", HC, "stopover", 300, HC_POP),
    ("XIANGHAI", WNC, "breeding", 20, WNC_POP),
    ("RASON", HC, "stopover", 120, HC_POP),
    ("RASON", WNC, "stopover", 100, WNC_POP),
    ("MUNDOK", HC, "stopover", 400, HC_POP),
    ("MUNDOK", WNC, "stopover", 300, WNC_POP),
    ("MUNDOK", BFS, "stopover", 40, BFS_CENSUS),
    ("CHEORWON", WNC, "wintering", 4200,
     "panorama.solutions (2,766 in Jan 2017) and koreaherald.com 2022-01-06 (about 5,000 in Jan 2022)"),
    ("CHEORWON", WNC, "stopover", 4000, "eaaflyway.net northbound-crane-migration (3,984 on one day)"),
    ("CHEORWON", HC, "stopover", 400, HC_POP),
    ("HAN_ESTUARY", BFS, "breeding", 150, BFS_CENSUS),
    ("HAN_ESTUARY", WNC, "stopover", 300, "eaaflyway.net northbound-crane-migration (Gimpo/Goyang counts)"),
    ("SONGDO", BFS, "breeding", 400, BFS_CENSUS),
    ("SONGDO", BFS, "stopover", 500, BFS_CENSUS),
    ("CHEONSU", HC, "stopover", 2000, HC_POP),
    ("CHEONSU", WNC, "stopover", 500, WNC_POP),
    ("HAEPYEONG", WNC, "stopover", 1500, WNC_POP),
    ("HAEPYEONG", HC, "stopover", 300, HC_POP),
    ("SUNCHEON", HC, "wintering", 1600, "eaaflyway.net northbound-crane-migration (675 Hooded Cranes on one day)"),
    ("SUNCHEON", BFS, "stopover", 20, BFS_CENSUS),
    ("JEJU_HADO", BFS, "wintering", 40, BFS_CENSUS + "; Republic of Korea 52 in Jan 2025"),
    ("YELLOW_RIVER_DELTA", WNC, "stopover", 250, WNC_POP),
    ("YELLOW_RIVER_DELTA", HC, "stopover", 150, HC_POP),
    ("YELLOW_RIVER_DELTA", BFS, "stopover", 80, BFS_CENSUS),
    ("YANCHENG", BFS, "stopover", 120, BFS_CENSUS),
    ("CHONGMING", HC, "wintering", 90, "piglix.com Hooded crane (about 100 winter at Chongming Dongtan)"),
    ("CHONGMING", BFS, "stopover", 60, BFS_CENSUS),
    ("SHENGJIN", HC, "wintering", 350, "BirdLife datazone Hooded Crane factsheet (China 1,050-1,150 in 2012)"),
    ("POYANG", WNC, "wintering", 800, "mbcc.mn via reference compilation (western population winters at Poyang); "
     + WNC_POP),
    ("HAIFENG", BFS, "wintering", 140, "eaaflyway.net BFS census 2014 (Haifeng 128)"),
    ("MAIPO", BFS, "wintering", 360, BFS_CENSUS + "; Deep Bay 328 in Jan 2025"),
    ("TAINAN", BFS, "wintering", 2600, BFS_CENSUS + "; Tainan 2,439 in Jan 2025"),
    ("IZUMI", HC, "wintering", 12500, "citizen.co.jp crane counts (13,521 cranes in 2000) and " + HC_POP),
    ("IZUMI", WNC, "wintering", 1300, "eaaflyway.net northbound-crane-migration (4,121 White-naped left Kagoshima)"),
    ("ARAO", BFS, "wintering", 70, BFS_CENSUS + "; Japan 716 in Jan 2025"),
]

# Relative annual change used to spread the baseline over the survey years (illustrative).
ANNUAL_TREND = {BFS: 0.06, WNC: -0.01, HC: 0.02}
