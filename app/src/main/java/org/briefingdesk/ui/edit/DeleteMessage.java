package org.briefingdesk.ui.edit;

import java.util.List;
import java.util.stream.Collectors;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.records.IncomingLink;
import org.briefingdesk.logic.records.RecordLabels;

/** The confirmation's text: what links to the record, and what the deletion does to each link. */
final class DeleteMessage {
    private DeleteMessage() {
    }

    static String describe(List<IncomingLink> links, Localization l10n) {
        if (links.isEmpty()) {
            return l10n.get("ui.delete.noLinks");
        }
        return l10n.get("ui.delete.links") + "\n" + links.stream()
                .map(link -> l10n.get("ui.delete.linkLine", l10n.of(link.from().recordKind()),
                        RecordLabels.label(link.from()), effect(link, l10n)))
                .distinct()
                .collect(Collectors.joining("\n"));
    }

    /**
     * For a deletion that cannot happen: only the links that prevent it. Nothing will be removed or
     * cleared, so the other links are not mentioned.
     */
    static String describeBlocking(List<IncomingLink> links, Localization l10n) {
        return describe(links.stream().filter(l -> l.effect() == IncomingLink.Effect.BLOCKS).toList(), l10n);
    }

    static boolean blocked(List<IncomingLink> links) {
        return links.stream().anyMatch(l -> l.effect() == IncomingLink.Effect.BLOCKS);
    }

    private static String effect(IncomingLink link, Localization l10n) {
        return switch (link.effect()) {
            case REMOVED -> "participants".equals(link.field()) ? l10n.get("ui.delete.effect.participantRemoved")
                    : l10n.get("ui.delete.effect.topicRemoved");
            case CLEARED -> l10n.get("ui.delete.effect.cleared");
            case BLOCKS -> l10n.get("ui.delete.effect.blocks");
        };
    }
}
