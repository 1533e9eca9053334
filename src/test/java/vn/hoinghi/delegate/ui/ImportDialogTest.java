package vn.hoinghi.delegate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithMockUser;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.LiveDelay;
import vn.hoinghi.SignedInBrowserlessTest;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.delegate.DelegateFilter;
import vn.hoinghi.delegate.DelegateImportService;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.delegate.ImportFixture;
import vn.hoinghi.document.HostileFiles;
import vn.hoinghi.document.TabularFiles;
import vn.hoinghi.security.AppRoles;

/**
 * A hostile file sent to the delegate import dialog ends the reading with the file's Vietnamese message — no
 * "Đang đọc…" left turning, nothing to confirm, nothing written — and the next file is read as usual.
 */
@IntegrationTest
@WithMockUser(username = "bantochuc-ui", roles = AppRoles.STAFF)
class ImportDialogTest extends SignedInBrowserlessTest {

    @Autowired ImportFixture fixture;
    @Autowired ConferenceService conferences;
    @Autowired DelegateImportService importer;
    @Autowired DelegateService delegates;
    @Autowired ObjectProvider<SecurityContextHolderStrategy> strategies;
    private SecurityContextHolderStrategy before;

    /**
     * The dialog reads the file on a thread of its own and hands the user over through the JVM-wide holder, which in
     * production is this application's; with other test contexts in the JVM it may be theirs, so it is made this
     * one's for the test.
     */
    @BeforeEach
    void thisApplicationsSecurityHolder() {
        before = SecurityContextHolder.getContextHolderStrategy();
        SecurityContextHolder.setContextHolderStrategy(strategies.getIfAvailable(() -> before));
    }

    @AfterEach
    void theHolderAsItWas() {
        SecurityContextHolder.setContextHolderStrategy(before);
    }

    @Test
    void aHostileFileEndsTheDialogWithItsMessageAndNothingToConfirm() throws InterruptedException {
        long conferenceId = fixture.conferenceWithPoints();
        Conference conference = conferences.open(conferenceId).orElseThrow();
        ImportDialog dialog = new ImportDialog(importer, conference, () -> { });
        dialog.open();
        roundTrip();
        Upload upload = $(Upload.class).single();
        Button commit = $(Button.class).withText(dialog.getTranslation("import.commit", 0)).single();
        record Sent(String name, byte[] bytes, String says) {
        }
        List<Sent> hostile = List.of(
                new Sent("cot-zzzzzz.xlsx", HostileFiles.xlsx(HostileFiles.sheet(
                        "<row r=\"1\"><c r=\"ZZZZZZ1\" t=\"inlineStr\"><is><t>x</t></is></c></row>"), null), "ZZZZZZ1"),
                new Sent("rong.csv", new byte[0], "tệp rỗng"),
                new Sent("xxe.xlsx", HostileFiles.xlsx("<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM "
                        + "\"file:///etc/passwd\">]><worksheet/>", null), "DTD"),
                new Sent("nul.csv", new byte[] {0, 0, 0}, "không có dòng nào"),
                new Sent("lon.csv", new byte[TabularFiles.MAX_BYTES + 1], "lớn hơn giới hạn 20 MB"));

        for (Sent file : hostile) {
            test(upload).upload(file.name(), "application/octet-stream", file.bytes());
            String shown = summaryAfterReading(dialog);

            assertThat(shown).as(file.name()).contains(file.name()).contains(file.says())
                    .doesNotContainPattern("[A-Za-z]+Exception");
            assertThat($(ProgressBar.class).all()).as("a progress bar still shown for " + file.name()).isEmpty();
            assertThat(commit.isEnabled()).as("confirming " + file.name()).isFalse();
        }
        assertThat(delegates.count(conferenceId, DelegateFilter.all())).isZero();

        String good = "Họ và tên,Đơn vị,Điểm cầu\nNguyễn Văn Tốt,Sở Y tế,\n";
        test(upload).upload("tot.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8));
        assertThat(summaryAfterReading(dialog)).startsWith("tot.csv: 1 dòng thêm mới");
        assertThat(commit.isEnabled()).isTrue();
    }

    @Test
    void onAnEnglishPageTheFilesRefusalReadsEnglishThoughTheFileIsReadOnItsOwnThread() throws InterruptedException {
        long conferenceId = fixture.conferenceWithPoints();
        UI.getCurrent().setLocale(Locale.ENGLISH);
        ImportDialog dialog = new ImportDialog(importer, conferences.open(conferenceId).orElseThrow(), () -> { });
        dialog.open();
        roundTrip();

        test($(Upload.class).single()).upload("khong-tieu-de.csv", "text/csv",
                "Cột A,Cột B\n1,2\n".getBytes(StandardCharsets.UTF_8));

        assertThat(summaryAfterReading(dialog)).isEqualTo("No header row with a \"Họ và tên\" (or \"Full name\") column "
                + "was found in the file \"khong-tieu-de.csv\". Check that the file is a delegate list.");
        assertThat(delegates.count(conferenceId, DelegateFilter.all())).isZero();
    }

    /** The dialog's line under the upload once the reading, on its own thread, has ended. */
    private String summaryAfterReading(ImportDialog dialog) throws InterruptedException {
        String reading = dialog.getTranslation("import.reading", "").replace("…", "");
        LiveDelay.await(() -> {
            roundTrip();
            return !summary(dialog).isEmpty() && !summary(dialog).startsWith(reading);
        });
        return summary(dialog);
    }

    /** The dialog's paragraph below the upload: the one that is not the help text. */
    private String summary(ImportDialog dialog) {
        return $(Paragraph.class, dialog).all().stream().map(Paragraph::getText)
                .filter(text -> !text.equals(dialog.getTranslation("import.help"))).findFirst().orElse("");
    }
}
