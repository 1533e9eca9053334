package vn.hoinghi.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.TestData;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.security.RunAs;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.security.AppRoles;

@IntegrationTest
@WithMockUser(roles = AppRoles.STAFF)
class UnitServiceTest {

    @Autowired UnitService service;
    @Autowired ConferenceService conferences;
    @Autowired RunAs runAs;

    long conference;

    @BeforeEach
    void aConferenceOfKienGiang() {
        conference = runAs.committee("bantochuc-donvi",
                () -> conferences.create(TestData.conference(TestData.unique("Hội nghị danh mục đơn vị"))));
    }

    @Test
    void searchIgnoresDiacriticsAndCase() {
        service.findOrCreate(conference, "Sở Tư pháp tỉnh Bình Định");
        assertThat(service.find(conference, "so tu phap")).extracting(Unit::name).contains("Sở Tư pháp tỉnh Bình Định");
        assertThat(service.find(conference, "BÌNH ĐỊNH")).extracting(Unit::name).contains("Sở Tư pháp tỉnh Bình Định");
    }

    @Test
    void theSameNameWrittenDifferentlyIsOneUnit() {
        Unit first = service.findOrCreate(conference, "UBND huyện Đakrông");
        Unit again = service.findOrCreate(conference, "  ubnd  HUYỆN đakrông ");
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(first.level()).isEqualTo(UnitLevel.DISTRICT);
        assertThat(first.kind()).isEqualTo(UnitKind.GOVERNMENT);
        assertThatThrownBy(() -> service.create(new UnitDraft("UBND huyện Đakrông", "Kiên Giang", null, UnitLevel.DISTRICT,
                UnitKind.GOVERNMENT, null, null, null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("name"));
    }

    @Test
    void unitsAreLookedUpByIdAndWhatIsNoUnitIsLeftOut() {
        long health = service.findOrCreate(conference, "Sở Y tế tỉnh Gia Lai").id();
        long mobilisation = service.findOrCreate(conference, "Ban Dân vận Tỉnh ủy Gia Lai").id();

        Map<Long, String> names = service.names(Arrays.asList(health, -1L, null, mobilisation));
        assertThat(names).containsOnly(entry(mobilisation, "Ban Dân vận Tỉnh ủy Gia Lai"),
                entry(health, "Sở Y tế tỉnh Gia Lai"));
        assertThat(names.get(null)).as("a row that refers to no unit finds none").isNull();
        assertThat(service.get(List.of(health, -1L, mobilisation))).as("in name order")
                .containsOnlyKeys(health, mobilisation).extractingFromEntries(e -> e.getValue().name())
                .containsExactly("Ban Dân vận Tỉnh ủy Gia Lai", "Sở Y tế tỉnh Gia Lai");
        assertThat(service.refusal(conference, health)).as("a unit of the conference's province").isEmpty();
        assertThat(service.refusal(conference, -1)).hasValue("Không có đơn vị này trong danh mục (có thể vừa bị xóa). Hãy chọn lại.");
        assertThat(service.names(List.of())).isEmpty();
    }

    @Test
    void aRenamedUnitIsNamedAnewAtOnceThoughNamesAreRemembered() {
        Unit unit = service.findOrCreate(conference, "Sở Xây dựng tỉnh Kon Tum");
        assertThat(service.names(List.of(unit.id()))).containsEntry(unit.id(), "Sở Xây dựng tỉnh Kon Tum");

        service.update(unit.id(), unit.version(), new UnitDraft("Sở Xây dựng tỉnh Quảng Ngãi", unit.province(), null, unit.level(),
                unit.kind(), null, null, null, null));

        assertThat(service.names(List.of(unit.id()))).containsEntry(unit.id(), "Sở Xây dựng tỉnh Quảng Ngãi");
    }

    @Test
    @WithAnonymousUser
    void aUnitsNameIsReadWithoutALoginButNotItsContacts() {
        assertThat(service.names(List.of(-1L))).isEmpty();
        assertThatThrownBy(() -> service.get(List.of(-1L))).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void aBadContactEmailIsRefusedAtItsField() {
        assertThatThrownBy(() -> service.create(new UnitDraft("Sở Nội vụ tỉnh Hà Tĩnh", "Hà Tĩnh", null, UnitLevel.PROVINCE,
                UnitKind.DEPARTMENT, null, "Chị Lan", "0912345678", "lan@@snv")))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors().get("contactEmail")).contains("không hợp lệ"));
    }
}
