package vn.hoinghi.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnitNamesTest {

    private static final Unit TRIEU_PHONG = unit(1, "Ủy ban nhân dân huyện Triệu Phong", null);
    private static final Unit MTTQ = unit(2, "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "UBMTTQ tỉnh");
    private static final Unit DONG_HA = unit(3, "Ủy ban nhân dân thành phố Đông Hà", null);
    private static final UnitNames NAMES = new UnitNames(List.of(TRIEU_PHONG, MTTQ, DONG_HA));

    @Test
    void namesAreFoundAsOfficesWriteThem() {
        assertThat(NAMES.find("UBND huyện Triệu Phong")).contains(TRIEU_PHONG);
        assertThat(NAMES.find("  uy ban nhan dan HUYEN trieu phong. ")).contains(TRIEU_PHONG);
        assertThat(NAMES.find("UBND TP. Đông Hà")).contains(DONG_HA);
        assertThat(NAMES.find("UB MTTQ Việt Nam tỉnh")).isEmpty(); // a new abbreviation is not guessed
        assertThat(NAMES.find("Ủy ban MTTQ Việt Nam tỉnh")).contains(MTTQ);
        assertThat(NAMES.find("ubmttq tinh")).as("by its short name").contains(MTTQ);
    }

    @Test
    void anotherUnitOrNothingIsNotMatched() {
        assertThat(NAMES.find("UBND huyện Triệu")).isEmpty();
        assertThat(NAMES.find(null)).isEmpty();
    }

    private static Unit unit(long id, String name, String shortName) {
        return new Unit(id, name, "Quảng Trị", shortName, UnitLevel.PROVINCE, UnitKind.GOVERNMENT, null, null, null, null, 0);
    }
}
