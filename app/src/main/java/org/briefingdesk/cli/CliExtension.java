package org.briefingdesk.cli;

import org.briefingdesk.logic.i18n.Localization;
import picocli.CommandLine;

/**
 * Commands that tools outside the application add to its command line (the benchmarks, which do not ship
 * in the application jar). Called once the application's own commands and texts are in place.
 */
public interface CliExtension {
    /** The base name of the extension's own bundle, layered over the application's for the whole run. */
    String bundle();

    /** Adds the commands to {@code root}; {@code l10n} speaks the extension's bundle and the application's. */
    void register(CommandLine root, Localization l10n);
}
