package io.newsradar.cli;

import picocli.CommandLine;

/** Version from the jar manifest (Implementation-Version), else "development build". */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[]{"newsradar " + (v == null ? "(development build)" : v),
                "Java " + Runtime.version() + ", Lucene " + org.apache.lucene.util.Version.LATEST};
    }
}
