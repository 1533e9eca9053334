package vn.hoinghi.gate.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoinghi.database.jooq.Tables.DELEGATE;
import static vn.hoinghi.gate.ui.ScannerKeyboard.scan;
import static vn.hoinghi.gate.ui.ScannerKeyboard.text;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.SignedInBrowserlessTest;
import vn.hoinghi.base.ConferencePath;
import vn.hoinghi.base.Times;
import vn.hoinghi.checkin.CheckinService;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.delegate.DelegateCodes;
import vn.hoinghi.delegate.DelegateFilter;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.delegate.ImportFixture;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.RunAs;
import vn.hoinghi.security.TestAccounts;

/** The gate page as the people at the door use it, with a scanner that types the code and Enter. */
@IntegrationTest
@WithMockUser(username = "cong-ui", roles = AppRoles.STAFF)
class GateViewTest extends SignedInBrowserlessTest {

    @Autowired ImportFixture fixture;
    @Autowired ConferenceService conferences;
    @Autowired DelegateService delegates;
    @Autowired CheckinService checkins;
    @Autowired DelegateCodes codes;
    @Autowired RunAs runAs;
    @Autowired TestAccounts accounts;
    @Autowired DSLContext dsl;
    @Autowired TransactionTemplate tx;

    private long conference;

    /** The parts of the page, found as a user sees them (the view itself is a security proxy). */
    private record Gate(TextField gate, TextField code, ResultPanel result, DoorSearch search, RecentCheckins recent) {
    }

    private Gate openGate() {
        conference = runAs.committee("bantochuc-cong", fixture::conferenceWithDelegates);
        accounts.serving("cong-ui-gate", AppRoles.GATE, conference); // the gate account of the test that signs in as one
        navigate(ConferencePath.of(conference, "gate"), GateView.class);
        return new Gate($(TextField.class).withClassName("hn-gate-gatename").single(),
                $(TextField.class).withClassName("hn-gate-code").single(), $(ResultPanel.class).single(),
                $(DoorSearch.class).single(), $(RecentCheckins.class).single());
    }

    private Delegate someone(String name) {
        return runAs.committee("bantochuc-cong", () -> delegates.list(conference,
                new DelegateFilter(name, null, null, null, null, null, false)).getFirst());
    }

    @Test
    void aScannedCodeIsGreenWithTheNameThenAmberWhenScannedAgainAndRedWhenAltered() {
        Gate gate = openGate();
        test(gate.gate()).setValue("Cổng 2");
        Delegate tam = someone("Mai Công Tâm");
        String code = codes.code(tam);
        tx.executeWithoutResult(t -> dsl.update(DELEGATE).set(DELEGATE.SEAT_ROW, "A").set(DELEGATE.SEAT_NUMBER, 5)
                .where(DELEGATE.ID.eq(tam.id())).execute());

        scan(gate.code(), code);

        assertThat(gate.result().getClassNames()).contains(ResultPanel.OK);
        assertThat(text(gate.result())).contains("Điểm danh thành công", "Ông Mai Công Tâm", tam.title(), "Ghế A5");
        assertThat(gate.code().getValue()).as("cleared for the next scan").isEmpty();
        assertThat(text(gate.recent())).contains("Vừa điểm danh tại Cổng 2", "Mai Công Tâm");

        scan(gate.code(), "http://localhost:8080/moi/" + code);

        String when = Times.TIME.format(Times.local(delegates.get(tam.id()).orElseThrow().checkedInAt()));
        assertThat(gate.result().getClassNames()).contains(ResultPanel.ALREADY).doesNotContain(ResultPanel.OK);
        assertThat(text(gate.result())).contains("Đã điểm danh lúc " + when + " tại Cổng 2", "Ông Mai Công Tâm");

        char last = code.charAt(code.length() - 1);
        scan(gate.code(), code.substring(0, code.length() - 1) + (last == 'A' ? 'B' : 'A'));

        assertThat(gate.result().getClassNames()).contains(ResultPanel.REFUSED).doesNotContain(ResultPanel.ALREADY);
        assertThat(text(gate.result())).contains("Mã không hợp lệ", "Mã đã bị sửa hoặc làm giả")
                .doesNotContain("Mai Công Tâm");

        scan(gate.code(), "xin chào");
        assertThat(text(gate.result())).contains("Không nhận ra mã", "Hãy tìm đại biểu theo tên");
    }

    @Test
    void aDelegateWithoutTheInvitationIsFoundByNameWithoutDiacriticsAndCheckedIn() {
        Gate gate = openGate();
        Delegate an = someone("Đinh Hữu An");

        test(gate.search().text).setValue("dinh huu an");
        assertThat(text(gate.search().matches)).contains("Đinh Hữu An").doesNotContain("Đã điểm danh");
        test(button(gate.search().matches, "Điểm danh")).click();

        assertThat(gate.result().getClassNames()).contains(ResultPanel.OK);
        assertThat(text(gate.result())).contains("Đinh Hữu An");
        assertThat(delegates.get(an.id()).orElseThrow().checkedInAt()).isNotNull();
        assertThat(checkins.recent(conference, "Cổng 1", 5).getFirst().method()).isEqualTo(vn.hoinghi.checkin.CheckinMethod.SEARCH);

        test(gate.search().text).setValue("Đinh Hữu An");
        assertThat(text(gate.search().matches)).contains("Đã điểm danh");
    }

    @Test
    void aSubstituteIsShownInPlaceOfTheInvitedLeader() {
        Gate gate = openGate();
        Delegate kien = someone("Trương Quốc Kiên");
        runAs.committee("bantochuc-cong", () -> {
            delegates.setSubstitute(kien.id(), kien.version(), "Lê Văn Thay", "Phó Chủ tịch", null);
            return null;
        });

        scan(gate.code(), codes.code(delegates.get(kien.id()).orElseThrow()));

        assertThat(text(gate.result())).contains("Người dự thay: Lê Văn Thay, Phó Chủ tịch (thay cho Ông Trương Quốc Kiên)");
    }

    @Test
    void theCommitteeAnnulsAMistakeWithAReason() {
        Gate gate = openGate();
        Delegate tam = someone("Mai Công Tâm");
        scan(gate.code(), codes.code(tam));

        test(button(gate.recent(), "Hủy")).click();
        AnnulDialog dialog = $(AnnulDialog.class).single();
        test(dialog.confirm).click();
        assertThat(dialog.reason.getErrorMessage()).isEqualTo("Hãy ghi lý do hủy điểm danh.");
        test(dialog.reason).setValue("Quét nhầm thẻ");
        test(dialog.confirm).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(text(gate.recent())).contains("Đã hủy: Quét nhầm thẻ");
        assertThat(delegates.get(tam.id()).orElseThrow().checkedInAt()).isNull();
    }

    @Test
    @WithMockUser(username = "cong-ui-gate", roles = AppRoles.GATE)
    void aGateAccountSeesNoAnnulButton() {
        Gate gate = openGate();
        scan(gate.code(), codes.code(someone("Mai Công Tâm")));

        assertThat(text(gate.recent())).contains("Mai Công Tâm");
        assertThat($(Button.class, gate.recent()).all()).isEmpty();
    }

    private Button button(Component in, String text) {
        return $(Button.class, in).withText(text).first();
    }
}
