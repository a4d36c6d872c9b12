package org.briefingdesk.ui.forms;

import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.briefingdesk.logic.records.Choice;

/**
 * A set of chosen items shown as chips: topics (from the known ones) or aliases (free text). Typing and
 * Enter adds the item the text names; suggestions come from the known choices.
 */
public final class ChipList {
    private final LinkField finder;
    private final boolean freeText;
    private final ObservableList<Choice> items = FXCollections.observableArrayList();

    public ChipList(List<Choice> choices, boolean freeText) {
        this.finder = new LinkField(choices, null);
        this.freeText = freeText;
    }

    public ObservableList<Choice> items() {
        return items;
    }

    public List<Choice> suggest(String typed) {
        return finder.suggest(typed).stream().filter(c -> !items.contains(c)).toList();
    }

    /**
     * Adds what the text names (the only or the exactly matching choice, or the text itself when free); false
     * when nothing.
     */
    public boolean addTyped(String typed) {
        if (typed == null || typed.isBlank()) {
            return false;
        }
        Optional<Choice> choice = finder.exact(typed);
        if (choice.isEmpty()) {
            List<Choice> matching = suggest(typed);
            choice = matching.size() == 1 && !freeText ? Optional.of(matching.get(0)) : Optional.empty();
        }
        if (choice.isEmpty() && freeText) {
            choice = Optional.of(new Choice(typed.strip(), typed.strip(), ""));
        }
        choice.filter(c -> !items.contains(c)).ifPresent(items::add);
        return choice.isPresent();
    }

    /** Puts the items with these keys first (known ones by their label, others as themselves). */
    public void addKeys(List<String> keys, List<Choice> known) {
        for (String key : keys) {
            items.add(known.stream().filter(c -> c.key().equals(key)).findFirst().orElse(new Choice(key, key, "")));
        }
    }

    public List<String> keys() {
        return items.stream().map(Choice::key).toList();
    }
}
