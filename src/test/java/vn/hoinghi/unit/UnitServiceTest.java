package vn.hoinghi.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.security.AppRoles;

@IntegrationTest
@WithMockUser(roles = AppRoles.STAFF)
class UnitServiceTest {

    @Autowired UnitService service;

    @Test
    void searchIgnoresDiacriticsAndCase() {
        service.findOrCreate("Sở Tư pháp tỉnh Bình Định");
        assertThat(service.find("so tu phap")).extracting(Unit::name).contains("Sở Tư pháp tỉnh Bình Định");
        assertThat(service.find("BÌNH ĐỊNH")).extracting(Unit::name).contains("Sở Tư pháp tỉnh Bình Định");
    }

    @Test
    void theSameNameWrittenDifferentlyIsOneUnit() {
        Unit first = service.findOrCreate("UBND huyện Đakrông");
        Unit again = service.findOrCreate("  ubnd  HUYỆN đakrông ");
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(first.level()).isEqualTo(UnitLevel.DISTRICT);
        assertThat(first.kind()).isEqualTo(UnitKind.GOVERNMENT);
        assertThatThrownBy(() -> service.create(new UnitDraft("UBND huyện Đakrông", null, UnitLevel.DISTRICT,
                UnitKind.GOVERNMENT, null, null, null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("name"));
    }

    @Test
    void aBadContactEmailIsRefusedAtItsField() {
        assertThatThrownBy(() -> service.create(new UnitDraft("Sở Nội vụ tỉnh Hà Tĩnh", null, UnitLevel.PROVINCE,
                UnitKind.DEPARTMENT, null, "Chị Lan", "0912345678", "lan@@snv")))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors().get("contactEmail")).contains("không hợp lệ"));
    }
}
