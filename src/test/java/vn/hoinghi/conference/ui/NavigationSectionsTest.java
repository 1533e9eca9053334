package vn.hoinghi.conference.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.SignedInBrowserlessTest;
import vn.hoinghi.TestData;
import vn.hoinghi.base.ConferencePath;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.RunAs;

/** The side navigation follows a conference's life: its pages grouped before, on and after the day. */
@IntegrationTest
class NavigationSectionsTest extends SignedInBrowserlessTest {

    @Autowired ConferenceService conferences;
    @Autowired RunAs runAs;

    private List<String> sectionLabels() {
        return $(SideNav.class).all().stream().map(nav -> nav.getLabel() == null ? "" : nav.getLabel()).toList();
    }

    private List<String> itemsOf(String label) {
        SideNav nav = $(SideNav.class).all().stream()
                .filter(n -> label.equals(n.getLabel() == null ? "" : n.getLabel())).findFirst().orElseThrow();
        return nav.getItems().stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    @WithMockUser(username = "bantochuc-menu", roles = AppRoles.STAFF)
    void theCommitteeFindsEachPageInThePhaseItServes() {
        long conference = runAs.committee("bantochuc-menu",
                () -> conferences.create(TestData.conference(TestData.unique("Hội nghị thực đơn"))));
        navigate(ConferencePath.of(conference), ConferenceOverviewView.class);

        assertThat(sectionLabels()).containsExactly("", "Chuẩn bị", "Trong ngày hội nghị", "Sau hội nghị", "Chung");
        assertThat(itemsOf("")).containsExactly("Tổng quan");
        assertThat(itemsOf("Chuẩn bị")).startsWith("Đại biểu", "Điểm cầu", "Xếp chỗ", "Giấy mời")
                .contains("Chương trình", "Tham luận", "Khen thưởng", "Màn hình");
        assertThat(itemsOf("Trong ngày hội nghị")).startsWith("Điểm danh tại cổng")
                .contains("Tổng duyệt", "Trạng thái điểm cầu", "Cảnh báo điểm cầu", "Điều khiển chương trình",
                        "Tình hình đại biểu").doesNotContain("Đại biểu");
        assertThat(itemsOf("Sau hội nghị")).containsExactly("Nhiệm vụ", "Nhật ký điểm cầu");
        assertThat(itemsOf("Chung")).startsWith("Hội nghị", "Đơn vị");
        assertThat($(SideNavItem.class).all()).filteredOn(i -> "Đại biểu".equals(i.getLabel())).singleElement()
                .satisfies(i -> assertThat(i.getPath()).isEqualTo(ConferencePath.of(conference, "delegates")));
    }

    @Test
    @WithMockUser(username = "cong-menu", roles = AppRoles.GATE)
    void aSectionWithNothingThisUserMayOpenIsNotShown() {
        navigate("conferences", ConferenceListView.class);

        assertThat(sectionLabels()).containsExactly("Chung");
        assertThat(itemsOf("Chung")).containsExactly("Hội nghị");
    }

    @Test
    @WithMockUser(username = "bantochuc-menu-en", roles = AppRoles.STAFF)
    void inEnglishTheSectionsAndThePagesTitleReadEnglish() {
        long conference = runAs.committee("bantochuc-menu-en",
                () -> conferences.create(TestData.conference(TestData.unique("Hội nghị thực đơn tiếng Anh"))));
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(ConferencePath.of(conference), ConferenceOverviewView.class);

        assertThat(sectionLabels()).containsExactly("", "Preparation", "On the day", "Afterwards", "General");
        assertThat(itemsOf("Preparation")).startsWith("Delegates", "Meeting points");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Overview · HoiNghi");
    }
}
