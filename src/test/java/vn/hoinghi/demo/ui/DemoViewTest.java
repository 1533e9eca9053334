package vn.hoinghi.demo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.SignedInBrowserlessTest;
import vn.hoinghi.demo.CommuneDemoLoader;
import vn.hoinghi.security.AppRoles;

/** The demo page offers both demo conferences, each saying whether it is loaded. */
@IntegrationTest
@WithMockUser(username = "quantri-trang-mau", roles = AppRoles.ADMIN)
class DemoViewTest extends SignedInBrowserlessTest {

    @Autowired CommuneDemoLoader communes;

    @Test
    void bothDemosAreOfferedAndTheLoaded2025OneSaysSo() {
        communes.load();
        navigate("demo", DemoView.class);

        assertThat($(H3.class).all()).extracting(H3::getText).containsExactly(
                "Quảng Trị 2021 · Sơ kết công tác phòng, chống dịch COVID-19", "Quảng Trị 2025 · Điểm cầu cấp xã");
        assertThat($(Button.class).all()).extracting(Button::getText)
                .contains("Tải hội nghị mẫu Quảng Trị 2021", "Tải hội nghị mẫu Quảng Trị 2025");
        assertThat($(Span.class).all()).extracting(Span::getText).contains("Đã tải");
    }
}
