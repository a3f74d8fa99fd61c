package org.quotestance.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The versions of QuoteStance and CoreNLP, from a resource Maven fills in at build time. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return new String[] {"quotestance " + p.getProperty("version", "(unknown version)"),
                "Stanford CoreNLP " + p.getProperty("corenlp", "(unknown version)") + ", Java " + System.getProperty("java.version")};
    }
}
