package org.briefingdesk.ui.forms;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.briefingdesk.logic.records.Choice;
import org.briefingdesk.logic.search.SearchText;

/**
 * A field that links to a record or a country: the text typed and the choice it names. The text names
 * a choice when it equals its label (ignoring case and diacritics); suggestions match any word typed.
 */
public final class LinkField {
    private static final int MAX_SUGGESTIONS = 30;
    private final List<Choice> choices;
    private final StringProperty text = new SimpleStringProperty("");
    private final SimpleObjectProperty<Choice> selected = new SimpleObjectProperty<>();

    public LinkField(List<Choice> choices, String initialKey) {
        this.choices = List.copyOf(choices);
        // An invalidation listener, registered first: it runs before the form's own (which validates).
        text.addListener(o -> selected.set(exact(text.get()).orElse(null)));
        if (initialKey != null) {
            this.choices.stream().filter(c -> c.key().equals(initialKey)).findFirst()
                    .ifPresentOrElse(c -> text.set(c.label()), () -> text.set(initialKey));
        }
    }

    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyObjectProperty<Choice> selectedProperty() {
        return selected;
    }

    /** The key of the chosen record or country; null when nothing (or nothing known) is named. */
    public String key() {
        return selected.get() == null ? null : selected.get().key();
    }

    /** True when something was typed that names no choice. */
    public boolean unresolved() {
        return selected.get() == null && !text.get().isBlank();
    }

    /**
     * The choices matching what was typed (all words, any order, no diacritics needed), the best
     * first, so that Tab or Enter on the first suggestion takes "Irsko", not "Alžírsko".
     */
    public List<Choice> suggest(String typed) {
        return choices.stream().filter(c -> c.matches(typed))
                .sorted(Comparator.comparingInt(c -> c.rank(typed)))
                .limit(MAX_SUGGESTIONS).toList();
    }

    /** When the text matches exactly one choice, completes it (on leaving the field). */
    public void completeUnique() {
        if (unresolved()) {
            List<Choice> matching = suggest(text.get());
            if (matching.size() > 1) {
                // "Irsko" names Irsko (IE) even though Severní Irsko would match too.
                String typed = fold(text.get());
                matching = matching.stream().filter(c -> fold(c.label().replaceAll("\\s*\\([^)]*\\)$", ""))
                        .equals(typed)).toList();
            }
            if (matching.size() == 1) {
                text.set(matching.get(0).label());
            }
        }
    }

    Optional<Choice> exact(String typed) {
        String folded = fold(typed);
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        return choices.stream().filter(c -> fold(c.label()).equals(folded)).findFirst();
    }

    static String fold(String text) {
        return text == null ? "" : String.join(" ", SearchText.words(text));
    }
}
