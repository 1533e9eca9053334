package vn.hoinghi.award;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.hoinghi.TestData;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.delegate.ImportFixture;
import vn.hoinghi.security.RunAs;

/** A fresh conference with the plan's award quota, and the units' sample proposal sheet; set up as the committee. */
@Component
public class AwardFixture {

    public static final String FORM = "Bằng khen của Chủ tịch UBND tỉnh";
    public static final String SAMPLE = "de-nghi-khen-thuong.xlsx";

    private final ConferenceService conferences;
    private final QuotaService quotas;
    private final NominationImportService importer;
    private final RunAs runAs;

    AwardFixture(ConferenceService conferences, QuotaService quotas, NominationImportService importer, RunAs runAs) {
        this.conferences = conferences;
        this.quotas = quotas;
        this.importer = importer;
        this.runAs = runAs;
    }

    /** A conference ({@link TestData#STARTS}) with one form's quotas and the units' deadline a week from now. */
    public long conference(int collectives, int individuals) {
        return conference(collectives, individuals, Instant.now().plus(Duration.ofDays(7)));
    }

    public long conference(int collectives, int individuals, Instant deadline) {
        return runAs.committee("bantochuc-kt", () -> {
            long id = conferences.create(TestData.conference(TestData.unique("Hội nghị sơ kết khen thưởng")));
            quotas.save(id, 0, deadline, List.of(new QuotaDraft(null, FORM, collectives, individuals)));
            return id;
        });
    }

    /** The plan's quota (45 collectives, 152 individuals) and the 206 sample proposals imported. */
    public long conferenceWithSample() {
        long id = conference(45, 152);
        runAs.committee("bantochuc-kt", () -> importer.commit(importer.preview(id, SAMPLE, sample(), null)));
        return id;
    }

    public static byte[] sample() {
        return ImportFixture.sample(SAMPLE);
    }
}
