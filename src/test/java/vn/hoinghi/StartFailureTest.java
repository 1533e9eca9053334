package vn.hoinghi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** A start that fails for a reason the operator can fix says so in a few lines, without a stack trace. */
@ExtendWith(OutputCaptureExtension.class)
class StartFailureTest {

    private static void start(String... settings) {
        List<String> args = new ArrayList<>(List.of("--spring.profiles.active=test", "--spring.main.banner-mode=off"));
        if (Arrays.stream(settings).noneMatch(s -> s.startsWith("--server.port="))) {
            args.add("--server.port=0");
        }
        args.addAll(List.of(settings));
        // A thread of its own: nothing a test context left on the test's thread takes part in this start.
        CompletableFuture<ConfigurableApplicationContext> started = new CompletableFuture<>();
        Thread.ofPlatform().start(() -> {
            try {
                started.complete(SpringApplication.run(Application.class, args.toArray(String[]::new)));
            } catch (Throwable refused) {
                started.completeExceptionally(refused);
            }
        });
        assertThatThrownBy(() -> started.join().close()).as("the app must refuse to start").isNotNull();
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

    /** In a JVM of its own: this JVM's embedded database already holds other tests' accounts. */
    @Test
    void withoutAnyAccountTheFirstAdminMustBeSet() throws Exception {
        Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                Application.class.getName(), "--spring.profiles.active=test", "--server.port=0",
                "--spring.main.banner-mode=off", "--hoinghi.admin.required=true")
                .redirectErrorStream(true).start();
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> {
            try (InputStream out = app.getInputStream()) {
                return new String(out.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        boolean ended = app.waitFor(3, TimeUnit.MINUTES);
        if (!ended) {
            app.destroyForcibly();
        }

        assertThat(ended).as("the app must refuse to start").isTrue();
        assertThat(app.exitValue()).isNotZero();
        assertThat(output.get(10, TimeUnit.SECONDS)).contains("APPLICATION FAILED TO START",
                "HOINGHI_ADMIN_USERNAME, HOINGHI_ADMIN_PASSWORD chưa được đặt").doesNotContain("\tat ", "Caused by:");
    }

    @Test
    void aPortInUseIsNamedWithTheSettingToChange(CapturedOutput output) throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            start("--server.port=" + taken.getLocalPort());

            saysOnlyWhatIsWrongAndWhatToDo(output, "Cổng " + taken.getLocalPort() + " đang được một chương trình khác dùng");
        }
    }
}
