package org.attune.competence.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.ToIntFunction;
import lombok.Getter;
import org.attune.competence.CohortProgressService;
import org.attune.competence.TraineeProgress;
import org.attune.platform.faces.Texts;
import org.omnifaces.util.Faces;

/**
 * Backs {@code trainer/dashboard.xhtml}: the progress of every trainee of the trainer's cohorts, to sort and
 * filter, the cohort's progress as a chart, a CSV export and the trainees who need attention. The table shows
 * {@value #PAGE_SIZE} trainees a page and the attention list the first {@value #ATTENTION_SHOWN} (with a way to filter
 * to all of them): a cohort of 500 is one read of the database but not a page of 500 rows. The view keeps the filter,
 * sort and page; the rows are read once a request ({@link TrainerProgressRows}), so a sort or a next page shows the
 * progress as it is then.
 */
@Named
@ViewScoped
public class TrainerDashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int PAGE_SIZE = 50;
    static final int ATTENTION_SHOWN = 10;

    /** One bar of the chart: a measure and the cohort's average, in percent. */
    public record Bar(String label, int percent, int complete, int y) implements Serializable {}

    /** The filter and sort that decide which rows are shown, in which order. */
    private record Shown(String cohort, String name, boolean attentionOnly, String sort) {}

    @Inject
    private TrainerProgressRows progress;

    @Getter
    private String cohort;

    @Getter
    private String name;

    @Getter
    private boolean attentionOnly;

    @Getter
    private String sort = "name";

    private int page;

    /** Applies the filter: from the first page again. */
    public void apply() {
        page = 0;
    }

    /** Only the trainees who need attention, from the first page. */
    public void showAttention() {
        attentionOnly = true;
        apply();
    }

    public void next() {
        page = Math.min(page + 1, getPageCount() - 1);
    }

    public void previous() {
        page = Math.max(page - 1, 0);
    }

    /** The trainees shown: filtered by cohort, name and attention, sorted as chosen. */
    public List<TraineeProgress> getRows() {
        return progress.shown(new Shown(cohort, name, attentionOnly, sort), this::filteredAndSorted);
    }

    /** This page's rows of {@link #getRows()}. */
    public List<TraineeProgress> getPageRows() {
        List<TraineeProgress> rows = getRows();
        int from = Math.min(getFirst() - 1, rows.size());
        return rows.subList(Math.max(from, 0), Math.min(from + PAGE_SIZE, rows.size()));
    }

    /** The number of this page's first row, counting from 1. */
    public int getFirst() {
        return Math.min(page, getPageCount() - 1) * PAGE_SIZE + 1;
    }

    public int getLast() {
        return Math.min(getFirst() + PAGE_SIZE - 1, getRows().size());
    }

    public int getPageCount() {
        return Math.max(1, (getRows().size() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public boolean isPaged() {
        return getRows().size() > PAGE_SIZE;
    }

    public boolean isFirstPage() {
        return getFirst() == 1;
    }

    public boolean isLastPage() {
        return getLast() >= getRows().size();
    }

    private List<TraineeProgress> filteredAndSorted() {
        String text = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        List<TraineeProgress> rows = new ArrayList<>(progress.all().stream()
                .filter(r -> cohort == null || cohort.isBlank() || r.cohorts().contains(cohort))
                .filter(r -> text.isEmpty()
                        || r.name().toLowerCase(Locale.ROOT).contains(text)
                        || r.email().toLowerCase(Locale.ROOT).contains(text))
                .filter(r -> !attentionOnly || r.needsAttention())
                .toList());
        rows.sort(comparator());
        return rows;
    }

    private Comparator<TraineeProgress> comparator() {
        Comparator<TraineeProgress> byName = Comparator.comparing(TraineeProgress::name, String.CASE_INSENSITIVE_ORDER);
        ToIntFunction<TraineeProgress> measure = switch (sort == null ? "" : sort) {
            case "modules" -> TraineeProgress::modulesPercent;
            case "quizzes" -> TraineeProgress::quizzesPercent;
            case "practicum" -> TraineeProgress::practicumPercent;
            case "competences" -> TraineeProgress::competencesPercent;
            default -> null;
        };
        if ("activity".equals(sort)) {
            return Comparator.comparing(TraineeProgress::lastActivity, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(byName);
        }
        return measure == null ? byName : Comparator.comparingInt(measure).thenComparing(byName);
    }

    /** The first {@value #ATTENTION_SHOWN} trainees who need attention, by name. */
    public List<TraineeProgress> getAttention() {
        return progress.all().stream()
                .filter(TraineeProgress::needsAttention)
                .limit(ATTENTION_SHOWN)
                .toList();
    }

    public long getAttentionCount() {
        return progress.all().stream().filter(TraineeProgress::needsAttention).count();
    }

    /** The chart: the shown trainees' average progress per measure, and how many completed it. */
    public List<Bar> getChart() {
        List<TraineeProgress> rows = getRows();
        List<Bar> bars = new ArrayList<>();
        bars.add(bar(Texts.get("trainerDashboard.modules"), rows, TraineeProgress::modulesPercent, 0));
        bars.add(bar(Texts.get("trainerDashboard.quizzes"), rows, TraineeProgress::quizzesPercent, 1));
        bars.add(bar(Texts.get("trainerDashboard.practicum"), rows, TraineeProgress::practicumPercent, 2));
        bars.add(bar(Texts.get("trainerDashboard.chart.competences"), rows, TraineeProgress::competencesPercent, 3));
        return bars;
    }

    private static Bar bar(
            String label, List<TraineeProgress> rows, ToIntFunction<TraineeProgress> measure, int index) {
        int average = rows.isEmpty()
                ? 0
                : (int) Math.round(rows.stream().mapToInt(measure).average().orElse(0));
        int complete =
                (int) rows.stream().filter(r -> measure.applyAsInt(r) >= 100).count();
        return new Bar(label, average, complete, 10 + index * 44);
    }

    public List<String> getCohorts() {
        TreeSet<String> names = new TreeSet<>();
        progress.all().forEach(r -> names.addAll(r.cohorts()));
        return List.copyOf(names);
    }

    public void exportCsv() throws IOException {
        Faces.sendFile(
                CohortProgressService.csv(getRows()).getBytes(StandardCharsets.UTF_8), "trainee-progress.csv", true);
    }

    public void setCohort(String cohort) {
        this.cohort = cohort;
    }

    public void setName(String name) {
        this.name = name;
    }

    public void setAttentionOnly(boolean attentionOnly) {
        this.attentionOnly = attentionOnly;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }
}
