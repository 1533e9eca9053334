package vn.hoinghi.delegate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.base.RowProblem;
import vn.hoinghi.document.ImportAction;
import vn.hoinghi.document.UnreadableFileException;
import vn.hoinghi.security.AppRoles;

@IntegrationTest
@WithMockUser(roles = AppRoles.STAFF)
class DelegateImportServiceTest {

    @Autowired ImportFixture fixture;
    @Autowired DelegateImportService importer;
    @Autowired DelegateExportService exporter;
    @Autowired DelegateService delegates;

    @Test
    void theOfficeSheetAddsAll173DelegatesWithTheirGroupsAndPoints() {
        long conference = fixture.conferenceWithPoints();
        ImportPreview preview = fixture.preview(conference, "dai-bieu.xlsx");

        assertThat(preview.headerRow()).isEqualTo(4);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.count(ImportAction.ADD)).isEqualTo(173);
        assertThat(delegates.count(conference, DelegateFilter.all())).as("nothing written by a preview").isZero();

        ImportResult result = importer.commit(preview);

        assertThat(result).isEqualTo(new ImportResult(173, 0, 0, 0));
        List<Delegate> list = delegates.list(conference, DelegateFilter.all());
        assertThat(list).hasSize(173);
        assertThat(list.stream().filter(Delegate::atHall)).hasSize(93);
        assertThat(delegates.groups(conference)).extracting(CompositionGroup::name).startsWith("Lãnh đạo tỉnh");
        assertThat(list.getFirst()).satisfies(d -> {
            assertThat(d.fullName()).isEqualTo("Mai Công Tâm");
            assertThat(d.honorific()).isEqualTo("Ông");
            assertThat(d.protocolRank()).isEqualTo(1);
            assertThat(d.phone()).isEqualTo("0366372786");
        });
    }

    @Test
    void reimportingTheSameListInXlsxOrCsvChangesNothing() {
        long conference = fixture.conferenceWithDelegates();
        List<Delegate> before = delegates.list(conference, DelegateFilter.all());

        for (String file : List.of("dai-bieu.xlsx", "dai-bieu.csv")) {
            ImportPreview again = fixture.preview(conference, file);
            assertThat(again.count(ImportAction.UNCHANGED)).as(file).isEqualTo(173);
            assertThat(importer.commit(again)).isEqualTo(new ImportResult(0, 0, 173, 0));
        }
        assertThat(delegates.list(conference, DelegateFilter.all())).isEqualTo(before);
    }

    @Test
    void eachKindOfBadRowIsRefusedWithItsRowAndFieldAndTheRestIsAdded() {
        long conference = fixture.conferenceWithPoints();
        ImportPreview preview = fixture.preview(conference, "dai-bieu-co-loi.csv");

        assertThat(preview.problems()).extracting(RowProblem::row, RowProblem::field).containsExactly(
                tuple(3, "Họ và tên"), tuple(4, "Điện thoại"), tuple(5, "Email"), tuple(6, "Điểm cầu"),
                tuple(8, "Họ và tên"));
        assertThat(preview.problems()).extracting(RowProblem::message).satisfies(m -> {
            assertThat(m.get(0)).contains("Thiếu họ và tên");
            assertThat(m.get(1)).contains("09a12");
            assertThat(m.get(2)).contains("nguyen.van@@quangtri");
            assertThat(m.get(3)).contains("Điểm cầu huyện Không Có");
            assertThat(m.get(4)).contains("Trùng với dòng 7");
        });
        assertThat(preview.rows(ImportAction.ADD)).extracting(ImportRow::row).containsExactly(2, 7, 9, 10, 11, 12, 13);
        assertThat(preview.rows(ImportAction.ADD)).extracting(ImportRow::fullName).contains("Đinh Đức Hiếu");

        assertThat(importer.commit(preview)).isEqualTo(new ImportResult(7, 0, 0, 5));
        assertThat(delegates.count(conference, DelegateFilter.all())).isEqualTo(7);
    }

    @Test
    void theFaultyListAgainstTheFullListOnlyRefusesItsBadRows() {
        long conference = fixture.conferenceWithDelegates();
        ImportPreview preview = fixture.preview(conference, "dai-bieu-co-loi.csv");

        assertThat(preview.count(ImportAction.UNCHANGED)).isEqualTo(7);
        assertThat(preview.count(ImportAction.ERROR)).isEqualTo(5);
        assertThat(preview.count(ImportAction.ADD) + preview.count(ImportAction.UPDATE)).isZero();
    }

    @Test
    void aChangedRowUpdatesTheMatchedDelegateAndSaysWhatChanges() {
        long conference = fixture.conferenceWithDelegates();
        String csv = "Họ và tên,Điện thoại,Chức vụ\nMai Công Tâm,+84 366 372 786,Bí thư Tỉnh ủy khóa XVII\n";

        ImportPreview preview = importer.preview(conference, "sua.csv", csv.getBytes(StandardCharsets.UTF_8), p -> { });

        assertThat(preview.rows(ImportAction.UPDATE)).singleElement().satisfies(r ->
                assertThat(r.changes()).containsExactly("Chức vụ"));
        importer.commit(preview);
        Delegate tam = delegates.list(conference, new DelegateFilter("mai cong tam", null, null, null, null, null, false))
                .getFirst();
        assertThat(tam.title()).isEqualTo("Bí thư Tỉnh ủy khóa XVII");
        assertThat(tam.unitName()).as("an absent column keeps what is stored").isEqualTo("Tỉnh ủy");
    }

    @Test
    void anOfficeFileWrittenDifferentlyReadsTheSame() {
        long conference = fixture.conferenceWithPoints();
        String nfd = Normalizer.normalize("NGUYỄN   VĂN  AN", Normalizer.Form.NFD);
        String csv = "UBND TỈNH QUẢNG TRỊ;;;\n"
                + "DANH SACH DAI BIEU;;;\n"
                + ";;;\n"
                + "SĐT;Ho ten;Don vi;Diem cau;Gioi tinh;Chuc danh\n"
                + "+84 912 345 678;" + nfd + ";Sở Y tế;Vĩnh Linh;nam;Giám đốc\n"
                + "84 98 765 4321;Trần Thị Bé;Sở Y tế;;Nữ;Phó Giám đốc\n";

        ImportPreview preview = importer.preview(conference, "khac.csv", csv.getBytes(StandardCharsets.UTF_8), p -> { });

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rows(ImportAction.ADD)).extracting(ImportRow::fullName, ImportRow::phone, ImportRow::pointName)
                .containsExactly(
                        tuple("Nguyễn Văn An", "0912345678", "Điểm cầu UBND huyện Vĩnh Linh"),
                        tuple("Trần Thị Bé", "0987654321", "Hội trường Tỉnh ủy"));
        importer.commit(preview);
        assertThat(delegates.list(conference, new DelegateFilter("nguyen van an", null, null, null, null, null, false)))
                .singleElement().satisfies(d -> {
                    assertThat(d.fullName()).isEqualTo("Nguyễn Văn An");
                    assertThat(Normalizer.isNormalized(d.fullName(), Normalizer.Form.NFC)).isTrue();
                    assertThat(d.gender()).isEqualTo(Gender.MALE);
                });
    }

    @Test
    void aWorkbookWithANotesSheetFirstAndPhonesStoredAsNumbersIsRead() throws Exception {
        long conference = fixture.conferenceWithPoints();
        var out = new java.io.ByteArrayOutputStream();
        var workbook = new org.dhatim.fastexcel.Workbook(out, "test", "1.0");
        workbook.newWorksheet("Hướng dẫn").value(0, 0, "Điền danh sách ở trang sau.");
        var list = workbook.newWorksheet("Danh sách");
        String[] header = {"TT", "Họ tên", "Số điện thoại", "Đơn vị công tác", "Dự tại"};
        for (int c = 0; c < header.length; c++) {
            list.value(5, c, header[c]);
        }
        list.value(6, 0, 1);
        list.value(6, 1, "Võ Văn Hưng");
        list.value(6, 2, 912345678);
        list.value(6, 3, "Sở Tài chính");
        list.value(6, 4, "Trực tiếp tại Hội trường");
        workbook.finish();

        ImportPreview preview = importer.preview(conference, "hai-trang.xlsx", out.toByteArray(), p -> { });

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.headerRow()).isEqualTo(6);
        assertThat(preview.rows(ImportAction.ADD)).singleElement().satisfies(r -> {
            assertThat(r.phone()).isEqualTo("0912345678");
            assertThat(r.row()).isEqualTo(7);
            assertThat(r.pointName()).isEqualTo("Hội trường Tỉnh ủy");
        });
    }

    @Test
    void theExportedSheetReimportsToTheSameList() {
        long conference = fixture.conferenceWithDelegates();
        byte[] sheet = exporter.xlsx(conference, DelegateFilter.all());

        ImportPreview preview = importer.preview(conference, "xuat.xlsx", sheet, p -> { });
        assertThat(preview.count(ImportAction.UNCHANGED)).isEqualTo(173);

        long copy = fixture.conferenceWithPoints();
        importer.commit(importer.preview(copy, "xuat.xlsx", sheet, p -> { }));
        assertThat(delegates.list(copy, DelegateFilter.all()))
                .extracting(Delegate::fullName, Delegate::title, Delegate::unitName, Delegate::groupName,
                        Delegate::pointName, Delegate::phone, Delegate::email, Delegate::protocolRank)
                .isEqualTo(delegates.list(conference, DelegateFilter.all()).stream()
                        .map(d -> tuple(d.fullName(), d.title(), d.unitName(), d.groupName(),
                                d.pointName().equals("Hội trường UBND tỉnh") ? "Hội trường Tỉnh ủy" : d.pointName(),
                                d.phone(), d.email(), d.protocolRank())).toList());
    }

    @Test
    void aFileThatIsNotADelegateListIsRefusedClearly() {
        long conference = fixture.conferenceWithPoints();
        assertThatThrownBy(() -> importer.preview(conference, "x.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), p -> { }))
                .isInstanceOf(UnreadableFileException.class).hasMessageContaining("Họ và tên");
        byte[] latin1 = "Họ và tên,Điện thoại\nAn,0912345678\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> importer.preview(conference, "x.csv", latin1, p -> { }))
                .isInstanceOf(UnreadableFileException.class).hasMessageContaining("UTF-8");
    }

    @Test
    @WithMockUser(roles = AppRoles.UNIT)
    void aUnitAccountCannotImport() {
        assertThatThrownBy(() -> importer.preview(1, "x.csv", new byte[0], p -> { }))
                .isInstanceOf(AccessDeniedException.class);
    }
}
