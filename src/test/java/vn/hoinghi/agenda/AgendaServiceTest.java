package vn.hoinghi.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.canvas.parser.listener.LocationTextExtractionStrategy;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.OnPage;
import vn.hoinghi.TestData;
import vn.hoinghi.base.RowProblem;
import vn.hoinghi.base.Times;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.VersionConflictException;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.delegate.ImportFixture;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.point.PointBulkService;
import vn.hoinghi.point.PointImportService;
import vn.hoinghi.point.PointService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.RunAs;
import vn.hoinghi.security.TestAccounts;

/** The agenda editor against the real database: the sample programme, reordering, conflicts, bad files, the PDF. */
@IntegrationTest
@WithMockUser(username = "bantochuc", roles = AppRoles.STAFF)
class AgendaServiceTest {

    @Autowired AgendaService agendas;
    @Autowired AgendaImportService importer;
    @Autowired AgendaPdfService pdfs;
    @Autowired ConferenceService conferences;
    @Autowired PointImportService pointImport;
    @Autowired RunAs runAs;
    @Autowired PointService points;
    @Autowired PointBulkService bulk;
    @Autowired TestAccounts accounts;

    long conference;

    @BeforeEach
    void theQuangTriConferenceWithItsPoints() {
        var plan = TestData.quangTri(); // under another title: the demo loader finds its conference by title and start
        plan.setTitle(TestData.unique(plan.getTitle()));
        conference = conferences.create(plan);
        pointImport.commit(conference, pointImport.preview(conference, "diem-cau.xlsx", ImportFixture.sample("diem-cau.xlsx")));
    }

    private Agenda importSample() {
        AgendaImportPreview preview = importer.preview(conference, "chuong-trinh.csv", ImportFixture.sample("chuong-trinh.csv"));
        assertThat(preview.errors()).isZero();
        assertThat(importer.commit(preview, false)).isEqualTo(12);
        return agendas.agenda(conference);
    }

    private static List<String> starts(Agenda agenda) {
        return agenda.slots().stream().map(s -> Times.TIME.format(Times.local(s.start()))).toList();
    }

    /** Decision 027: a withdrawn point takes no new item; the item already there keeps it when edited. */
    @Test
    void aWithdrawnPointTakesNoNewItemButTheItemThereKeepsIt() {
        MeetingPoint vinhLinh = points.list(conference).stream().filter(p -> p.name().contains("Vĩnh Linh")).findFirst()
                .orElseThrow();
        long there = agendas.create(conference, new AgendaDraft(AgendaKind.CONTRIBUTION, "Tham luận của Vĩnh Linh",
                null, null, null, 7, vinhLinh.id(), null, null));
        bulk.withdraw(conference, List.of(vinhLinh.id()));

        assertThatThrownBy(() -> agendas.create(conference, new AgendaDraft(AgendaKind.SPEECH, "Phát biểu thêm", null,
                null, null, 5, vinhLinh.id(), null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsEntry(
                        "pointId", vinhLinh.name() + " đã rút khỏi hội nghị: không đặt thêm mục chương trình ở điểm cầu này."));
        AgendaItem item = agendas.agenda(conference).items().stream().filter(i -> i.id() == there).findFirst().orElseThrow();
        agendas.update(there, item.version(), new AgendaDraft(item.kind(), "Tham luận của Vĩnh Linh (sửa)", null, null,
                null, 8, vinhLinh.id(), null, null));
        assertThat(agendas.agenda(conference).items()).filteredOn(i -> i.id() == there)
                .extracting(AgendaItem::pointId).containsExactly(vinhLinh.id());

        AgendaImportPreview preview = importer.preview(conference, "chuong-trinh.csv", ImportFixture.sample("chuong-trinh.csv"));
        assertThat(preview.rows().stream().flatMap(r -> r.problems().stream()).map(RowProblem::toString)).containsExactly(
                "Dòng 10, Nội dung: " + vinhLinh.name()
                        + " đã rút khỏi hội nghị: không đặt thêm mục chương trình ở điểm cầu này.");
    }

    @Test
    void theSampleProgrammeImportsAsTwelveItemsInOrderWithTheirTimesFromHalfPastSeven() {
        Agenda agenda = importSample();

        assertThat(agenda.items()).extracting(AgendaItem::position).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(agenda.items()).extracting(AgendaItem::kind).containsExactly(AgendaKind.PERFORMANCE,
                AgendaKind.CEREMONY, AgendaKind.SPEECH, AgendaKind.PERFORMANCE, AgendaKind.CONTRIBUTION,
                AgendaKind.CONTRIBUTION, AgendaKind.CONTRIBUTION, AgendaKind.CONTRIBUTION, AgendaKind.CONTRIBUTION,
                AgendaKind.AWARDS, AgendaKind.SPEECH, AgendaKind.SPEECH);
        assertThat(agenda.items()).extracting(AgendaItem::plannedMinutes)
                .containsExactly(10, 5, 10, 20, 7, 7, 7, 7, 7, 30, 15, 10);
        assertThat(agenda.items().getFirst().title())
                .isEqualTo("Chương trình văn nghệ trực tuyến tuyên truyền phòng, chống dịch COVID-19");
        assertThat(agenda.items().getFirst().presenter()).isEqualTo("Đài Phát thanh - Truyền hình Quảng Trị");
        assertThat(agenda.items().getLast().title()).isEqualTo("Phát biểu kết luận, bế mạc hội nghị");
        assertThat(starts(agenda)).containsExactly("07:30", "07:40", "07:45", "07:55", "08:15", "08:22", "08:29",
                "08:36", "08:43", "08:50", "09:20", "09:35");
        assertThat(Times.TIME.format(Times.local(agenda.plannedEnd()))).isEqualTo("09:45");

        List<AgendaItem> remote = agenda.items().stream().filter(AgendaItem::remote).toList();
        assertThat(remote).extracting(AgendaItem::position).containsExactly(8, 9);
        assertThat(remote.get(0).pointName()).contains("Đakrông");
        assertThat(remote.get(0).title()).isEqualTo("Tham luận: Hoạt động của các Tổ Covid cộng đồng");
        assertThat(remote.get(1).pointName()).contains("Vĩnh Linh");
        assertThat(remote.get(1).title()).isEqualTo("Tham luận: Phòng, chống dịch tại địa bàn tiếp giáp với tỉnh bạn");
    }

    @Test
    void reorderingRecomputesTheTimes() {
        Agenda agenda = importSample();
        List<Long> ids = new ArrayList<>(agenda.items().stream().map(AgendaItem::id).toList());
        ids.addFirst(ids.remove(3)); // the 20-minute report on film opens the conference

        agendas.reorder(conference, agenda.version(), ids);
        Agenda after = agendas.agenda(conference);
        assertThat(after.items()).extracting(AgendaItem::id).containsExactlyElementsOf(ids);
        assertThat(after.items().getFirst().plannedMinutes()).isEqualTo(20);
        assertThat(starts(after).subList(0, 5)).containsExactly("07:30", "07:50", "08:00", "08:05", "08:15");
        assertThat(after.items()).extracting(AgendaItem::position).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);

        agendas.move(conference, after.version(), ids.getFirst(), 1); // keyboard: one step down
        assertThat(starts(agendas.agenda(conference)).subList(0, 3)).containsExactly("07:30", "07:40", "08:00");
    }

    @Test
    void twoEditorsAtOnceGetAClearConflictNotASilentOverwrite() {
        Agenda seenByBoth = importSample();
        List<Long> ids = seenByBoth.items().stream().map(AgendaItem::id).toList();

        agendas.reorder(conference, seenByBoth.version(), ids.reversed());
        assertThatThrownBy(() -> agendas.reorder(conference, seenByBoth.version(), ids))
                .isInstanceOf(VersionConflictException.class).hasMessageContaining("vừa được người khác thay đổi");
        assertThat(agendas.agenda(conference).items()).extracting(AgendaItem::id).containsExactlyElementsOf(ids.reversed());

        AgendaItem item = agendas.agenda(conference).items().getFirst();
        agendas.update(item.id(), item.version(), draft(item, 12));
        assertThatThrownBy(() -> agendas.update(item.id(), item.version(), draft(item, 15)))
                .isInstanceOf(VersionConflictException.class).hasMessageContaining("vừa được người khác sửa");
        assertThat(agendas.agenda(conference).items().getFirst().plannedMinutes()).isEqualTo(12);
        assertThatThrownBy(() -> agendas.delete(item.id(), item.version())).isInstanceOf(VersionConflictException.class);

        Agenda stale = agendas.agenda(conference);
        agendas.create(conference, new AgendaDraft(AgendaKind.BREAK, "Nghỉ giải lao", null, null, null, 10, null, null, null));
        assertThatThrownBy(() -> agendas.reorder(conference, stale.version(), stale.items().stream().map(AgendaItem::id).toList()))
                .as("an item added by someone else in between").isInstanceOf(VersionConflictException.class);
    }

    private static AgendaDraft draft(AgendaItem i, int minutes) {
        return new AgendaDraft(i.kind(), i.title(), i.presenterDelegateId(), i.presenter(), i.unitName(), minutes,
                i.pointId(), "Kính thưa các đồng chí,\nxin mời…", i.notes());
    }

    @Test
    void badRowsAreNamedByRowAndColumnAndNothingIsImported() {
        String csv = """
                CHƯƠNG TRÌNH HỘI NGHỊ
                Stt;Noi dung;Nguoi trinh bay;Thoi luong;Loai;Diem cau
                1;Khai mạc;Lãnh đạo tỉnh;10;Phat bieu;
                2;;MC;5;Nghi thuc;
                3;Báo cáo sơ kết;Sở Y tế;mười;Bao cao;
                4;Văn nghệ;Đoàn nghệ thuật;0;Video;
                5;Hát đồng ca;Đoàn;5;Hát;
                6;Tham luận của huyện;UBND huyện;7;Tham luan;huyện Hướng Sơn
                7;Tham luận (từ điểm cầu huyện Không Có);UBND;7;;
                8;Tham luận từ Gio Linh;UBND huyện Gio Linh;7 phút;Tham luận;Gio Linh
                """;
        AgendaImportPreview preview = importer.preview(conference, "chuong-trinh-loi.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(preview.rows()).hasSize(8);
        assertThat(preview.errors()).isEqualTo(6);
        List<String> problems = preview.rows().stream().flatMap(r -> r.problems().stream()).map(RowProblem::toString).toList();
        assertThat(problems).containsExactly(
                "Dòng 4, Nội dung: Hãy nhập nội dung (tên mục).",
                "Dòng 5, Thời lượng (phút): Thời lượng \"mười\" không phải số phút (ví dụ: 10).",
                "Dòng 6, Thời lượng (phút): Thời lượng phải là số phút từ 1 đến 600.",
                "Dòng 7, Loại: Loại \"Hát\" không rõ: hãy ghi một trong Nghi thức; Văn nghệ, video; Phát biểu; Báo cáo;"
                        + " Tham luận; Thảo luận; Khen thưởng; Giải lao; Bế mạc.",
                "Dòng 8, Điểm cầu: Không có điểm cầu \"huyện Hướng Sơn\" trong hội nghị. Hãy nhập danh sách điểm cầu"
                        + " trước hoặc sửa tên.",
                "Dòng 9, Nội dung: Không có điểm cầu \"huyện Không Có\" trong hội nghị. Hãy nhập danh sách điểm cầu"
                        + " trước hoặc sửa tên.");
        AgendaImportRow gioLinh = preview.rows().getLast();
        assertThat(gioLinh.ok()).isTrue();
        assertThat(gioLinh.pointName()).contains("Gio Linh");
        assertThat(gioLinh.draft().plannedMinutes()).isEqualTo(7);
        assertThat(gioLinh.draft().kind()).isEqualTo(AgendaKind.CONTRIBUTION);

        assertThatThrownBy(() -> importer.commit(preview, false)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("6 dòng lỗi");
        assertThat(agendas.agenda(conference).isEmpty()).isTrue();
    }

    @Test
    void replacingAndAppendingDoWhatTheySay() {
        importSample();
        byte[] sample = ImportFixture.sample("chuong-trinh.csv");
        AgendaImportPreview again = importer.preview(conference, "chuong-trinh.csv", sample);
        assertThat(again.existingItems()).isEqualTo(12);
        importer.commit(again, false);
        assertThat(agendas.agenda(conference).items()).hasSize(24);

        importer.commit(importer.preview(conference, "chuong-trinh.csv", sample), true);
        Agenda replaced = agendas.agenda(conference);
        assertThat(replaced.items()).hasSize(12);
        assertThat(replaced.items()).extracting(AgendaItem::position).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);

        AgendaImportPreview stale = importer.preview(conference, "chuong-trinh.csv", sample);
        agendas.delete(replaced.items().getFirst().id(), replaced.items().getFirst().version());
        assertThatThrownBy(() -> importer.commit(stale, true)).isInstanceOf(VersionConflictException.class);
    }

    @Test
    void theReviewConferenceTemplateGoesIntoAnEmptyAgendaOrAfterAConfirmation() {
        assertThat(agendas.addTemplate(conference, agendas.agenda(conference).version(), false)).isEqualTo(9);
        Agenda agenda = agendas.agenda(conference);
        assertThat(agenda.items()).extracting(AgendaItem::kind).startsWith(AgendaKind.PERFORMANCE, AgendaKind.CEREMONY,
                AgendaKind.SPEECH, AgendaKind.REPORT, AgendaKind.CONTRIBUTION, AgendaKind.DISCUSSION, AgendaKind.AWARDS);
        assertThat(agenda.items().getLast().kind()).isEqualTo(AgendaKind.CLOSING);
        assertThat(agenda.items().get(1).script()).contains("\n");

        assertThatThrownBy(() -> agendas.addTemplate(conference, agenda.version(), false))
                .isInstanceOf(ValidationException.class).hasMessageContaining("đã có 9 mục");
        agendas.addTemplate(conference, agenda.version(), true);
        assertThat(agendas.agenda(conference).items()).hasSize(18);
    }

    @Test
    void onAnEnglishPageTheRefusalsReadInEnglish() {
        agendas.addTemplate(conference, agendas.agenda(conference).version(), false);
        try (var _ = OnPage.english()) {
            assertThatThrownBy(() -> agendas.addTemplate(conference, agendas.agenda(conference).version(), false))
                    .isInstanceOf(ValidationException.class).hasMessage("The programme already has 9 items."
                            + " Confirm if you want the template’s items added at the end.");
            String csv = "Stt;Noi dung;Thoi luong;Loai\n1;Khai mạc;mười;Hát\n";
            AgendaImportPreview preview = importer.preview(conference, "en.csv", csv.getBytes(StandardCharsets.UTF_8));
            assertThat(preview.rows().getFirst().problems()).extracting(RowProblem::message).containsExactly(
                    "Unknown kind \"Hát\": write one of Ceremony; Performance, video; Speech; Report; Contribution;"
                            + " Discussion; Awards; Break; Closing.",
                    "The duration \"mười\" is not a number of minutes (e.g. 10).");
        }
    }

    @Test
    void aKindIsReadFromItsVietnameseOrEnglishName() {
        assertThat(AgendaKind.parse("Văn nghệ, video")).contains(AgendaKind.PERFORMANCE);
        assertThat(AgendaKind.parse("Performance, video")).contains(AgendaKind.PERFORMANCE);
        assertThat(AgendaKind.parse("Tham luan")).contains(AgendaKind.CONTRIBUTION);
        assertThat(AgendaKind.parse("Break")).contains(AgendaKind.BREAK);
        assertThat(AgendaKind.parse("Hát")).isEmpty();
        assertThat(AgendaKind.CLOSING.label()).isEqualTo("Bế mạc");
    }

    @Test
    void thePdfPrintsTheProgrammeInOrderWithTimesAndTheRemotePointsMarked() throws Exception {
        Agenda agenda = importSample();
        byte[] pdf = pdfs.pdf(conference);
        Files.createDirectories(Path.of("target/pdf"));
        Files.write(Path.of("target/pdf/chuong-trinh.pdf"), pdf);

        String text;
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            StringBuilder all = new StringBuilder();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                all.append(PdfTextExtractor.getTextFromPage(doc.getPage(p), new LocationTextExtractionStrategy())).append('\n');
            }
            text = all.toString().replaceAll("\\s+", " ");
        }
        assertThat(text).contains("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "CHƯƠNG TRÌNH", "Hội nghị sơ kết công tác phòng, chống dịch COVID-19",
                "07 giờ 30, thứ Sáu, ngày 29/10/2021", "Hội trường UBND tỉnh", "07:30 - 07:40",
                "Từ điểm cầu UBND huyện Đakrông", "Từ điểm cầu UBND huyện Vĩnh Linh", "09:35 - 09:45",
                "dự kiến kết thúc lúc 09:45");
        int at = -1;
        for (AgendaItem item : agenda.items()) {
            String start = item.title().substring(0, Math.min(25, item.title().length()));
            int found = text.indexOf(start, at + 1);
            assertThat(found).as("item %d \"%s\" after the one before", item.position(), start).isGreaterThan(at);
            at = found;
        }
        assertThat(text).contains("08:36 - 08:43 (*)", "08:43 - 08:50 (*)");
    }

    @Test
    void theMcReadsTheAgendaButCannotChangeItAndTheGateSeesNothing() {
        Agenda agenda = importSample();
        List<Long> ids = agenda.items().stream().map(AgendaItem::id).toList();
        AgendaItem first = agenda.items().getFirst();
        accounts.serving("dan-chuong-trinh", AppRoles.MC, conference);
        accounts.serving("ai-do", AppRoles.MC, conference);
        accounts.serving("cong", AppRoles.GATE, conference);

        assertThat(runAs.role("dan-chuong-trinh", AppRoles.MC, () -> agendas.agenda(conference)).items()).hasSize(12);
        assertThat(runAs.role("dan-chuong-trinh", AppRoles.MC, () -> pdfs.pdf(conference))).isNotEmpty();
        for (String role : List.of(AppRoles.MC, AppRoles.GATE)) {
            assertThatThrownBy(() -> runAs.role("ai-do", role, () -> {
                agendas.reorder(conference, agenda.version(), ids.reversed());
                return null;
            })).as(role).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.role("ai-do", role, () -> {
                agendas.update(first.id(), first.version(), draft(first, 99));
                return null;
            })).as(role).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.role("ai-do", role, () -> agendas.create(conference, draft(first, 5))))
                    .as(role).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.role("ai-do", role,
                    () -> importer.preview(conference, "chuong-trinh.csv", ImportFixture.sample("chuong-trinh.csv"))))
                    .as(role).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> runAs.role("cong", AppRoles.GATE, () -> agendas.agenda(conference)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(agendas.agenda(conference).items()).extracting(AgendaItem::id).containsExactlyElementsOf(ids);
    }
}
