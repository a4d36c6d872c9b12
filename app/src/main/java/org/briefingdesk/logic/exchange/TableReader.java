package org.briefingdesk.logic.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A delegation list as rows of text: CSV (UTF-8 with or without a BOM; Windows-1250, the encoding of older Czech
 * Excel, read as such with a note; the separator found in the heading: {@code ;}, {@code ,} or tab) or XLSX (the first
 * sheet). Refused with one sentence naming the file and the line or cell: a file in neither encoding, rows whose
 * columns do not match the heading's (mixed separators), a formula, merged heading cells.
 */
public final class TableReader {
    private static final Charset WINDOWS_1250 = Charset.forName("windows-1250");
    private static final long MAX_SIZE = 64L << 20;

    /** The rows read, the headings first, and a note about how (the encoding guessed), or null. */
    public record Rows(List<String> headings, List<List<String>> rows, String noteKey) {
        public Rows {
            headings = List.copyOf(headings);
            rows = List.copyOf(rows);
        }
    }

    private TableReader() {
    }

    public static Rows read(Path file) {
        String name = String.valueOf(file.getFileName());
        try {
            if (!Files.isRegularFile(file)) {
                throw new ExchangeException("exchange.error.missing", file);
            }
            if (Files.size(file) > MAX_SIZE) {
                throw new ExchangeException("exchange.error.tableTooLarge", name, MAX_SIZE >> 20);
            }
            return name.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? xlsx(file, name) : csv(file, name);
        } catch (IOException e) {
            throw new ExchangeException(e, "exchange.error.unreadable", name, e.getMessage());
        }
    }

    private static Rows csv(Path file, String name) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String note = null;
        String text = decode(bytes, StandardCharsets.UTF_8);
        if (text == null) {
            text = decode(bytes, WINDOWS_1250);
            if (text == null) {
                throw new ExchangeException("exchange.error.encoding", name);
            }
            note = "exchange.note.windows1250";
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String heading = text.lines().findFirst().orElse("");
        char separator = separator(heading);
        List<CSVRecord> records = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(separator).get()
                .parse(new StringReader(text)).getRecords();
        if (records.isEmpty()) {
            throw new ExchangeException("exchange.error.emptyTable", name);
        }
        List<String> headings = records.get(0).toList().stream().map(String::strip).toList();
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord record : records.subList(1, records.size())) {
            List<String> row = record.toList();
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue;
            }
            if (row.size() != headings.size()) {
                throw new ExchangeException("exchange.error.columns", name, record.getParser() == null ? 0
                        : record.getRecordNumber(), row.size(), headings.size(), String.valueOf(separator));
            }
            rows.add(row.stream().map(String::strip).toList());
        }
        return new Rows(headings, rows, note);
    }

    /** The separator the heading uses most: ; (Czech Excel), a comma or a tab. */
    private static char separator(String heading) {
        char best = ';';
        long most = -1;
        for (char c : new char[] {';', ',', '\t'}) {
            long n = heading.chars().filter(ch -> ch == c).count();
            if (n > most) {
                most = n;
                best = c;
            }
        }
        return best;
    }

    private static String decode(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Rows xlsx(Path file, String name) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Workbook opened;
        try {
            opened = WorkbookFactory.create(new ByteArrayInputStream(bytes));
        } catch (IOException | IllegalArgumentException e) { // POI: neither an OLE2 nor an OOXML stream, or empty
            throw new ExchangeException(e, "exchange.error.notXlsx", name);
        }
        try (Workbook workbook = opened) {
            Sheet sheet = workbook.getSheetAt(0);
            for (CellRangeAddress merged : sheet.getMergedRegions()) {
                if (merged.getFirstRow() <= sheet.getFirstRowNum()) {
                    throw new ExchangeException("exchange.error.mergedHeading", name, merged.formatAsString());
                }
            }
            DataFormatter formatter = new DataFormatter(Locale.forLanguageTag("cs-CZ"));
            List<String> headings = null;
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                int width = headings == null ? row.getLastCellNum() : headings.size();
                for (int c = 0; c < Math.max(0, width); c++) {
                    Cell cell = row.getCell(c);
                    if (cell != null && cell.getCellType() == CellType.FORMULA) {
                        throw new ExchangeException("exchange.error.formula", name, cell.getAddress().formatAsString());
                    }
                    cells.add(cell == null ? "" : formatter.formatCellValue(cell).strip());
                }
                if (headings == null) {
                    headings = cells;
                } else if (cells.stream().anyMatch(s -> !s.isEmpty())) {
                    rows.add(cells);
                }
            }
            if (headings == null) {
                throw new ExchangeException("exchange.error.emptyTable", name);
            }
            return new Rows(headings, rows, null);
        }
    }
}
