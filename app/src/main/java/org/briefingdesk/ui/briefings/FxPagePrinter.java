package org.briefingdesk.ui.briefings;

import java.util.List;
import java.util.function.Supplier;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.transform.Scale;
import javafx.stage.Window;

/** Prints through the system's printer dialog on A4; a page larger than the printable area is scaled to fit. */
final class FxPagePrinter implements PagePrinter {
    private final Supplier<Window> owner;

    FxPagePrinter(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public boolean print(List<Node> pages) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return false;
        }
        if (!job.showPrintDialog(owner.get())) {
            job.cancelJob();
            return false;
        }
        Printer printer = job.getPrinter();
        double margin = PackPages.MARGIN;
        PageLayout layout = printer.createPageLayout(Paper.A4, PageOrientation.PORTRAIT,
                margin, margin, margin, margin);
        double scale = Math.min(1, Math.min(layout.getPrintableWidth() / PackPages.WIDTH,
                layout.getPrintableHeight() / PackPages.HEIGHT));
        for (Node page : pages) {
            page.getTransforms().setAll(new Scale(scale, scale));
            if (!job.printPage(layout, page)) {
                job.cancelJob();
                return false;
            }
        }
        return job.endJob();
    }
}
