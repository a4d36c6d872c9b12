package org.briefingdesk.bench.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.briefingdesk.bench.start.Series;
import org.briefingdesk.bench.start.StartReport;

/** {@code bench start --json}: stable English keys; times in milliseconds from the child JVM's start, memory in MB. */
record StartReportJson(String launcher, int runs, double scale, boolean largeFileGiven, long sampleRecords,
                       long largeRecords, long largeStatementsShown, Map<String, Object> medians,
                       Map<String, Object> runsMillis,
                       Map<String, Double> ratios, Map<String, Object> memory, Map<String, Boolean> targetsMet) {
    static StartReportJson of(StartReport r, double scale, boolean largeFileGiven) {
        Map<String, Object> medians = new LinkedHashMap<>();
        Map<String, Object> all = new LinkedHashMap<>();
        put(medians, all, "emptyStage", r.emptyStage());
        put(medians, all, "firstFrame", r.firstFrame());
        put(medians, all, "sampleOverview", r.sampleOverview());
        put(medians, all, "largeFirstFrame", r.largeFirstFrame());
        put(medians, all, "largeOverview", r.largeOverview());
        put(medians, all, "largeStatements", r.largeStatements());
        Map<String, Double> ratios = new LinkedHashMap<>();
        ratios.put("firstFrameToEmptyStage", r.firstFrameRatio());
        ratios.put("sampleOverviewToEmptyStage", r.sampleRatio());
        ratios.put("largeOverviewToEmptyStage", r.largeRatio());
        Map<String, Object> memory = new LinkedHashMap<>();
        StartReport.Memory m = r.memory();
        memory.put("statementsShown", m.statements().rows());
        memory.put("statementsResidentMb", m.measured() ? m.statementsMb() : null);
        memory.put("query", m.query());
        memory.put("searchResults", m.search().rows());
        memory.put("searchResidentMb", m.measured() ? m.searchMb() : null);
        Map<String, Boolean> targets = new LinkedHashMap<>();
        targets.put("sampleOverviewAtMost1_3xEmptyStage", r.sampleMet());
        targets.put("largeOverviewAtMost1_5xEmptyStage", r.largeMet());
        targets.put("residentUnder450Mb", m.met());
        return new StartReportJson(r.launcher(), r.runs(), largeFileGiven ? 0 : scale, largeFileGiven,
                r.sampleRecords(), r.largeRecords(), r.largeStatementsShown(), medians, all, ratios, memory, targets);
    }

    private static void put(Map<String, Object> medians, Map<String, Object> all, String key, Series series) {
        Map<String, Object> median = new LinkedHashMap<>();
        median.put("fromJvmStart", series.median());
        median.put("fromProcessStart", series.wallMedian());
        medians.put(key, median);
        all.put(key, series.millis());
    }

}
