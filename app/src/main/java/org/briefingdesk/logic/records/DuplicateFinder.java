package org.briefingdesk.logic.records;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.briefingdesk.logic.search.SearchText;
import org.briefingdesk.model.Organisation;
import org.briefingdesk.model.Person;

/**
 * Finds existing people and organisations that a new one would duplicate: the same name or alias,
 * ignoring case, diacritics and spacing ("Ivette Cooperová" is Yvette Cooper's alias). Pure: the
 * caller hands in the records to compare with.
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
