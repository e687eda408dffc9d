package org.ecocorridor.connectivity.costdistance;

/**
 * Back-direction codes: for every reached cell, the move that leads one step back towards the
 * nearest source along the least-cost path.
 *
 * <table>
 *   <caption>Codes (row offset, column offset); rows grow southwards, columns eastwards</caption>
 *   <tr><th>code</th><th>direction</th><th>(Δrow, Δcol)</th></tr>
 *   <tr><td>−1</td><td>not reached (NoData or beyond the maximum cost)</td><td></td></tr>
 *   <tr><td>0</td><td>source cell</td><td></td></tr>
 *   <tr><td>1 … 8</td><td>E, SE, S, SW, W, NW, N, NE</td><td>(0,1) (1,1) (1,0) (1,−1) (0,−1) (−1,−1) (−1,0) (−1,1)</td></tr>
 *   <tr><td>9 … 16</td><td>knight's moves, clockwise from east-south-east</td>
 *       <td>(1,2) (2,1) (2,−1) (1,−2) (−1,−2) (−2,−1) (−2,1) (−1,2)</td></tr>
 * </table>
 * Codes 1–8 are those of the ArcGIS "back direction" (backlink) raster; 9–16 are Ecocorridor's.
 *
 * <p>Thread-safe: constants only.
 */
public final class BackDirection {
    /** Not reached: NoData, or beyond the maximum cost. */
    public static final int UNREACHED = -1;
    /** A source cell. */
    public static final int SOURCE = 0;
    /** Codes of the queen's moves. */
    public static final int EAST = 1;
    public static final int SOUTH_EAST = 2;
    public static final int SOUTH = 3;
    public static final int SOUTH_WEST = 4;
    public static final int WEST = 5;
    public static final int NORTH_WEST = 6;
    public static final int NORTH = 7;
    public static final int NORTH_EAST = 8;

    private static final int[] ROW = {0, 0, 1, 1, 1, 0, -1, -1, -1, 1, 2, 2, 1, -1, -2, -2, -1};
    private static final int[] COL = {0, 1, 1, 0, -1, -1, -1, 0, 1, 2, 1, -1, -2, -2, -1, 1, 2};

    private BackDirection() {
    }

    /** Row offset of a move code 1–16. */
    public static int rowOffset(int code) {
        check(code);
        return ROW[code];
    }

    /** Column offset of a move code 1–16. */
    public static int colOffset(int code) {
        check(code);
        return COL[code];
    }

    /** The code of the opposite move. */
    public static int reverse(int code) {
        check(code);
        return code <= 8 ? (code + 3) % 8 + 1 : (code - 9 + 4) % 8 + 9;
    }

    /** The code (1–16) of a move (Δrow, Δcol), or −1 if it is not one of the 16 moves. */
    public static int codeOf(int rowOffset, int colOffset) {
        for (int c = 1; c <= 16; c++) {
            if (ROW[c] == rowOffset && COL[c] == colOffset) {
                return c;
            }
        }
        return -1;
    }

    private static void check(int code) {
        if (code < 1 || code > 16) {
            throw new IllegalArgumentException("Move code must be in 1..16, got " + code);
        }
    }
}
