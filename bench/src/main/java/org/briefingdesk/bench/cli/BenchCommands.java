package org.briefingdesk.bench.cli;

import org.briefingdesk.cli.CliExtension;
import org.briefingdesk.cli.UsageTexts;
import org.briefingdesk.logic.i18n.Localization;
import picocli.CommandLine;

/** Adds {@code bench generate|search|start|scale} and {@code bench-briefing} to the application's command line. */
public final class BenchCommands implements CliExtension {
    @Override
    public String bundle() {
        return "i18n.bench";
    }

    @Override
    public void register(CommandLine root, Localization l10n) {
        root.addSubcommand(new CommandLine(new BenchCommand()));
        root.addSubcommand(new CommandLine(new BriefingBenchCommand()));
        UsageTexts.describe(root, "bench", l10n.get("bench.description"), l10n);
        CommandLine bench = root.getSubcommands().get("bench");
        UsageTexts.describe(bench, "generate", l10n.get("bench.generate.description"), l10n);
        UsageTexts.describe(bench, "search", l10n.get("bench.search.description"), l10n);
        UsageTexts.describe(bench, "server", l10n.get("bench.server.description"), l10n);
        UsageTexts.describe(bench, "draft", l10n.get("bench.draft.description"), l10n);
        UsageTexts.describe(bench, "exchange", l10n.get("bench.exchange.description"), l10n);
        UsageTexts.describe(bench, "start", l10n.get("bench.start.description"), l10n);
        UsageTexts.describe(bench, "scale", l10n.get("bench.scale.description"), l10n);
        UsageTexts.describe(root, "bench-briefing", l10n.get("bench.briefing.description"), l10n);
    }
}
