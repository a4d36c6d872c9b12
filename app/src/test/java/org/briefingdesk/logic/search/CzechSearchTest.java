package org.briefingdesk.logic.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.briefingdesk.logic.records.RecordVersions;
import org.briefingdesk.logic.store.BatchWriter;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.Statement;
import org.briefingdesk.model.Topic;
import org.briefingdesk.testutil.RecordBuilder;
import org.briefingdesk.testutil.TestStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Czech queries and the records they must and must not find, on a real SQLite file (and, in
 * {@link ServerCzechSearchTest}, on a team server: the same table, the same hits).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CzechSearchTest {
    RecordStore store;
    SearchWorld world;
    SearchService search;

    /** The store the table runs on. */
    RecordStore openStore(Path dir) {
        return TestStores.create(dir);
    }

    @BeforeAll
    void build(@TempDir Path dir) {
        store = openStore(dir);
        world = new SearchWorld(store);
        search = new SearchService(store.search());
    }

    @AfterAll
    void close() {
        store.close();
    }

    private Set<UUID> found(String query) {
        return Set.copyOf(search.search(query, 100).hits().stream().map(SearchHit::id).toList());
    }

    static Stream<Arguments> queries() {
        Function<SearchWorld, UUID> rakusan = w -> w.rakusan.id();
        return Stream.of(
                // diacritics and case never matter
                row("rakusan", List.of(rakusan), List.of(w -> w.cooper.id())),
                row("RAKUŠAN", List.of(rakusan), List.of()),
                // inflection: the stem finds other cases
                row("Irsko", List.of(w -> w.irishMeeting.id(), w -> w.ocallaghan.id()),
                        List.of(w -> w.britishMeeting.id())),
                row("Londýn", List.of(w -> w.summit.id(), w -> w.report.id()), List.of(w -> w.viennaConference.id())),
                row("hranice", List.of(w -> w.summit.id(), w -> w.report.id()), List.of(w -> w.viennaConference.id())),
                row("legislativa", List.of(w -> w.statement.id(), w -> w.commitment.id()), List.of(w -> w.summit.id())),
                row("Cooperová", List.of(w -> w.cooper.id(), w -> w.britishMeeting.id()),
                        List.of(w -> w.ocallaghan.id())),
                row("Cooperovou", List.of(w -> w.cooper.id()), List.of(w -> w.rakusan.id())),
                // apostrophe variants are one character
                row("O'Callaghan", List.of(w -> w.ocallaghan.id(), w -> w.irishMeeting.id()),
                        List.of(w -> w.cooper.id())),
                row("O’Callaghan", List.of(w -> w.ocallaghan.id()), List.of()),
                row("O´Callaghan", List.of(w -> w.ocallaghan.id()), List.of()),
                // phrases (typographic quotes too), exclusion, OR
                row("\"ochraně hranic\"", List.of(w -> w.summit.id()), List.of(w -> w.statement.id())),
                row("„ochraně hranic“", List.of(w -> w.summit.id()), List.of()),
                row("\"hranic ochraně\"", List.of(), List.of(w -> w.summit.id())),
                row("Londýn -irským", List.of(w -> w.summit.id()), List.of(w -> w.irishMeeting.id())),
                row("Cooper OR Callaghan", List.of(w -> w.cooper.id(), w -> w.ocallaghan.id()), List.of(rakusan)),
                // the operators the Czech help names, in any case; A/AND join words as a space does
                row("Cooper NEBO Callaghan", List.of(w -> w.cooper.id(), w -> w.ocallaghan.id()), List.of(rakusan)),
                row("cooper nebo callaghan", List.of(w -> w.cooper.id(), w -> w.ocallaghan.id()), List.of(rakusan)),
                row("Cooper or Callaghan", List.of(w -> w.cooper.id(), w -> w.ocallaghan.id()), List.of(rakusan)),
                row("Londýn A irským", List.of(w -> w.irishMeeting.id()), List.of(w -> w.summit.id())),
                row("Londýn and irským", List.of(w -> w.irishMeeting.id()), List.of(w -> w.summit.id())),
                row("Londýn AND irským", List.of(w -> w.irishMeeting.id()), List.of(w -> w.summit.id())),
                // field filters in Czech and English
                row("kdo:Cooperová", List.of(w -> w.britishMeeting.id()), List.of(w -> w.irishMeeting.id())),
                row("person:rakusan legislativa", List.of(w -> w.statement.id()), List.of(w -> w.summit.id())),
                row("země:IE", List.of(w -> w.ocallaghan.id(), w -> w.irishMeeting.id()), List.of(w -> w.cooper.id())),
                row("country:Irsko", List.of(w -> w.ocallaghan.id()), List.of(w -> w.cooper.id())),
                row("zeme:ireland", List.of(w -> w.ocallaghan.id()), List.of(w -> w.cooper.id())),
                row("téma:převaděčství", List.of(w -> w.irishMeeting.id()), List.of(w -> w.britishMeeting.id())),
                // a topic filter includes the subtopics: the Irish meeting is tagged "převaděčství", under "migrace"
                row("téma:migrace", List.of(w -> w.irishMeeting.id(), w -> w.statement.id(), w -> w.commitment.id()),
                        List.of(w -> w.britishMeeting.id(), w -> w.report.id())),
                row("topic:migration", List.of(w -> w.statement.id(), w -> w.viennaConference.id()),
                        List.of(w -> w.report.id())),
                row("akce:\"Border Security Summit\" typ:výrok", List.of(w -> w.statement.id()),
                        List.of(w -> w.summit.id())),
                row("event:border type:event", List.of(w -> w.summit.id(), w -> w.irishMeeting.id()),
                        List.of(w -> w.report.id())),
                row("typ:osoba", List.of(rakusan, w -> w.cooper.id()), List.of(w -> w.summit.id())),
                // dates, ISO and Czech
                row("migrace od:1. 1. 2025", List.of(w -> w.summit.id()), List.of(w -> w.viennaConference.id())),
                row("migrace do:2024-12-31", List.of(w -> w.viennaConference.id()), List.of(w -> w.summit.id())),
                row("od:31. března 2025 do:31.03.2025 typ:akce", List.of(w -> w.summit.id()),
                        List.of(w -> w.viennaConference.id())),
                row("typ:akce země:AT", List.of(w -> w.viennaConference.id()), List.of(w -> w.summit.id())),
                // the last word is a prefix while typing
                row("Raku", List.of(rakusan), List.of()),
                row("Ra", List.of(), List.of(rakusan)), // two letters are a word, not yet a prefix
                row("převaděč", List.of(w -> w.irishMeeting.id()), List.of()));
    }

    private static Arguments row(String query, List<Function<SearchWorld, UUID>> mustFind,
                                 List<Function<SearchWorld, UUID>> mustNotFind) {
        return Arguments.of(query, mustFind, mustNotFind);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void findsWhatItMust(String query, List<Function<SearchWorld, UUID>> mustFind,
                         List<Function<SearchWorld, UUID>> mustNotFind) {
        Set<UUID> hits = found(query);
        for (Function<SearchWorld, UUID> expected : mustFind) {
            assertTrue(hits.contains(expected.apply(world)), query + " should find " + expected.apply(world));
        }
        for (Function<SearchWorld, UUID> unexpected : mustNotFind) {
            assertFalse(hits.contains(unexpected.apply(world)), query + " should not find " + unexpected.apply(world));
        }
    }

    @Test
    void exactFormsRankAboveStemmedOnes() {
        // "irským" is written in the Irish meeting; O'Callaghan's country, Irsko, shares only its stem.
        List<UUID> hits = search.search("irským", 10).hits().stream().map(SearchHit::id).toList();
        assertTrue(hits.indexOf(world.irishMeeting.id()) >= 0 && hits.indexOf(world.ocallaghan.id()) >= 0,
                hits.toString());
        assertTrue(hits.indexOf(world.irishMeeting.id()) < hits.indexOf(world.ocallaghan.id()), "exact before stemmed");
        // Names and titles above bodies: the person named Cooper comes before a meeting that mentions her.
        assertEquals(world.cooper.id(), search.search("Cooper", 10).hits().get(0).id());
    }

    @Test
    void snippetsMarkTheMatchingWordsIncludingInflectedOnes() {
        SearchHit summit = search.search("Londýn", 10).hits().stream()
                .filter(h -> h.id().equals(world.summit.id())).findFirst().orElseThrow();
        assertTrue(summit.snippet().contains(new SearchHit.Span("Londýně", true)), summit.snippet().toString());
        SearchHit cooper = search.search("Cooperová", 10).hits().stream()
                .filter(h -> h.id().equals(world.cooper.id())).findFirst().orElseThrow();
        assertTrue(cooper.markedTitle().contains(new SearchHit.Span("Cooper", true)), cooper.markedTitle().toString());
        assertEquals(RecordKind.EVENT, summit.kind());
    }

    @Test
    void countsPerKindAndHintsForWhatWasNotUnderstood() {
        SearchResult result = search.search("typ:blbost od:32.13.2025 barva:migrace", 50);
        assertEquals(List.of("search.hint.unknownType", "search.hint.badDate", "search.hint.unknownField"),
                result.hints().stream().map(SearchQuery.Hint::key).toList());
        Map<RecordKind, Long> counts = result.countsByKind();
        assertTrue(counts.get(RecordKind.EVENT) >= 2, counts.toString());
        assertEquals(1L, counts.get(RecordKind.STATEMENT));
        assertEquals(result.total(), counts.values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void editsAndDeletionsUpdateTheIndex() {
        Person stored = store.people().findById(world.cooper.id()).orElseThrow();
        Person renamed = RecordVersions.over(RecordBuilder.from(world.cooper)
                .with(Person::familyName, "Cooperová-Smith").build(),
                stored);
        Person saved = store.people().save(renamed);
        assertTrue(found("Smith").contains(world.cooper.id()));
        assertTrue(found("kdo:Smith").contains(world.britishMeeting.id()), "the meeting re-indexed with her new name");

        var extra = store.statements().save(RecordBuilder.aStatement().with(Statement::speakerId, world.cooper.id())
                .with(Statement::date, SearchWorld.DAY).with(Statement::text, "Zvláštní slovo kvazikrystal.").build());
        assertEquals(Set.of(extra.id()), found("kvazikrystal"));
        store.statements().delete(extra.id());
        assertEquals(Set.of(), found("kvazikrystal"));
        store.people().save(RecordVersions.over(world.cooper, saved));
        assertFalse(found("Smith").contains(world.cooper.id()));
    }

    @Test
    void aRenamedTopicIsFoundInWhatItsSubtopicsTag() {
        var root = store.topics().save(RecordBuilder.aTopic().with(Topic::name, "kvazitema")
                .with(Topic::nameEn, "quasitopic").build());
        var child = store.topics().save(RecordBuilder.aTopic().with(Topic::name, "podtema")
                .with(Topic::nameEn, "subtopic").with(Topic::parentId, root.id()).build());
        var grandchild = store.topics().save(RecordBuilder.aTopic().with(Topic::name, "podpodtema")
                .with(Topic::nameEn, "subsubtopic").with(Topic::parentId, child.id()).build());
        var tagged = store.statements().save(RecordBuilder.aStatement().with(Statement::speakerId, world.cooper.id())
                .with(Statement::date, SearchWorld.DAY).with(Statement::text, "Výrok k vnořenému tématu.")
                .withAll(Statement::topicIds, grandchild.id()).build());
        assertTrue(found("téma:kvazitema").containsAll(Set.of(tagged.id(), child.id(), grandchild.id())));
        assertFalse(found("téma:podtema").contains(root.id()), "a subtopic does not include the topic above it");

        store.topics().save(RecordVersions.over(RecordBuilder.from(root)
                .with(Topic::name, "ultratema").build(), root));
        assertEquals(Set.of(), found("téma:kvazitema"));
        assertTrue(found("téma:ultratema").contains(tagged.id()), "re-indexed two levels down");
        store.statements().delete(tagged.id());
    }

    @Test
    void aLongResultListReadInWindowsIsTheWholeListInItsOrder() {
        Person speaker = store.people().save(RecordBuilder.aPerson().with(Person::givenName, "Petr")
                .with(Person::familyName, "Stránkovač").unsaved().build());
        List<Statement> many = new ArrayList<>();
        for (int i = 0; i < 260; i++) { // 13 texts: equal ranks twenty at a time, as imported duplicates give
            many.add(RecordBuilder.aStatement().with(Statement::speakerId, speaker.id())
                    .with(Statement::date, SearchWorld.DAY.minusDays(i % 3))
                    .with(Statement::text, "Stránkování výsledků" + " a dalších".repeat(i % 13) + ".").build());
        }
        store.batches().write(many, BatchWriter.AuditMode.STAMP);
        try {
            for (String query : List.of("stránkování", "stránkování od:1.1.2020", "kdo:Stránkovač")) {
                List<SearchHit> whole = search.search(query, 1_000).hits();
                assertEquals(query.startsWith("kdo:") ? 261 : 260, whole.size(), query);
                List<SearchHit> windows = new ArrayList<>();
                for (int offset = 0; offset < whole.size(); offset += 70) { // cutting through equal ranks
                    windows.addAll(search.page(query, Set.of(), offset, 70));
                }
                assertEquals(whole.stream().map(SearchHit::id).toList(), windows.stream().map(SearchHit::id).toList(),
                        query);
                assertEquals(whole, windows, query);
            }
            assertEquals(List.of(), search.page("stránkování", Set.of(RecordKind.EVENT), 0, 100));
            assertEquals(List.of(), search.page("", Set.of(), 0, 100));
        } finally {
            many.forEach(s -> store.statements().delete(s.id()));
            store.people().delete(speaker.id());
        }
    }

    @Test
    void aMergedOrRebuiltIndexAnswersExactlyAsBefore() {
        List<String> inputs = queries().map(a -> (String) a.get()[0]).toList();
        Map<String, List<SearchHit>> before = new LinkedHashMap<>();
        inputs.forEach(q -> before.put(q, search.search(q, 100).hits()));
        store.search().optimize();
        inputs.forEach(q -> assertEquals(before.get(q), search.search(q, 100).hits(), "after optimize: " + q));
        store.search().rebuild();
        inputs.forEach(q -> assertEquals(before.get(q), search.search(q, 100).hits(), "after rebuild: " + q));
    }
}
