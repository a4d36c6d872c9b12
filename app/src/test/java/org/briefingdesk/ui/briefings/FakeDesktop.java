package org.briefingdesk.ui.briefings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import org.briefingdesk.output.BriefingFormat;

/** The desktop as tests see it: the save dialog answers a fixed file, opening and printing are recorded. */
public final class FakeDesktop {
    public volatile Path answer;
    public final List<Path> suggested = new CopyOnWriteArrayList<>();
    public final List<Path> opened = new CopyOnWriteArrayList<>();
    public final List<List<Node>> printed = new CopyOnWriteArrayList<>();

    public BriefingDesktop desktop() {
        SaveFileChooser chooser = (Path start, BriefingFormat format) -> {
            suggested.add(start);
            return Optional.ofNullable(answer);
        };
        FileOpener opener = new FileOpener() {
            @Override
            public void open(Path file) {
                opened.add(file);
            }

            @Override
            public void openFolder(Path folder) {
                opened.add(folder);
            }
        };
        return new BriefingDesktop(chooser, opener, pages -> printed.add(new ArrayList<>(pages)));
    }
}
