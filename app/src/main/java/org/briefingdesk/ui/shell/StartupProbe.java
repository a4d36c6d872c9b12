package org.briefingdesk.ui.shell;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;

/**
 * The hidden option {@code --startup-probe=STEPS} of the window, for the start benchmark ({@code bench start}).
 * The window goes through the steps in order and, as each is on screen (laid out in a pulse), prints one line
 * {@code briefing-desk-probe STEP MILLIS [rows=N] [rss=KIB]} on standard output: MILLIS counted from the
 * JVM's start ({@code RuntimeMXBean.getStartTime()}), rss the resident memory where the OS tells it
 * (Linux). After the last step the application exits. Steps:
 * <ul>
 * <li>{@code frame}: the window's first frame;</li>
 * <li>{@code overview}: the overview with the file's data (rows: the records it counts);</li>
 * <li>{@code statements}: the statements section with all its rows;</li>
 * <li>{@code search=QUERY}: the results of a search typed into the search field (rows: the records found).</li>
 * </ul>
 * {@code --startup-probe=empty-stage} shows an empty stage of the window's size instead of the application and
 * reports its first frame: the floor the benchmark compares with, started the same way.
 */
public final class StartupProbe {
    public static final String OPTION = "--startup-probe";
    public static final String MARKER = "briefing-desk-probe";
    public static final String EMPTY_STAGE = "empty-stage";
    private static final String SEARCH = "search=";

    private static Consumer<String> emptyStageOutput;

    private final List<String> steps;
    private final Consumer<String> output;
    private final Scene scene;
    private final Target target;
    private int next;
    private boolean begun;
    private boolean reporting;
    private AnimationTimer timer;

    /** What the steps act on: the main window, or the empty stage. */
    private interface Target {
        /** Starts the step (shows a section, types a query); false when it cannot begin yet (still opening). */
        boolean begin(String step);

        /** The rows the step shows once it is on screen; empty while it is not there yet. */
        OptionalLong reached(String step);
    }

    private StartupProbe(List<String> steps, Consumer<String> output, Scene scene, Target target) {
        this.steps = steps;
        this.output = output;
        this.scene = scene;
        this.target = target;
    }

    /** The steps of the option's value ("frame,overview"), in order. */
    public static List<String> steps(String value) {
        List<String> steps = new ArrayList<>();
        for (String step : value.split(",")) {
            if (!step.isBlank()) {
                steps.add(step.strip());
            }
        }
        return steps;
    }

    /** Follows the main window through the steps, printing a line for each; exits after the last. */
    public static void follow(MainWindow window, List<String> steps, Consumer<String> output) {
        new StartupProbe(steps, output, window.stage().getScene(), new Target() {
            @Override
            public boolean begin(String step) {
                if (step.equals("frame")) {
                    return true;
                }
                if (window.viewModel().servicesProperty().get() == null) {
                    return false;
                }
                if (step.startsWith(SEARCH)) {
                    window.view().typeSearch(step.substring(SEARCH.length()));
                } else {
                    window.viewModel().sectionProperty().set(section(step));
                }
                return true;
            }

            @Override
            public OptionalLong reached(String step) {
                if (step.equals("frame")) {
                    return window.stage().isShowing() ? OptionalLong.of(0) : OptionalLong.empty();
                }
                if (step.startsWith(SEARCH)) {
                    return window.view().shownSearchTotal(step.substring(SEARCH.length()));
                }
                long rows = window.view().shownRows(section(step));
                return rows < 0 ? OptionalLong.empty() : OptionalLong.of(rows);
            }
        }).start();
    }

    private static Section section(String step) {
        return step.equals("statements") ? Section.STATEMENTS : Section.OVERVIEW;
    }

    /**
     * Shows an empty stage of the main window's size and reports its first frame, then exits: started by the
     * same launcher with the same options, it is what the window's start is measured against.
     */
    public static void launchEmptyStage(Consumer<String> output) {
        emptyStageOutput = output;
        Application.launch(EmptyStage.class);
    }

    /** The empty stage of {@link #launchEmptyStage}. */
    public static final class EmptyStage extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new Pane(), MainWindow.WIDTH, MainWindow.HEIGHT));
            stage.show();
            new StartupProbe(List.of("frame"), emptyStageOutput, stage.getScene(), new Target() {
                @Override
                public boolean begin(String step) {
                    return true;
                }

                @Override
                public OptionalLong reached(String step) {
                    return stage.isShowing() ? OptionalLong.of(0) : OptionalLong.empty();
                }
            }).start();
        }
    }

    /** Polls once a frame: a frame is the probe's unit, and the steps end in work finished off the FX thread. */
    private void start() {
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                check();
            }
        };
        timer.start();
    }

    /** Has the step arrived? Then it is reported at the end of this pulse's layout, when it is drawn. */
    private void check() {
        if (reporting) {
            return;
        }
        String step = steps.get(next);
        if (!begun) {
            begun = target.begin(step);
            if (!begun) {
                return;
            }
        }
        OptionalLong rows = target.reached(step);
        if (rows.isEmpty()) {
            return;
        }
        reporting = true;
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            report(step, rows.getAsLong());
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    private void report(String step, long rows) {
        long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        StringBuilder line = new StringBuilder(MARKER).append(' ').append(stepName(step)).append(' ').append(millis);
        if (!step.equals("frame")) {
            line.append(" rows=").append(rows);
        }
        residentKib().ifPresent(kib -> line.append(" rss=").append(kib));
        output.accept(line.toString());
        next++;
        begun = false;
        reporting = false;
        if (next == steps.size()) {
            timer.stop();
            Platform.exit();
        }
    }

    private static String stepName(String step) {
        return step.startsWith(SEARCH) ? "search" : step.toLowerCase(Locale.ROOT);
    }

    /** VmRSS of /proc/self/status, in KiB; empty where there is no such file. */
    static OptionalLong residentKib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return OptionalLong.of(Long.parseLong(line.replaceAll("\\D", "")));
                }
            }
        } catch (IOException | RuntimeException e) {
            // no figure then
        }
        return OptionalLong.empty();
    }
}
