package vn.hoinghi.submission.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.hoinghi.base.StaysVietnamese;

/**
 * A data form and outline that a conference can start from, kept as files beside the code (the plan's own rows),
 * not as code: the Quảng Trị 2021 plan's "Biểu mẫu báo cáo số liệu" and "Mẫu đề cương báo cáo"; the Kiên Giang 2021
 * plan's "Đề cương báo cáo" with its table. A TABLE row's columns and rows follow it in the file ({@link TemplateCsv}).
 */
@StaysVietnamese("the plan's template: its name, its files' headers")
public record ReportTemplate(String name, List<FieldDraft> fields, Map<Integer, TableDraft> tables, String outline) {

    private static final String FOLDER = "/report-templates/";

    public static final ReportTemplate QUANG_TRI_2021 = of("Quảng Trị 2021", "quang-tri-2021");

    public static final ReportTemplate KIEN_GIANG_2021 = of("Kiên Giang 2021", "kien-giang-2021");

    /** The templates the committee chooses from. */
    public static final List<ReportTemplate> ALL = List.of(QUANG_TRI_2021, KIEN_GIANG_2021);

    public ReportTemplate {
        fields = List.copyOf(fields);
        tables = Map.copyOf(tables);
    }

    /** The table of the {@code index}-th row (from 0), if that row is a table. */
    public Optional<TableDraft> table(int index) {
        return Optional.ofNullable(tables.get(index));
    }

    private static ReportTemplate of(String name, String file) {
        try (InputStream in = open(file + "-bieu-mau.csv")) {
            TemplateCsv form = TemplateCsv.read(in);
            return new ReportTemplate(name, form.fields(), form.tables(), text(file + "-de-cuong.txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
