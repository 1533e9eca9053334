package vn.hoinghi.invitation.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoinghi.database.jooq.Tables.DELEGATE;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.delegate.Gender;
import vn.hoinghi.invitation.InvitedDelegates;
import vn.hoinghi.invitation.InvitedDelegates.Invited;

/** The invitation page as a delegate uses it on their phone, without a login. */
@IntegrationTest
@WithAnonymousUser
class RsvpViewTest extends SpringBrowserlessTest {

    @Autowired InvitedDelegates invitations;
    @Autowired DSLContext dsl;
    @Autowired TransactionTemplate tx;

    @Test
    void theInvitationShowsWhoIsInvitedWhenAndWhereAndTheSeat() {
        Invited invited = invitations.invite("Nguyễn Văn An", Gender.MALE, false);
        tx.executeWithoutResult(s -> dsl.update(DELEGATE).set(DELEGATE.SEAT_ROW, "A").set(DELEGATE.SEAT_NUMBER, 5)
                .where(DELEGATE.ID.eq(invited.delegateId())).execute());

        RsvpView view = navigate("moi/" + invited.code(), RsvpView.class);

        String page = text(view);
        assertThat(page).contains(InvitedDelegates.TITLE, "Ủy ban nhân dân tỉnh Quảng Trị",
                "Kính gửi Ông Nguyễn Văn An", "Giám đốc, Sở Y tế tỉnh Quảng Trị",
                "07 giờ 30, thứ Sáu, ngày 29/10/2021", "Hội trường UBND tỉnh Quảng Trị",
                "Hàng A, ghế số 5", "Chưa trả lời");
        assertThat(view.getPageTitle()).isEqualTo("Giấy mời dự hội nghị");
    }

    @Test
    void aRemoteDelegateSeesTheirPointAndConfirms() {
        Invited invited = invitations.invite("Lê Thị Bình", Gender.FEMALE, true);
        RsvpView view = navigate("moi/" + invited.code(), RsvpView.class);
        assertThat(text(view)).contains("Kính gửi Bà Lê Thị Bình", "Điểm cầu", "Điểm cầu huyện Gio Linh")
                .doesNotContain("Chỗ ngồi");

        test(button("Xác nhận dự")).click();

        assertThat(text(view)).contains("Đã xác nhận dự", "Ban Tổ chức đã ghi nhận trả lời");
        assertThat(button("Thay đổi trả lời").isVisible()).isTrue();
        assertThat($(Button.class).withText("Báo vắng").exists()).as("hidden until the answer is changed").isFalse();

        RsvpView reloaded = navigate("moi/" + invited.code(), RsvpView.class);
        assertThat(text(reloaded)).contains("Đã xác nhận dự").doesNotContain("Ban Tổ chức đã ghi nhận");
        test(button("Thay đổi trả lời")).click();
        test(button("Báo vắng")).click();
        assertThat(text(reloaded)).contains("Đã báo vắng");
    }

    @Test
    void aSubstituteWithABadPhoneIsRefusedAtThePhoneFieldThenAcceptedWhenCorrected() {
        Invited invited = invitations.invite("Trần Quốc Cường", Gender.MALE, false);
        RsvpView view = navigate("moi/" + invited.code(), RsvpView.class);

        test(button("Cử người dự thay")).click();
        SubstituteForm form = $(SubstituteForm.class).single();
        test(form.name).setValue("Hoàng Văn Dũng");
        test(form.title).setValue("Phó Giám đốc");
        test(form.phone).setValue("12345");
        test(form.send).click();

        assertThat(form.phone.isInvalid()).isTrue();
        assertThat(form.phone.getErrorMessage()).isEqualTo("Số điện thoại \"12345\" không hợp lệ.");
        assertThat(form.name.isInvalid()).isFalse();
        assertThat(text(view)).contains("Chưa trả lời");

        test(form.phone).setValue("0912 345 678");
        test(form.send).click();

        assertThat(text(view)).contains("Đã cử người dự thay", "Hoàng Văn Dũng, Phó Giám đốc, 0912345678");
        assertThat($(SubstituteForm.class).exists()).isFalse();
        assertThat(text(navigate("moi/" + invited.code(), RsvpView.class))).contains("Hoàng Văn Dũng");
    }

    @Test
    void anOverLongSubstituteNameSentPastTheFieldsLimitIsRefusedAtTheFieldNotAsAFailure() {
        Invited invited = invitations.invite("Phan Văn Khải", Gender.MALE, false);
        RsvpView view = navigate("moi/" + invited.code(), RsvpView.class);
        test(button("Cử người dự thay")).click();
        SubstituteForm form = $(SubstituteForm.class).single();

        form.name.setValue("Nguyễn " + "Văn ".repeat(70) + "Hùng"); // as a tampered client sends it, past maxlength
        test(form.send).click();

        assertThat(form.name.isInvalid()).isTrue();
        assertThat(form.name.getErrorMessage()).isEqualTo("Họ và tên người dự thay dài quá 255 ký tự.");
        assertThat($(Notification.class).exists()).as("no \"try again later\"").isFalse();
        assertThat(text(view)).contains("Chưa trả lời");
    }

    @Test
    void aVoidedOrForgedCodeShowsOnlyTheInvalidMessage() {
        Invited invited = invitations.invite("Ngô Văn Hải", Gender.MALE, false);
        invitations.reissue(invited.delegateId());

        for (String code : new String[] {invited.code(), "khong-phai-ma", "1.1.AAAAAAAAAAAAAAAA"}) {
            RsvpView view = navigate("moi/" + code, RsvpView.class);
            assertThat(text(view)).contains("Giấy mời không hợp lệ hoặc đã được cấp lại.")
                    .doesNotContain("Ngô Văn Hải", InvitedDelegates.TITLE);
            assertThat($(Button.class).exists()).isFalse();
            assertThat($(TextField.class).exists()).isFalse();
        }
    }

    @Test
    void anAnswerToALinkVoidedWhileThePageWasOpenShowsTheInvalidMessage() {
        Invited invited = invitations.invite("Bùi Thị Lan", Gender.FEMALE, false);
        RsvpView view = navigate("moi/" + invited.code(), RsvpView.class);

        invitations.reissue(invited.delegateId());
        test(button("Xác nhận dự")).click();

        assertThat(text(view)).contains("Giấy mời không hợp lệ hoặc đã được cấp lại.").doesNotContain("Bùi Thị Lan");
    }

    private Button button(String text) {
        return $(Button.class).withText(text).single();
    }

    private static String text(Component c) {
        return c.getElement().getTextRecursively().replaceAll("\\s+", " ").strip();
    }
}
