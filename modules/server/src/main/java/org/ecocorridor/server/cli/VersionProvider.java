package org.ecocorridor.server.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest (Implementation-Version), "development" when run from classes. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"ecocorridor " + (v == null ? "development" : v)};
    }
}
