-- wrk script for scripts/bench/wms: random 256 x 256 EPSG:3857 tiles at zooms 5-8 inside the
-- benchmark layer's extent (lon 120..140, lat 38..50), as WMS GetMap or XYZ requests.
--
--   wrk ... -s scripts/bench/wms-tiles.lua URL -- MODE [PATH] [LAYER]
--
-- MODE: wms  (GetMap 1.3.0 with the tile's BBOX and a random &_=N cache-buster)
--       xyz  (PATH/LAYER/z/x/y.png, XYZ tiles, cache-friendly)
-- PATH is the WMS endpoint path (default /wms) or the tiles root (default /tiles).
-- Each thread seeds its own generator from its index, so a run's URL sequence is repeatable.
-- At the end it prints the count of each HTTP status seen.

local HALF = 20037508.342789244 -- half the Web Mercator world width in metres (pi * 6378137)
local mode, path, layer
counts = {} -- global: done() reads it from each thread with thread:get
local threads = {}
local index = 0

function setup(thread)
  index = index + 1
  thread:set("thread_index", index)
  table.insert(threads, thread)
end

function init(args)
  mode = args[1] or "wms"
  path = args[2] or (mode == "xyz" and "/tiles" or "/wms")
  layer = args[3] or "bench_polygons"
  math.randomseed(1000 + (thread_index or 0))
end

-- Tile column/row of a lon/lat at zoom z (x from the west, y from the north).
local function tile_of(lon, lat, z)
  local n = 2 ^ z
  local x = math.floor((lon + 180) / 360 * n)
  local r = math.rad(lat)
  local y = math.floor((1 - math.log(math.tan(r) + 1 / math.cos(r)) / math.pi) / 2 * n)
  return x, y
end

local function random_tile()
  local z = math.random(5, 8)
  local x0, y0 = tile_of(120, 50, z)
  local x1, y1 = tile_of(140, 38, z)
  return z, math.random(x0, x1), math.random(y0, y1)
end

function request()
  local z, x, y = random_tile()
  if mode == "xyz" then
    return wrk.format("GET", string.format("%s/%s/%d/%d/%d.png", path, layer, z, x, y))
  end
  local size = 2 * HALF / 2 ^ z
  local minx, maxy = -HALF + x * size, HALF - y * size
  return wrk.format("GET", string.format(
    "%s?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=%s&STYLES=&CRS=EPSG:3857"
      .. "&BBOX=%.3f,%.3f,%.3f,%.3f&WIDTH=256&HEIGHT=256&FORMAT=image/png&TRANSPARENT=TRUE&_=%d",
    path, layer, minx, maxy - size, minx + size, maxy, math.random(1, 1000000000)))
end

function response(status, headers, body)
  counts[status] = (counts[status] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("counts") or {}) do
      total[status] = (total[status] or 0) + n
    end
  end
  local line = "status counts:"
  for status, n in pairs(total) do
    line = line .. string.format(" %s=%d", status, n)
  end
  print(line)
end
