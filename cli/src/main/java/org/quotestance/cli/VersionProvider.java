package org.quotestance.cli;

import picocli.CommandLine;

/** The version from the jar manifest, or "development" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String v = QuoteStanceCli.class.getPackage().getImplementationVersion();
        return new String[] {"quotestance " + (v == null ? "development" : v)};
    }
}
