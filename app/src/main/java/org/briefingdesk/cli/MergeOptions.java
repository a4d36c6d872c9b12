package org.briefingdesk.cli;

import picocli.CommandLine.Option;

/** The options of a merge that {@code import} and {@code server push} share. */
final class MergeOptions {
    @Option(names = "--dry-run", descriptionKey = "cli.import.dryRun")
    boolean dryRun;

    @Option(names = "--on-conflict", paramLabel = "ask|ours|theirs|both", descriptionKey = "cli.import.onConflict")
    String onConflict = "ask";

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;
}
