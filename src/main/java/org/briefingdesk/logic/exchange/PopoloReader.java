package org.briefingdesk.logic.exchange;

import java.nio.file.Path;

/** Popolo JSON in: see the Popolo issue's mapping. */
public final class PopoloReader {
    private PopoloReader() {
    }

    public static void read(Path file, BundleReader.RecordSink sink, ExchangeMonitor monitor) {
        throw new ExchangeException("exchange.error.notBundle", file.getFileName());
    }
}
