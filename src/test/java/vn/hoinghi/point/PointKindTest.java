package vn.hoinghi.point;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.hoinghi.unit.UnitClassifier;
import vn.hoinghi.unit.UnitLevel;

/** What a point is, read from the names offices write, before and after the two-tier reform of 1 July 2025. */
class PointKindTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Điểm cầu phường Đồng Hới           | UBND phường Đồng Hới       | WARD",
            "Điểm cầu xã Nam Ba Đồn             | UBND xã Nam Ba Đồn         | COMMUNE",
            "Điểm cầu đặc khu Cồn Cỏ            | UBND đặc khu Cồn Cỏ        | SPECIAL_ZONE",
            "Điểm cầu UBND thị xã Quảng Trị      | UBND thị xã Quảng Trị      | DISTRICT",
            "Điểm cầu UBND huyện Vĩnh Linh       | UBND huyện Vĩnh Linh       | DISTRICT",
            "Điểm cầu xã Vĩnh Thủy, huyện Vĩnh Linh | UBND xã Vĩnh Thủy      | COMMUNE",
            "Phòng họp trực tuyến số 2           | Sở Y tế                    | DEPARTMENT",
            "Phòng họp trực tuyến số 3           |                            | OTHER",
    })
    void aPointsKindIsTheFirstWordThatSaysWhatItIs(String name, String host, PointKind kind) {
        assertThat(PointKind.guess(false, name, host)).isEqualTo(kind);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Phường | WARD", "xa | COMMUNE", "Đặc khu | SPECIAL_ZONE", "Hội trường | HALL", "Special zone | SPECIAL_ZONE",
            "Khác | OTHER", "Sở ngành | DEPARTMENT",
    })
    void aSheetsKindColumnIsReadInEitherLanguageWithOrWithoutMarks(String written, PointKind kind) {
        assertThat(PointKind.read(written)).contains(kind);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "UBND phường Đồng Hới | COMMUNE", "UBND đặc khu Cồn Cỏ | COMMUNE", "Xã Tân Thành | COMMUNE",
            "Phường 1, thành phố Đông Hà | COMMUNE", "UBND huyện Vĩnh Linh | DISTRICT", "UBND thị xã Ba Đồn | DISTRICT",
            "Sở Y tế | PROVINCE",
    })
    void communeLevelUnitsAreToldFromTheFormerDistricts(String unit, UnitLevel level) {
        assertThat(UnitClassifier.level(unit)).isEqualTo(level);
    }
}
