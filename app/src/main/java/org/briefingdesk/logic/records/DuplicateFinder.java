package org.briefingdesk.logic.records;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.briefingdesk.logic.search.SearchText;
import org.briefingdesk.model.Event;
import org.briefingdesk.model.Organisation;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.StoredRecord;

/**
 * Finds existing people, organisations and events that a new one would duplicate: the same name or alias,
 * ignoring case, diacritics and spacing ("Ivette Cooperová" is Yvette Cooper's alias); for events the same title
 * on the same start date. Pure: the caller hands in the records to compare with. For many candidates at once
 * (an import), {@link #keys} gives what {@link #people}, {@link #organisations} and {@link #events} compare, to
 * look up in a map instead of comparing every pair.
 */
public final class DuplicateFinder {
    private DuplicateFinder() {
    }

    /** The people (other than the candidate itself) sharing a name or alias with it. */
    public static List<Person> people(Person candidate, List<Person> existing) {
        Set<String> names = foldedNames(candidate);
        if (names.isEmpty()) {
            return List.of();
        }
        return existing.stream()
                .filter(p -> !Objects.equals(p.id(), candidate.id()))
                .filter(p -> foldedNames(p).stream().anyMatch(names::contains))
                .toList();
    }

    /** The organisations (other than the candidate itself) with the same name or abbreviation. */
    public static List<Organisation> organisations(Organisation candidate, List<Organisation> existing) {
        String name = fold(candidate.name());
        String abbreviation = fold(candidate.abbreviation());
        return existing.stream()
                .filter(o -> !Objects.equals(o.id(), candidate.id()))
                .filter(o -> (!name.isEmpty() && (name.equals(fold(o.name())) || name.equals(fold(o.abbreviation()))))
                        || (!abbreviation.isEmpty() && abbreviation.equals(fold(o.abbreviation()))))
                .toList();
    }

    /** The events (other than the candidate itself) with the same title on the same start date. */
    public static List<Event> events(Event candidate, List<Event> existing) {
        Set<String> keys = keys(candidate);
        return existing.stream().filter(e -> !Objects.equals(e.id(), candidate.id()))
                .filter(e -> keys(e).stream().anyMatch(keys::contains)).toList();
    }

    /**
     * What two records of a kind share when they are probably one: for a person the folded names and aliases,
     * for an organisation its folded name and abbreviation, for an event its folded title with its start date.
     * Other kinds have no duplicate guard (an empty set).
     */
    public static Set<String> keys(StoredRecord record) {
        if (record instanceof Person p) {
            return foldedNames(p);
        } else if (record instanceof Organisation o) {
            Set<String> keys = new HashSet<>();
            Stream.of(fold(o.name()), fold(o.abbreviation())).filter(s -> !s.isEmpty()).forEach(keys::add);
            return keys;
        } else if (record instanceof Event e) {
            String title = fold(e.title());
            return title.isEmpty() ? Set.of() : Set.of(title + "|" + e.startDate());
        }
        return Set.of();
    }

    /** The full name (given + family, and family + given) and every alias, folded. */
    static Set<String> foldedNames(Person p) {
        Set<String> names = new HashSet<>();
        Stream.concat(Stream.of(p.fullName(), (p.familyName() + " " + p.givenName()).strip()), p.aliases().stream())
                .map(DuplicateFinder::fold)
                .filter(s -> !s.isEmpty())
                .forEach(names::add);
        return names;
    }

    private static String fold(String text) {
        return String.join(" ", SearchText.words(text));
    }
}
