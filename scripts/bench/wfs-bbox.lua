-- wrk script for scripts/bench/wfs: WFS 2.0.0 GetFeature (GeoJSON) for random small BBOXes inside the
-- benchmark layer's extent (lon 100..140, lat 30..50).
--
--   wrk ... -s scripts/bench/wfs-bbox.lua URL -- [LAYER] [SIZE_DEGREES]
--
-- LAYER defaults to bench_points, SIZE_DEGREES (the box's side) to 0.2: on the benchmark's
-- 0.02 x 0.04 degree point grid a box holds 10 x 5 = about 50 points. The BBOX is in
-- urn:ogc:def:crs:EPSG::4326, so WFS 2.0 reads it latitude first.
-- Each thread seeds its own generator from its index, so a run's URL sequence is repeatable.
-- At the end it prints the count of each HTTP status seen.

local layer, size
counts = {} -- global: done() reads it from each thread with thread:get
local threads = {}
local index = 0

function setup(thread)
  index = index + 1
  thread:set("thread_index", index)
  table.insert(threads, thread)
end

function init(args)
  layer = args[1] or "bench_points"
  size = tonumber(args[2] or "0.2")
  math.randomseed(2000 + (thread_index or 0))
end

function request()
  local lon = 100 + math.random() * (40 - size)
  local lat = 30 + math.random() * (20 - size)
  return wrk.format("GET", string.format(
    "/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=eco:%s&OUTPUTFORMAT=application/json"
      .. "&BBOX=%.5f,%.5f,%.5f,%.5f,urn:ogc:def:crs:EPSG::4326",
    layer, lat, lon, lat + size, lon + size))
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
