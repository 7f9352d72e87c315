package latentlab.cli;

import picocli.CommandLine;

/** The version from the jar's manifest, or "development" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = LatentLabCommand.class.getPackage().getImplementationVersion();
        return new String[] {"LatentLab " + (v == null ? "development build" : v)};
    }
}
