package org.briefingdesk.ui.forms;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.records.Choice;
import org.briefingdesk.logic.records.ChoiceCatalog;
import org.briefingdesk.model.Organisation;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.StoredRecord;
import org.briefingdesk.ui.common.DialogService;

/**
 * What every form works with: the language, dialogs, what its link fields offer, the existing people
 * and organisations (for the duplicate guard), all read before the form opens, and the saver.
 */
public record FormContext(Localization l10n, DialogService dialogs, ChoiceCatalog choices, List<Person> people,
                          List<Organisation> organisations, Saver saver) {

    /** The label of a record or country the link fields offer, or null for one they do not know. */
    public String name(UUID id) {
        String key = id.toString();
        return Stream.of(choices.people(), choices.organisations(), choices.events(),
                        choices.statements(), choices.topics())
                .flatMap(List::stream).filter(c -> c.key().equals(key)).map(Choice::label).findFirst().orElse(null);
    }

    /** Saves in the background (as an undoable command) and answers on the FX thread. */
    @FunctionalInterface
    public interface Saver {
        void save(StoredRecord before, StoredRecord after, Consumer<StoredRecord> onSaved,
                  Consumer<Throwable> onFailure);
    }
}
