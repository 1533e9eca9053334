package vn.hoinghi.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.hoinghi.delegate.Gender;
import vn.hoinghi.delegate.InvitationStatus;

/** The lines the MC reads, as an MC would say them. */
class IntroductionTextTest {

    private static AttendanceEntry entry(String name, Gender gender, String title, String unit, String point,
                                         boolean hall, String substitute, String substituteTitle) {
        return new AttendanceEntry(1, name, gender, title, unit, "Lãnh đạo tỉnh", point, hall, 1,
                substitute == null ? InvitationStatus.CONFIRMED : InvitationStatus.SUBSTITUTE, substitute,
                substituteTitle, null, null, java.time.Instant.EPOCH, "Cổng 1");
    }

    @Test
    void aLeaderInTheHallWithHonorificAndFullTitle() {
        assertThat(IntroductionText.of(entry("Võ Văn Hưng", Gender.MALE, "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy",
                "Tỉnh ủy", "Hội trường UBND tỉnh", true, null, null)))
                .isEqualTo("Ông Võ Văn Hưng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy");
        assertThat(IntroductionText.of(entry("Trần Thị Kim Vân", Gender.FEMALE, "Phó Chủ tịch HĐND tỉnh", "HĐND tỉnh",
                "Hội trường UBND tỉnh", true, null, null))).isEqualTo("Bà Trần Thị Kim Vân, Phó Chủ tịch HĐND tỉnh");
    }

    @Test
    void aSubstituteReadsAsTheSubstituteInPlaceOfTheInvited() {
        assertThat(IntroductionText.of(entry("Lý Đình Tâm", Gender.MALE, "Phó Chủ tịch UBND tỉnh", "UBND tỉnh",
                "Hội trường UBND tỉnh", true, "Lê Văn Thay", "Chánh Văn phòng")))
                .isEqualTo("Đồng chí Lê Văn Thay, Chánh Văn phòng UBND tỉnh, dự thay ông Lý Đình Tâm, Phó Chủ tịch UBND tỉnh");
    }

    @Test
    void aLeaderAtARemotePointIsIntroducedThere() {
        assertThat(IntroductionText.of(entry("Phan Minh Lực", Gender.MALE, "Bí thư", "Huyện ủy Vĩnh Linh",
                "Điểm cầu UBND huyện Vĩnh Linh", false, null, null)))
                .isEqualTo("Ông Phan Minh Lực, Bí thư Huyện ủy Vĩnh Linh, tại điểm cầu UBND huyện Vĩnh Linh");
        assertThat(IntroductionText.atPoint("Phòng họp trực tuyến huyện Cồn Cỏ"))
                .isEqualTo("tại điểm cầu Phòng họp trực tuyến huyện Cồn Cỏ");
    }

    @Test
    void theUnitIsSaidOnceAndWhereItBelongs() {
        assertThat(IntroductionText.fullTitle("Giám đốc, Thành viên Ban Chỉ đạo", "Sở Y tế"))
                .isEqualTo("Giám đốc Sở Y tế, Thành viên Ban Chỉ đạo");
        assertThat(IntroductionText.fullTitle("Chủ tịch UBND", "UBND thành phố Đông Hà"))
                .isEqualTo("Chủ tịch UBND thành phố Đông Hà");
        assertThat(IntroductionText.fullTitle("Trưởng Công an", "UBND huyện Gio Linh"))
                .isEqualTo("Trưởng Công an huyện Gio Linh");
        assertThat(IntroductionText.fullTitle("Chủ tịch", "UBND tỉnh")).isEqualTo("Chủ tịch UBND tỉnh");
        assertThat(IntroductionText.fullTitle("Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh ủy",
                "Ban Tuyên giáo Tỉnh ủy")).isEqualTo("Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh ủy");
        assertThat(IntroductionText.fullTitle(null, "Sở Y tế")).isEqualTo("Sở Y tế");
        assertThat(IntroductionText.fullTitle("Phóng viên", null)).isEqualTo("Phóng viên");
    }

    @Test
    void withoutAGenderTheMcSaysComrade() {
        assertThat(IntroductionText.of(entry("Nguyễn Văn An", null, "Giám đốc", "Sở Nội vụ", "Hội trường", true,
                null, null))).isEqualTo("Đồng chí Nguyễn Văn An, Giám đốc Sở Nội vụ");
    }
}
