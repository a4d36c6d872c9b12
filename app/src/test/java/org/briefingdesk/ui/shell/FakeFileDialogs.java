package org.briefingdesk.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.stage.Window;
import org.briefingdesk.ui.files.FileDialogs;

/** Answers the Soubor menu's dialogs with the files a test queued (none queued: cancelled), and records them. */
final class FakeFileDialogs implements FileDialogs {
    private final ConcurrentLinkedDeque<Path> answers = new ConcurrentLinkedDeque<>();
    final List<String> asked = new CopyOnWriteArrayList<>();
    final List<Path> shownInFolder = new CopyOnWriteArrayList<>();

    /** The next dialog chooses this file. */
    FakeFileDialogs choosing(Path file) {
        answers.add(file);
        return this;
    }

    @Override
    public Optional<Path> chooseNew(Window owner, String title, Path folder) {
        asked.add("new: " + title);
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<Path> chooseExisting(Window owner, String title, Path folder) {
        asked.add("open: " + title);
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<Path> chooseCopy(Window owner, String title, Path folder, String suggestedName) {
        asked.add("copy: " + suggestedName);
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public void showInFolder(Path file) {
        shownInFolder.add(file);
    }
}
