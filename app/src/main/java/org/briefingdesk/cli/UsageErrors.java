package org.briefingdesk.cli;

import java.util.List;
import java.util.stream.Collectors;
import org.briefingdesk.logic.i18n.Localization;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * picocli's parse errors in the user's language: a missing value, an unknown option (with picocli's
 * suggestions), an extra argument, options that exclude each other, a value of the wrong type. Text
 * that begins with a dash is taken for an option: the sentence says to put {@code --} before it.
 */
final class UsageErrors {
    private UsageErrors() {
    }

    /** One sentence (two with the dash hint) for what {@code e} found wrong in {@code args}. */
    static String sentence(ParameterException e, String[] args, Localization l10n) {
        String what = what(e, l10n);
        String dashed = dashedText(e, args);
        return dashed == null ? what
                : what + " " + l10n.get("cli.usage.dashHint", e.getCommandLine().getCommandName(), dashed);
    }

    private static String what(ParameterException e, Localization l10n) {
        if (e instanceof MissingParameterException missing) {
            return l10n.get("cli.usage.missing", names(missing.getMissing()));
        }
        if (e instanceof UnmatchedArgumentException unmatched) {
            String first = unmatched.getUnmatched().isEmpty() ? "" : unmatched.getUnmatched().get(0);
            if (!unmatched.isUnknownOption()) {
                return l10n.get("cli.usage.extra", first);
            }
            List<String> suggestions = unmatched.getSuggestions();
            return suggestions.isEmpty() ? l10n.get("cli.usage.unknownOption", first)
                    : l10n.get("cli.usage.unknownOptionSuggest", first, String.join(", ", suggestions));
        }
        if (e instanceof MutuallyExclusiveArgsException) {
            return l10n.get("cli.usage.exclusive", exclusiveNames(e.getMessage()));
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            String name = e.getArgSpec() instanceof OptionSpec option ? option.longestName() : name(e.getArgSpec());
            return l10n.get("cli.usage.badValue", e.getValue(), name);
        }
        return l10n.get("cli.usage.other", e.getMessage());
    }

    private static String names(List<ArgSpec> specs) {
        return specs.stream().map(UsageErrors::name).collect(Collectors.joining(", "));
    }

    private static String name(ArgSpec spec) {
        if (spec instanceof OptionSpec option) {
            return option.longestName() + (option.arity().max() > 0 ? " " + option.paramLabel() : "");
        }
        return ((PositionalParamSpec) spec).paramLabel();
    }

    /** "--person=NAME|ID, --country=CODE" out of picocli's "Error: … are mutually exclusive (…)". */
    private static String exclusiveNames(String message) {
        String names = message.replaceFirst("^Error: ", "");
        int end = names.indexOf(" are mutually exclusive");
        return end > 0 ? names.substring(0, end) : names;
    }

    /** An argument that looks like an option the command does not have, when the command takes text. */
    private static String dashedText(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        if (command.getCommandSpec().positionalParameters().isEmpty()) {
            return null;
        }
        for (String arg : args) {
            if (arg.startsWith("-") && !arg.equals("--") && arg.length() > 1
                    && command.getCommandSpec().findOption(arg.split("=", 2)[0]) == null
                    && command.getParent() != null
                    && command.getParent().getCommandSpec().findOption(arg.split("=", 2)[0]) == null
                    && !arg.startsWith("--")) {
                return arg;
            }
        }
        return null;
    }
}
