package org.briefingdesk.ui.settings;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Nastavení: who works at this desk (the name the change history and the packs carry), the language, the theme,
 * the text size and how many backups are kept, as edited in the dialog; {@link #save} keeps them. No nodes here.
 */
public final class SettingsViewModel {
    private final UserSettings settings;
    private final StringProperty name = new SimpleStringProperty();
    private final StringProperty department = new SimpleStringProperty();
    private final StringProperty language = new SimpleStringProperty();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> textSize = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> backupsKeepLast = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> backupsDailyDays = new SimpleObjectProperty<>();
    private final BooleanBinding valid;

    /** @param language the window's language now ("cs" or "en") */
    public SettingsViewModel(UserSettings settings, String language) {
        this.settings = settings;
        UserIdentity identity = settings.identityOrDefault();
        name.set(identity.name());
        department.set(identity.department());
        this.language.set(language);
        theme.set(settings.theme());
        textSize.set(settings.textSize());
        backupsKeepLast.set(settings.backups().keepLast());
        backupsDailyDays.set(settings.backups().dailyDays());
        valid = Bindings.createBooleanBinding(() -> name.get() != null && !name.get().isBlank(), name);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty departmentProperty() {
        return department;
    }

    public StringProperty languageProperty() {
        return language;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public ObjectProperty<Integer> textSizeProperty() {
        return textSize;
    }

    /** How many of the newest backups are kept (from the next file opened on). */
    public ObjectProperty<Integer> backupsKeepLastProperty() {
        return backupsKeepLast;
    }

    /** For how many days one backup a day is kept as well. */
    public ObjectProperty<Integer> backupsDailyDaysProperty() {
        return backupsDailyDays;
    }

    /** True when the settings can be kept: a name is given (a change without an author is no record). */
    public BooleanBinding validProperty() {
        return valid;
    }

    /** Keeps what the dialog shows (the language is the window's to switch and remember). */
    public void save() {
        if (!valid.get()) {
            throw new IllegalStateException("a name is needed");
        }
        settings.saveIdentity(new UserIdentity(name.get(), department.get()));
        settings.saveTheme(theme.get() == null ? Theme.LIGHT : theme.get());
        settings.saveTextSize(textSize.get() == null || !UserSettings.TEXT_SIZES.contains(textSize.get()) ? 100
                : textSize.get());
        UserSettings.BackupKeeping kept = settings.backups();
        settings.saveBackups(new UserSettings.BackupKeeping(
                backupsKeepLast.get() == null ? kept.keepLast() : backupsKeepLast.get(),
                backupsDailyDays.get() == null ? kept.dailyDays() : backupsDailyDays.get()));
    }
}
