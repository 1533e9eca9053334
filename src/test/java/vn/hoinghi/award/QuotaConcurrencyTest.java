package vn.hoinghi.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.security.RunAs;
import vn.hoinghi.unit.UnitService;

/** Two appraisers accepting the last place at the same moment: one wins, the other hears the quota is full. */
@IntegrationTest
class QuotaConcurrencyTest {

    @Autowired AwardFixture fixture;
    @Autowired AppraisalService appraisal;
    @Autowired NominationService nominations;
    @Autowired QuotaService quotas;
    @Autowired UnitService units;
    @Autowired RunAs runAs;
    @Autowired TransactionTemplate tx;

    @Test
    void theSecondAppraiserWaitsForTheFirstAndThenFindsTheLastPlaceTaken() throws Exception {
        long conference = fixture.conference(0, 1);
        List<Long> ids = individuals(conference, 2);
        CountDownLatch firstHoldsThePlace = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // The first appraiser accepts and keeps the transaction open for a moment before committing.
            Future<?> first = pool.submit(() -> runAs.committee("thamdinh-1", () -> tx.execute(s -> {
                appraisal.accept(ids.get(0), 0);
                firstHoldsThePlace.countDown();
                sleep(700);
                return null;
            })));
            assertThat(firstHoldsThePlace.await(10, TimeUnit.SECONDS)).isTrue();
            long started = System.nanoTime();
            Future<String> second = pool.submit(() -> runAs.committee("thamdinh-2", () -> outcome(ids.get(1))));

            first.get(10, TimeUnit.SECONDS);
            assertThat(second.get(10, TimeUnit.SECONDS)).startsWith("Đã đủ chỉ tiêu cá nhân").contains("đã duyệt 1/1");
            assertThat((System.nanoTime() - started) / 1_000_000).as("it waited for the first to commit").isGreaterThan(300);
        } finally {
            pool.shutdownNow();
        }
        assertThat(runAs.committee("bantochuc", () -> quotas.summary(conference)))
                .filteredOn(l -> l.quota().type() == RecipientType.INDIVIDUAL).singleElement()
                .satisfies(l -> assertThat(l.accepted()).isEqualTo(1));
    }

    @Test
    void twelveAppraisersAtOnceOnThreePlacesAcceptExactlyThree() throws Exception {
        long conference = fixture.conference(0, 3);
        List<Long> ids = individuals(conference, 12);
        CyclicBarrier together = new CyclicBarrier(ids.size());
        ExecutorService pool = Executors.newFixedThreadPool(ids.size());
        List<Future<String>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < ids.size(); i++) {
                long id = ids.get(i);
                String who = "thamdinh-" + i;
                outcomes.add(pool.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    return runAs.committee(who, () -> outcome(id));
                }));
            }
            List<String> results = new ArrayList<>();
            for (Future<String> f : outcomes) {
                results.add(f.get(30, TimeUnit.SECONDS));
            }
            assertThat(results).filteredOn("ok"::equals).hasSize(3);
            assertThat(results).filteredOn(r -> r.startsWith("Đã đủ chỉ tiêu cá nhân")).hasSize(9);
        } finally {
            pool.shutdownNow();
        }
        assertThat(runAs.committee("bantochuc", () -> nominations.counts(conference)))
                .containsEntry(NominationStatus.ACCEPTED, 3).containsEntry(NominationStatus.PROPOSED, 9);
    }

    private String outcome(long id) {
        try {
            appraisal.accept(id, 0);
            return "ok";
        } catch (QuotaExceededException e) {
            return e.getMessage();
        }
    }

    private List<Long> individuals(long conference, int count) {
        return runAs.committee("bantochuc", () -> {
            long unit = units.findOrCreate(conference, "Bệnh viện Đa khoa tỉnh").id();
            List<Long> ids = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                ids.add(nominations.create(conference, new NominationDraft(RecipientType.INDIVIDUAL, AwardFixture.FORM,
                        unit, "Nguyễn Thị Hoa " + i, "Điều dưỡng", "Khoa Hồi sức", "Chăm sóc bệnh nhân COVID-19")));
            }
            return ids;
        });
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
