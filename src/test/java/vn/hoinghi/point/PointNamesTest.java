package vn.hoinghi.point;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class PointNamesTest {

    @Test
    void aSentenceThatSaysPointAlreadyGetsTheNameWithoutIt() {
        assertThat(PointNames.spoken("Điểm cầu UBND huyện Vĩnh Linh")).isEqualTo("UBND huyện Vĩnh Linh");
        assertThat(PointNames.spoken("điểm cầu  Cam Lộ")).isEqualTo("Cam Lộ");
        assertThat(PointNames.spoken(Normalizer.normalize("Điểm cầu Hải Lăng", Normalizer.Form.NFD))).isEqualTo("Hải Lăng");
        assertThat(PointNames.spoken("UBND huyện Gio Linh")).isEqualTo("UBND huyện Gio Linh");
        assertThat(PointNames.spoken("Điểm cầu")).isEqualTo("Điểm cầu");
    }
}
