package org.briefingdesk.ui.search;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.search.SearchHit;
import org.briefingdesk.logic.search.SearchQuery;
import org.briefingdesk.logic.search.SearchQueryParser;
import org.briefingdesk.logic.search.SearchResult;
import org.briefingdesk.logic.search.SearchService;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.ui.common.BackgroundTask;
import org.briefingdesk.ui.common.BackgroundTasks;
import org.briefingdesk.ui.common.Debouncer;
import org.briefingdesk.ui.common.FailureSentence;
import org.briefingdesk.ui.common.LatestOnly;
import org.briefingdesk.ui.common.PagedList;

/**
 * Results as you type: each change of the query (or of the kind chips) schedules one search after
 * a short pause; it runs in the background, and an answer that arrives after a newer question was
 * asked is thrown away. The list holds every hit by count and reads them in windows as it is scrolled,
 * so that a search with a hundred thousand hits costs what a screenful does.
 */
public final class SearchViewModel {
    /** The hit shown while its window loads. */
    public static final SearchHit PENDING = new SearchHit(null, null, "", List.of(), List.of());

    /** What the hits were read for: a window read for an earlier question is dropped. */
    private record Question(String input, Set<RecordKind> kinds) {
    }

    private final SearchService service;
    private final BackgroundTasks tasks;
    private final Debouncer debouncer;
    private final Localization l10n;

    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableSet<RecordKind> kinds = FXCollections.observableSet(EnumSet.noneOf(RecordKind.class));
    private final PagedList<SearchHit, Question> hits =
            new PagedList<>(this::loadWindow, new Question("", Set.of()), PENDING, SearchHit::id);
    private final ObservableMap<RecordKind, Long> counts = FXCollections.observableHashMap();
    /** The kinds counted up to the server's cap only: they have more matches than their count. */
    private final Set<RecordKind> moreThan = EnumSet.noneOf(RecordKind.class);
    private final LongProperty total = new SimpleLongProperty();
    private final StringProperty hint = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty active = new SimpleBooleanProperty();
    private final LatestOnly questions = new LatestOnly();
    private final StringProperty answered = new SimpleStringProperty("");

    public SearchViewModel(SearchService service, BackgroundTasks tasks, Debouncer debouncer, Localization l10n) {
        this.service = service;
        this.tasks = tasks;
        this.debouncer = debouncer;
        this.l10n = l10n;
        query.addListener((obs, old, now) -> changed());
        kinds.addListener((SetChangeListener<RecordKind>) change -> changed());
    }

    private void changed() {
        active.set(!query.get().isBlank());
        debouncer.schedule(this::searchNow);
    }

    /** Runs the search for the current query and chips at once (Enter, or the debouncer). */
    public void searchNow() {
        String input = query.get();
        if (input.isBlank()) {
            questions.supersede();
            apply(new SearchResult(input, List.of(), Map.of(), List.of()), new Question(input, Set.of()));
            return;
        }
        Set<RecordKind> chosen = kinds.isEmpty() ? EnumSet.noneOf(RecordKind.class) : EnumSet.copyOf(kinds);
        Question question = new Question(input, chosen);
        BackgroundTask.of(() -> service.search(input, chosen, PagedList.WINDOW)).showingBusy(busy).latestOf(questions)
                .onSuccess(result -> apply(result, question))
                .onFailure(this::failed)
                .runWith(tasks);
    }

    private void loadWindow(Question question, int offset, int limit, Consumer<List<SearchHit>> loaded) {
        BackgroundTask.of(() -> service.page(question.input(), question.kinds(), offset, limit))
                .onSuccess(loaded)
                .onFailure(this::failed)
                .runWith(tasks);
    }

    private void failed(Throwable failure) {
        status.set(FailureSentence.of(failure, l10n, "ui.search.failed"));
    }

    private void apply(SearchResult result, Question question) {
        busy.set(false);
        List<SearchHit> first = result.hits();
        // A full first window: the count says how many follow (at least; a count cut at the cap lets scrolling go
        // on until the store has no more); a short one is all there is.
        boolean full = first.size() >= PagedList.WINDOW;
        int count = !full ? first.size() : (int) Math.min(Integer.MAX_VALUE, Math.max(result.total(), first.size()));
        hits.reset(count, question, first.isEmpty() ? Map.of() : Map.of(0, first), full && !result.totalIsExact());
        moreThan.clear();
        moreThan.addAll(result.moreThan());
        counts.clear();
        counts.putAll(result.countsByKind());
        total.set(result.total());
        hint.set(result.hints().stream().map(this::hintText).collect(Collectors.joining("  ")));
        status.set(statusText(result));
        answered.set(result.input());
    }

    private String hintText(SearchQuery.Hint h) {
        return l10n.get("ui.search.hint", h.text(), l10n.get(h.key()));
    }

    private String statusText(SearchResult result) {
        if (result.input().isBlank()) {
            return "";
        }
        if (!hits.isEmpty()) {
            return l10n.get("ui.search.count", countText(l10n, result.total(), result.totalIsExact()));
        }
        // Only a filter that was typed (or a kind chip) is worth removing; "-" or "NEAR(a b, -1)" is none.
        boolean filtered = !kinds.isEmpty() || SearchQueryParser.parse(result.input()).isFiltered();
        return l10n.get(filtered ? "ui.search.noneFiltered" : "ui.search.none");
    }

    /** A count as the window shows it: "1 234", or "více než 1 000" for a count cut at the server's cap. */
    static String countText(Localization l10n, long count, boolean exact) {
        return exact ? l10n.number(count) : l10n.get("ui.search.moreThan", l10n.number(count));
    }

    /** The count of a kind chip: how many of that kind match. */
    public String kindCount(RecordKind kind) {
        return countText(l10n, counts.getOrDefault(kind, 0L), !moreThan.contains(kind));
    }

    /** Toggles a kind chip. */
    public void toggleKind(RecordKind kind) {
        if (!kinds.remove(kind)) {
            kinds.add(kind);
        }
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableSet<RecordKind> kinds() {
        return kinds;
    }

    public ObservableList<SearchHit> hits() {
        return hits;
    }

    public ObservableMap<RecordKind, Long> counts() {
        return counts;
    }

    public LongProperty totalProperty() {
        return total;
    }

    public StringProperty hintProperty() {
        return hint;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** The query whose results are shown (they may be older than the query being typed). */
    public ReadOnlyStringProperty answeredProperty() {
        return answered;
    }

    /** True while there is a query: the window shows the results instead of the section. */
    public ReadOnlyBooleanProperty activeProperty() {
        return active;
    }

    public Localization l10n() {
        return l10n;
    }
}
