package vn.hoinghi.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import vn.hoinghi.Application;
import vn.hoinghi.agenda.AgendaImportService;
import vn.hoinghi.agenda.AgendaLiveService;
import vn.hoinghi.agenda.AgendaSlot;
import vn.hoinghi.delegate.ImportFixture;
import vn.hoinghi.security.RunAs;
import vn.hoinghi.security.ScreenKind;
import vn.hoinghi.security.ScreenLinkService;

/**
 * The app as a separate process for {@link ScreenRestartTest}: it keeps its database in the given folder, and on
 * its first start makes a conference with the sample programme, runs it to the item from the Vĩnh Linh point, and
 * makes a hall, a point and a technicians' link, written to seed.txt with that item's title.
 */
public final class ScreenTarget {

    private ScreenTarget() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        ConfigurableApplicationContext app = SpringApplication.run(Application.class, "--spring.profiles.active=test",
                "--hoinghi.embedded-db.ephemeral=false", "--hoinghi.data-dir=" + dir, "--server.port=" + args[1]);
        Path seed = dir.resolve("seed.txt");
        if (!Files.exists(seed)) {
            List<String> lines = app.getBean(RunAs.class).committee("restart-test", () -> {
                long conference = app.getBean(ImportFixture.class).conferenceWithPoints();
                AgendaImportService agenda = app.getBean(AgendaImportService.class);
                agenda.commit(agenda.preview(conference, "chuong-trinh.csv", ImportFixture.sample("chuong-trinh.csv")), false);
                AgendaLiveService live = app.getBean(AgendaLiveService.class);
                live.start(conference);
                AgendaSlot current = live.live(conference).current();
                while (current.item().pointId() == null || !current.item().pointName().contains("Vĩnh Linh")) {
                    current = live.next(conference).current();
                }
                ScreenLinkService links = app.getBean(ScreenLinkService.class);
                return List.of(current.item().title(),
                        links.create(conference, ScreenKind.HALL, null, "Hội trường").token(),
                        links.create(conference, ScreenKind.POINT, current.item().pointId(), "Vĩnh Linh").token(),
                        links.create(conference, ScreenKind.TECHNICIAN, null, "Kỹ thuật").token());
            });
            Files.write(seed, lines);
        }
        System.out.println("SCREEN-TARGET-READY");
        System.out.flush();
    }
}
