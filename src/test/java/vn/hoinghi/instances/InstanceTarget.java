package vn.hoinghi.instances;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import vn.hoinghi.Application;
import vn.hoinghi.agenda.AgendaImportService;
import vn.hoinghi.agenda.AgendaLiveService;
import vn.hoinghi.checkin.CheckinService;
import vn.hoinghi.delegate.Delegate;
import vn.hoinghi.delegate.DelegateFilter;
import vn.hoinghi.delegate.DelegateService;
import vn.hoinghi.delegate.ImportFixture;
import vn.hoinghi.point.ConnectionStatus;
import vn.hoinghi.point.MeetingPoint;
import vn.hoinghi.point.PointDayService;
import vn.hoinghi.point.PointService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.RunAs;
import vn.hoinghi.security.ScreenKind;
import vn.hoinghi.security.ScreenLinkService;
import vn.hoinghi.security.TestAccounts;
import vn.hoinghi.submission.ContributionFixture;

/**
 * One app instance for {@link TwoInstancesTest}: on the shared database and Redis given as arguments (folder, port,
 * JDBC URL, user, password, Redis URL, "seed" or "join"), with the reminder job every two seconds. The seeding
 * instance makes the conference (points, delegates, the sample programme started), a hall link, an admin and a unit
 * owing a contribution in two days, written to seed.txt. Then each instance does what the test writes to its
 * standard input, as the committee: {@code next}, {@code checkin N} (the N-th hall delegate), {@code status},
 * {@code revoke}; {@code next} writes the new item's title to next.txt.
 */
public final class InstanceTarget {

    static final String READY = "INSTANCE-TARGET-READY";
    static final String ADMIN = "hai-may-admin";
    private static final String COMMITTEE = "hai-may-btc";

    private InstanceTarget() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        ConfigurableApplicationContext app = SpringApplication.run(Application.class, "--spring.profiles.active=test",
                "--hoinghi.data-dir=" + dir, "--server.port=" + args[1], "--spring.datasource.url=" + args[2],
                "--spring.datasource.username=" + args[3], "--spring.datasource.password=" + args[4],
                "--hoinghi.redis.url=" + args[5], "--hoinghi.contributions.reminder-cron=*/2 * * * * *");
        RunAs runAs = app.getBean(RunAs.class);
        Path seed = dir.getParent().resolve("seed.txt");
        if (args[6].equals("seed")) {
            Files.write(seed, runAs.committee(COMMITTEE, () -> seed(app)));
        }
        System.out.println(READY);
        System.out.flush();
        List<String> seeded = Files.readAllLines(seed);
        long conference = Long.parseLong(seeded.get(0));
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String command;
        while ((command = commands.readLine()) != null) {
            String[] words = command.split(" ");
            runAs.committee(COMMITTEE, () -> {
                run(app, conference, seeded, words, dir);
                return null;
            });
        }
    }

    private static List<String> seed(ConfigurableApplicationContext app) {
        long conference = app.getBean(ImportFixture.class).conferenceWithDelegates();
        AgendaImportService agenda = app.getBean(AgendaImportService.class);
        agenda.commit(agenda.preview(conference, "chuong-trinh.csv", ImportFixture.sample("chuong-trinh.csv")), false);
        app.getBean(AgendaLiveService.class).start(conference);
        ScreenLinkService.Created hall = app.getBean(ScreenLinkService.class)
                .create(conference, ScreenKind.HALL, null, "Hội trường máy B");
        app.getBean(TestAccounts.class).ensure(ADMIN, AppRoles.ADMIN);
        ContributionFixture contributions = app.getBean(ContributionFixture.class);
        String email = "nhac-hai-may-" + conference + "@quangtri.gov.vn";
        contributions.assign(conference, contributions.unit("Sở nhắc hai máy", email), "Tham luận hai máy",
                LocalDate.now().plusDays(2));
        MeetingPoint point = app.getBean(PointService.class).list(conference).stream().filter(p -> !p.hall())
                .findFirst().orElseThrow();
        return List.of(String.valueOf(conference), hall.token(), String.valueOf(hall.link().id()), email,
                String.valueOf(point.id()), point.name());
    }

    private static void run(ConfigurableApplicationContext app, long conference, List<String> seeded, String[] words,
                            Path dir) {
        try {
            switch (words[0]) {
                case "next" -> Files.writeString(dir.resolve("next.txt"),
                        app.getBean(AgendaLiveService.class).next(conference).current().item().title());
                case "checkin" -> {
                    List<Delegate> hall = app.getBean(DelegateService.class).list(conference, DelegateFilter.all())
                            .stream().filter(Delegate::atHall).toList();
                    app.getBean(CheckinService.class).checkInFound(conference, hall.get(Integer.parseInt(words[1])).id(),
                            "Cổng máy B");
                }
                case "status" -> app.getBean(PointDayService.class).setStatus(Long.parseLong(seeded.get(4)),
                        ConnectionStatus.LIVE_OK);
                case "revoke" -> app.getBean(ScreenLinkService.class).revoke(Long.parseLong(seeded.get(2)));
                default -> throw new IllegalArgumentException(words[0]);
            }
        } catch (Exception e) {
            try { // the test reads this file: the process's output is no longer read
                Files.writeString(dir.resolve("errors.txt"), String.join(" ", words) + ": " + e + "\n",
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (java.io.IOException ignored) {
                // the test then misses the result it waits for and fails on that
            }
        }
    }
}
