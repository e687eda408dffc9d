package org.ecocorridor.server;

public final class EcocorridorMain {
    private EcocorridorMain() {}
    public static void main(String[] args) {
    }
}
