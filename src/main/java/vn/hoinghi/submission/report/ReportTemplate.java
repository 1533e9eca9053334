package vn.hoinghi.submission.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import vn.hoinghi.base.StaysVietnamese;

/**
 * A data form and outline that a conference can start from, kept as files beside the code (the plan's own rows),
 * not as code. The Quảng Trị 2021 plan's "Biểu mẫu báo cáo số liệu" and "Mẫu đề cương báo cáo".
 */
@StaysVietnamese("the plan's template: its name, its files' headers")
public record ReportTemplate(String name, List<FieldDraft> fields, String outline) {

    private static final String FOLDER = "/report-templates/";

    public static final ReportTemplate QUANG_TRI_2021 = new ReportTemplate("Quảng Trị 2021",
            fields("quang-tri-2021-bieu-mau.csv"), text("quang-tri-2021-de-cuong.txt"));

    private static List<FieldDraft> fields(String file) {
        List<FieldDraft> fields = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setCommentMarker('#').setHeader()
                .setSkipHeaderRecord(true).get();
        try (InputStream in = open(file); var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            for (CSVRecord row : format.parse(reader)) {
                String unit = row.get("Đơn vị tính").strip();
                fields.add(new FieldDraft(row.get("Mã").strip(), row.get("Nội dung").strip(),
                        FieldKind.valueOf(row.get("Loại").strip()), unit.isEmpty() ? null : unit,
                        Integer.parseInt(row.get("Cấp").strip())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(fields);
    }

    private static String text(String file) {
        try (InputStream in = open(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String file) {
        InputStream in = ReportTemplate.class.getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new IllegalStateException("Missing template file " + FOLDER + file);
        }
        return in;
    }
}
