package vn.hoinghi.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;
import vn.hoinghi.base.StaysVietnamese;
import vn.hoinghi.base.Times;
import vn.hoinghi.submission.report.ExpectedUnits;
import vn.hoinghi.submission.report.ReportField;
import vn.hoinghi.submission.report.ReportFormService;
import vn.hoinghi.submission.report.ReportSettings;
import vn.hoinghi.submission.report.ReportTemplate;
import vn.hoinghi.submission.report.UnitReportService;
import vn.hoinghi.unit.UnitService;

/**
 * The demo conference's unit reports: the plan's data form and outline, the departments and district committees
 * asked to report, four units' submitted figures with their report files and one unit's draft (sample figures from
 * {@code bao-cao-so-lieu.csv}, entered through the same service, as the committee does for a report sent by
 * e-mail). The deadline lies two weeks ahead so that the dev profile's unit account (Sở Y tế) can still fill its
 * own. Added once: a conference whose form has rows keeps its form, settings and reports.
 */
@StaysVietnamese("the demo conference's data")
@Component
class ReportDemo {

    static final String FIGURES = "/demo/quang-tri-2021/bao-cao-so-lieu.csv";
    private static final String SUBMITTED = "Đã nộp";

    private final ReportFormService forms;
    private final UnitReportService reports;
    private final UnitService units;
    private final Clock clock;

    ReportDemo(ReportFormService forms, UnitReportService reports, UnitService units, Clock clock) {
        this.forms = forms;
        this.reports = reports;
        this.units = units;
        this.clock = clock;
    }

    void load(long conferenceId) {
        if (!forms.form(conferenceId).isEmpty()) {
            return;
        }
        forms.loadTemplate(conferenceId, ReportTemplate.QUANG_TRI_2021);
        ReportSettings s = forms.settings(conferenceId);
        forms.saveSettings(conferenceId, s.version(), LocalDate.now(clock.withZone(Times.VIETNAM)).plusDays(14),
                s.outline(), ExpectedUnits.suggested(units.find(conferenceId, null)).stream().map(u -> u.id()).collect(Collectors.toSet()));
        Map<String, Long> ids = new HashMap<>();
        forms.form(conferenceId).fields().forEach((ReportField f) -> ids.put(f.code(), f.id()));
        figures().forEach((unitName, sample) -> {
            long unit = units.findOrCreate(conferenceId, unitName).id();
            Map<Long, String> typed = new HashMap<>();
            sample.figures().forEach((code, value) -> typed.put(ids.get(code), value));
            int version = reports.save(conferenceId, unit, 0, typed);
            if (sample.submitted()) {
                version = reports.attach(conferenceId, unit, version, "bao-cao-so-ket-" + DemoReportFile.slug(unitName) + ".pdf",
                        DemoReportFile.pdf(unitName, s.outline()));
                reports.submit(conferenceId, unit, version, typed);
            }
        });
    }

    private record Sample(boolean submitted, Map<String, String> figures) {
    }

    private static Map<String, Sample> figures() {
        Map<String, Sample> samples = new LinkedHashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setCommentMarker('#').setHeader()
                .setSkipHeaderRecord(true).get();
        try (InputStream in = ReportDemo.class.getResourceAsStream(FIGURES);
             var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            for (CSVRecord row : format.parse(reader)) {
                samples.computeIfAbsent(row.get("Đơn vị"), u -> new Sample(SUBMITTED.equals(row.get("Trạng thái")),
                        new LinkedHashMap<>())).figures().put(row.get("Mã"), row.get("Số liệu"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return samples;
    }
}
