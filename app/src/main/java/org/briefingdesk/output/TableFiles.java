package org.briefingdesk.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.briefingdesk.logic.exchange.TableData;

/**
 * A table written as Czech Excel expects it: CSV in UTF-8 with a BOM and {@code ;} between columns (quoting by
 * Commons CSV), or XLSX with a bold, frozen header row, real date cells and column widths. No cell is ever a
 * formula: a text that looks like one gets an apostrophe in CSV and is a quote-prefixed text cell in XLSX.
 */
public final class TableFiles {
    private static final int MAX_WIDTH_CHARS = 60;

    private TableFiles() {
    }

    public static void csv(TableData table, char separator, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVFormat format = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(separator).setRecordSeparator("\r\n")
                .get();
        CSVPrinter printer = new CSVPrinter(writer, format);
        printer.printRecord(table.headings().stream().map(TableData::csvText).toList());
        for (List<Object> row : table.rows()) {
            printer.printRecord(row.stream().map(TableData::csvText).toList());
        }
        printer.flush();
    }

    public static void xlsx(TableData table, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
            SXSSFSheet sheet = workbook.createSheet(sheetName(table.name()));
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("d. m. yyyy"));
            CellStyle text = workbook.createCellStyle();
            text.setQuotePrefixed(true);
            int[] widths = new int[table.headings().size()];
            Row top = sheet.createRow(0);
            for (int c = 0; c < table.headings().size(); c++) {
                Cell cell = top.createCell(c);
                cell.setCellValue(table.headings().get(c));
                cell.setCellStyle(header);
                widths[c] = table.headings().get(c).length();
            }
            int r = 1;
            for (List<Object> values : table.rows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    Cell cell = row.createCell(c);
                    if (value instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                        widths[c] = Math.max(widths[c], 11);
                    } else if (value != null) {
                        String s = value.toString();
                        cell.setCellValue(s);
                        if (TableData.looksLikeFormula(s)) {
                            cell.setCellStyle(text);
                        }
                        if (c < widths.length) {
                            widths[c] = Math.max(widths[c], Math.min(MAX_WIDTH_CHARS, s.length()));
                        }
                    }
                }
            }
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, Math.min(255, widths[c] + 2) * 256);
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            workbook.dispose();
        }
    }

    /** Excel's rules for a sheet's name: at most 31 characters, none of {@code []:*?/\}. */
    private static String sheetName(String name) {
        String clean = name == null || name.isBlank() ? "Tabulka" : name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return clean.length() > 31 ? clean.substring(0, 31) : clean;
    }
}
