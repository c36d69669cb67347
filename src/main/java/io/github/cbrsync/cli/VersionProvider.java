package io.github.cbrsync.cli;

import io.github.cbrsync.domain.ProductInfo;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the app's version, as the window's About box shows it. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"cbr-sync " + ProductInfo.version()};
    }
}
