"""Georeferencing of the two demo land-cover rasters (square cells, north-up, metres).

amur:  EPSG:32652 (UTM 52N), covers 129.3-132.5E, 42.2-45.0N (Primorye-Jilin-Tumen), 500 m cells.
altai: EPSG:32646 (UTM 46N), covers 87-93E, 48.5-51.5N (Altai-Sayan), 500 m cells.
Each grid is the lon/lat box projected, bounded and snapped outwards to whole cells.
"""
from collections import namedtuple

from shapely.geometry import Polygon

from common import to_lonlat

Grid = namedtuple("Grid", "name epsg west north cell width height")

GRIDS = {
    "amur": Grid("landcover_amur", 32652, 523000.0, 4989000.0, 500.0, 532, 634),
    "altai": Grid("landcover_altai", 32646, 56000.0, 5723000.0, 500.0, 888, 703),
}


def geotransform(grid):
    return (grid.west, grid.cell, 0.0, grid.north, 0.0, -grid.cell)


def bounds(grid):
    """(west, south, east, north) in the grid's CRS, metres."""
    return (grid.west, grid.north - grid.height * grid.cell,
            grid.west + grid.width * grid.cell, grid.north)


def footprint_lonlat(grid, inset_cells=0):
    """The grid rectangle (optionally shrunk by whole cells), densified and returned in lon/lat."""
    w, s, e, n = bounds(grid)
    d = inset_cells * grid.cell
    west, south, east, north = w + d, s + d, e - d, n - d
    corners = [(west, north), (east, north), (east, south), (west, south), (west, north)]
    pts = []
    for (x0, y0), (x1, y1) in zip(corners[:-1], corners[1:]):
        steps = max(1, int(max(abs(x1 - x0), abs(y1 - y0)) / 2000.0))
        pts.extend((x0 + (x1 - x0) * i / steps, y0 + (y1 - y0) * i / steps) for i in range(steps))
    return to_lonlat(Polygon(pts), epsg=grid.epsg)
