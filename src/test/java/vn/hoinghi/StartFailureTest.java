package vn.hoinghi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A start that fails for a reason the operator can fix says so in a few lines, without a stack trace. */
@ExtendWith(OutputCaptureExtension.class)
class StartFailureTest {

    private static void start(String... settings) {
        List<String> args = new ArrayList<>(List.of("--spring.profiles.active=test", "--spring.main.banner-mode=off"));
        if (Arrays.stream(settings).noneMatch(s -> s.startsWith("--server.port="))) {
            args.add("--server.port=0");
        }
        args.addAll(List.of(settings));
        assertThatThrownBy(() -> SpringApplication.run(Application.class, args.toArray(String[]::new))).isNotNull();
    }

    private static void saysOnlyWhatIsWrongAndWhatToDo(CapturedOutput output, String problem) {
        assertThat(output.getOut() + output.getErr()).contains("APPLICATION FAILED TO START", problem)
                .doesNotContain("\tat ", "Caused by:");
    }

    @Test
    void aDatabaseThatCannotBeReachedIsNamedWithItsAddress(CapturedOutput output) {
        start("--spring.datasource.url=jdbc:mysql://127.0.0.1:1/hoinghi", "--spring.datasource.username=hoinghi",
                "--spring.datasource.password=sai");

        saysOnlyWhatIsWrongAndWhatToDo(output, "Không kết nối được cơ sở dữ liệu tại jdbc:mysql://127.0.0.1:1/hoinghi");
    }

    @Test
    void withoutAnyAccountTheFirstAdminMustBeSet(CapturedOutput output) {
        start("--hoinghi.admin.required=true", "--hoinghi.admin.username=");

        saysOnlyWhatIsWrongAndWhatToDo(output, "HOINGHI_ADMIN_USERNAME, HOINGHI_ADMIN_PASSWORD chưa được đặt");
    }

    @Test
    void aPortInUseIsNamedWithTheSettingToChange(CapturedOutput output) throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            start("--server.port=" + taken.getLocalPort());

            saysOnlyWhatIsWrongAndWhatToDo(output, "Cổng " + taken.getLocalPort() + " đang được một chương trình khác dùng");
        }
    }
}
