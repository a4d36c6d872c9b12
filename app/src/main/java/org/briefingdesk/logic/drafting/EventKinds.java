package org.briefingdesk.logic.drafting;

import java.util.List;
import java.util.Optional;
import org.briefingdesk.model.EventKind;

/**
 * The kind of event a sentence speaks of, from its words: a summit, a conference or forum, a council or
 * ministers' meeting, a phone call, a visit ("navštívil", "přivítal v Praze"), a bilateral meeting
 * ("setkal se s", "bilaterální jednání"). When a release names several, the broader kind is the event.
 */
final class EventKinds {
    /** The kinds in the order a release's main event is chosen. */
    static final List<EventKind> PRIORITY = List.of(EventKind.SUMMIT, EventKind.CONFERENCE,
            EventKind.MULTILATERAL_MEETING, EventKind.CALL, EventKind.VISIT, EventKind.BILATERAL_MEETING);

    private EventKinds() {
    }

    /** The broadest kind the tokens name, if any. */
    static Optional<EventKind> of(List<Token> tokens) {
        for (EventKind kind : PRIORITY) {
            if (names(kind, tokens)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    static boolean names(EventKind kind, List<Token> tokens) {
        return switch (kind) {
            case SUMMIT -> any(tokens, "summit");
            case CONFERENCE -> any(tokens, "konferenc") || tokens.stream().anyMatch(t -> t.word()
                    && List.of("forum", "fora", "foru", "forem").contains(t.folded()));
            case MULTILATERAL_MEETING -> any(tokens, "zasedani") || any(tokens, "sesli") || any(tokens, "sejdou")
                    || followedBy(tokens, List.of("setkani", "jednani", "schuzk"), "ministru");
            case CALL -> any(tokens, "telefon") || any(tokens, "videohovor");
            case VISIT -> any(tokens, "navstev") || any(tokens, "navstivil")
                    || (any(tokens, "privital") || any(tokens, "prijal")) && placeAfterV(tokens);
            case BILATERAL_MEETING -> any(tokens, "bilateraln") || meetingWith(tokens);
            default -> false;
        };
    }

    /** "setkal se s …", "jednal … s …": a meeting with someone. */
    static boolean meetingWith(List<Token> tokens) {
        return (any(tokens, "setkal") || tokens.stream().anyMatch(t -> t.is("jednal") || t.is("jednala")))
                && tokens.stream().anyMatch(t -> t.is("s") || t.is("se"));
    }

    private static boolean any(List<Token> tokens, String prefix) {
        return tokens.stream().anyMatch(t -> t.word() && t.folded().startsWith(prefix));
    }

    private static boolean followedBy(List<Token> tokens, List<String> prefixes, String next) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.word() && prefixes.stream().anyMatch(t.folded()::startsWith) && tokens.get(i + 1).is(next)) {
                return true;
            }
        }
        return false;
    }

    private static boolean placeAfterV(List<Token> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if ((tokens.get(i).is("v") || tokens.get(i).is("ve") || tokens.get(i).is("na"))
                    && Places.get().at(tokens, i + 1).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
