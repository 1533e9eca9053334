package vn.hoinghi.conference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hoinghi.IntegrationTest;
import vn.hoinghi.TestData;
import vn.hoinghi.security.RunAs;

/** Many people opening a conference's pages at the same moment, as 250 point desks do at seven in the morning. */
@IntegrationTest
class ConferenceSelectionTest {

    @Autowired ConferenceService service;
    @Autowired RunAs runAs;

    @Test
    void thirtyPeopleOpeningTheConferenceForTheFirstTimeAtOnceAllGetIt() throws Exception {
        long id = runAs.committee("bantochuc", () -> service.create(TestData.conference(TestData.unique("Hội nghị mở cùng lúc"))));
        String prefix = TestData.unique("mo-cung-luc-").replaceAll("[^a-z0-9-]", "");
        for (int round = 0; round < 3; round++) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> opened = new ArrayList<>();
            try (ExecutorService people = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < 30; i++) {
                    String username = prefix + round + "-" + i;
                    opened.add(people.submit(() -> {
                        start.await();
                        return runAs.committee(username, () -> service.open(id)).isPresent();
                    }));
                }
                start.countDown();
            }
            for (Future<Boolean> f : opened) {
                assertThat(f.get()).as("the page opened without a deadlock").isTrue();
            }
        }
        assertThat(runAs.committee(prefix + "2-7", () -> service.lastOpened())).map(Conference::id).contains(id);
    }
}
