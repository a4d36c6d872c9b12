package org.briefingdesk.ui.exchange;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.briefingdesk.logic.UserFacingException;
import org.briefingdesk.logic.exchange.BundleExport;
import org.briefingdesk.logic.exchange.BundleFormat;
import org.briefingdesk.logic.exchange.ExchangeMonitor;
import org.briefingdesk.logic.exchange.ExportScope;
import org.briefingdesk.logic.exchange.Manifest;
import org.briefingdesk.logic.exchange.TableData;
import org.briefingdesk.logic.files.OutputTarget;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.Sensitivity;
import org.briefingdesk.output.TableFiles;
import org.briefingdesk.ui.common.BackgroundTasks;

/**
 * Soubor › Exportovat…: what goes (everything, the search shown, the record chosen), up to which sensitivity,
 * written in the background with progress and cancel, whole or not at all.
 */
public final class ExportViewModel {
    /** What the export takes. */
    public enum Scope { ALL, SEARCH, RECORD }

    /** What the export writes: a bundle of records, or the table on screen as a spreadsheet. */
    public enum Format { BUNDLE, CSV, XLSX }

    private final RecordStore store;
    private final Localization l10n;
    private final BackgroundTasks tasks;
    private final String query;
    private final UUID selected;
    private final Supplier<TableData> shownTable;
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(Scope.ALL);
    private final ObjectProperty<Format> format = new SimpleObjectProperty<>(Format.BUNDLE);
    private final ObjectProperty<Sensitivity> maxSensitivity = new SimpleObjectProperty<>(Sensitivity.SENSITIVE);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty message = new SimpleStringProperty("");
    private final AtomicBoolean cancelled = new AtomicBoolean();

    /** @param shownTable the section's table as shown (null where no table is shown) */
    public ExportViewModel(RecordStore store, Localization l10n, BackgroundTasks tasks, String query, UUID selected,
                           Supplier<TableData> shownTable) {
        this.store = store;
        this.shownTable = shownTable;
        this.l10n = l10n;
        this.tasks = tasks;
        this.query = query == null || query.isBlank() ? null : query.strip();
        this.selected = selected;
    }

    public Localization l10n() {
        return l10n;
    }

    public boolean offersSearch() {
        return query != null;
    }

    public boolean offersRecord() {
        return selected != null;
    }

    public String query() {
        return query;
    }

    ExportScope exportScope() {
        ExportScope chosen = switch (scope.get()) {
            case ALL -> ExportScope.everything();
            case SEARCH -> new ExportScope(query, null, null, null, Set.of(), null);
            case RECORD -> new ExportScope(null, selected, null, null, Set.of(), null);
        };
        return chosen.withMaxSensitivity(maxSensitivity.get());
    }

    /** Writes the bundle to {@code file} in the background; {@code done} runs on success. */
    public void writeBundle(Path file, Runnable done) {
        ExportScope chosen = exportScope();
        cancelled.set(false);
        busy.set(true);
        progress.set(-1);
        message.set(l10n.get("ui.export.writing", file.getFileName()));
        Manifest[] written = new Manifest[1];
        tasks.run(() -> OutputTarget.check(file, store.location()).write(out -> written[0] = new BundleExport(store)
                .write(chosen, out, "window", Instant.now(), monitor())), () -> {
                    busy.set(false);
                    progress.set(1);
                    message.set(l10n.get("ui.export.done", l10n.number(written[0].total()), file,
                            l10n.number(written[0].omitted())));
                    done.run();
                }, failure -> {
                    busy.set(false);
                    progress.set(0);
                    message.set(failure instanceof UserFacingException e ? e.localizedMessage(l10n)
                            : l10n.get("ui.error.unexpected"));
                });
    }

    public boolean offersTable() {
        return shownTable != null;
    }

    /** The file's extension for the chosen format. */
    public String extension() {
        return switch (format.get()) {
            case BUNDLE -> BundleFormat.EXTENSION;
            case CSV -> "csv";
            case XLSX -> "xlsx";
        };
    }

    /** Writes what the chosen format says: the bundle, or the table as shown (read now, written in the background). */
    public void write(Path file, Runnable done) {
        if (format.get() == Format.BUNDLE) {
            writeBundle(file, done);
            return;
        }
        TableData table = shownTable.get();
        boolean csv = format.get() == Format.CSV;
        busy.set(true);
        progress.set(-1);
        message.set(l10n.get("ui.export.writing", file.getFileName()));
        tasks.run(() -> OutputTarget.check(file, store.location()).write(out -> {
            if (csv) {
                TableFiles.csv(table, ';', out);
            } else {
                TableFiles.xlsx(table, out);
            }
        }), () -> {
            busy.set(false);
            progress.set(1);
            message.set(l10n.get("ui.export.tableDone", l10n.number(table.rows().size()), file));
            done.run();
        }, failure -> {
            busy.set(false);
            message.set(failure instanceof UserFacingException e ? e.localizedMessage(l10n)
                    : l10n.get("ui.error.unexpected"));
        });
    }

    public ObjectProperty<Format> formatProperty() {
        return format;
    }

    public void cancel() {
        cancelled.set(true);
    }

    private ExchangeMonitor monitor() {
        return new ExchangeMonitor() {
            @Override
            public void progress(long done, long total) {
                double fraction = total <= 0 ? -1 : Math.min(1, (double) done / total);
                Platform.runLater(() -> progress.set(fraction));
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
    }

    public ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    public ObjectProperty<Sensitivity> maxSensitivityProperty() {
        return maxSensitivity;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
