package org.briefingdesk.cli;

import org.briefingdesk.logic.i18n.Localization;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/** Puts the bundle's words into picocli's help: headings and each command's description. */
public final class UsageTexts {
    private UsageTexts() {
    }

    static void localize(CommandLine root, Localization l10n) {
        headings(root.getCommandSpec().usageMessage(), l10n).description(l10n.get("cli.description"));
        describe(root, "init", l10n.get("cli.init.description"), l10n);
        describe(root, "sample", l10n.get("cli.sample.description"), l10n);
        describe(root, "stats", l10n.get("cli.stats.description"), l10n);
        describe(root, "show", l10n.get("cli.show.description"), l10n);
        describe(root, "search", l10n.get("cli.search.description"), l10n);
        describe(root, "draft", l10n.get("cli.draft.description"), l10n);
        describe(root, "briefing", l10n.get("cli.briefing.description"), l10n);
        describe(root, "backup", l10n.get("cli.backup.description"), l10n);
        describe(root, "restore", l10n.get("cli.restore.description"), l10n);
        describe(root, "check", l10n.get("cli.check.description"), l10n);
        describe(root, "server", l10n.get("cli.server.description"), l10n);
        CommandLine server = root.getSubcommands().get("server");
        describe(server, "init", l10n.get("cli.server.init.description"), l10n);
        describe(server, "grant", l10n.get("cli.server.grant.description"), l10n);
        describe(server, "push", l10n.get("cli.server.push.description"), l10n);
        describe(root, "export", l10n.get("cli.export.description"), l10n);
        describe(root, "import", l10n.get("cli.import.description"), l10n);
    }

    /** Gives a command added by an extension the same headings and its description. */
    public static void describe(CommandLine root, String command, String description, Localization l10n) {
        headings(root.getSubcommands().get(command).getCommandSpec().usageMessage(), l10n).description(description);
    }

    private static UsageMessageSpec headings(UsageMessageSpec usage, Localization l10n) {
        return usage.synopsisHeading(l10n.get("cli.usage.synopsis"))
                .commandListHeading(l10n.get("cli.usage.commands"))
                .optionListHeading(l10n.get("cli.usage.options"))
                .parameterListHeading(l10n.get("cli.usage.parameters"));
    }
}
