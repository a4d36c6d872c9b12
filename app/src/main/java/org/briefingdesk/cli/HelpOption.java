package org.briefingdesk.cli;

import picocli.CommandLine.Option;

/** {@code -h/--help} for every sub-command. */
public final class HelpOption {
    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "cli.option.help")
    private boolean help;
}
