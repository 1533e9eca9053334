package vn.hoinghi.gate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import vn.hoinghi.Application;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.delegate.DelegateCodes;
import vn.hoinghi.delegate.DelegateFilter;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.delegate.ImportFixture;
import vn.hoinghi.security.RunAs;

/**
 * The app as a separate process for {@link CrashTest}: it keeps its database in the given folder, and on
 * its first start makes a conference, its delegates and a scanner device, written to seed.txt.
 */
public final class CrashTarget {

    private CrashTarget() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        ConfigurableApplicationContext app = SpringApplication.run(Application.class, "--spring.profiles.active=test",
                "--hoinghi.embedded-db.ephemeral=false", "--hoinghi.data-dir=" + dir, "--server.port=" + args[1]);
        Path seed = dir.resolve("seed.txt");
        if (!Files.exists(seed)) {
            RunAs runAs = app.getBean(RunAs.class);
            List<String> lines = runAs.committee("crash-test", () -> {
                long conference = app.getBean(ImportFixture.class).conferenceWithDelegates();
                List<String> out = new ArrayList<>();
                out.add(app.getBean(ScannerService.class).register(conference, "Tải thử", "Cổng 1").token());
                for (Delegate d : app.getBean(DelegateService.class).list(conference, DelegateFilter.all())) {
                    out.add(app.getBean(DelegateCodes.class).code(d));
                }
                return out;
            });
            Files.write(seed, lines);
        }
        System.out.println("CRASH-TARGET-READY");
        System.out.flush();
    }
}
