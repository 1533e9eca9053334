package vn.hoinghi;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import vn.hoinghi.conference.ConferenceDraft;
import vn.hoinghi.conference.ConferenceFormat;

public final class TestData {

    /**
     * When the test conferences start: 15 December of next year, 07:30 — always ahead, so deadlines "a week from now"
     * fall before it whatever day the suite runs.
     */
    public static final LocalDateTime STARTS = LocalDateTime.of(LocalDate.now().getYear() + 1, 12, 15, 7, 30);
    public static final LocalDateTime ENDS = STARTS.withHour(11);

    private TestData() {
    }

    public static ConferenceDraft conference(String title) {
        ConferenceDraft d = new ConferenceDraft();
        d.setTitle(title);
        d.setOrganizer("Ủy ban nhân dân tỉnh Kiên Giang");
        d.setProvince("Kiên Giang");
        d.setVenue("Hội trường Tỉnh ủy");
        d.setFormat(ConferenceFormat.HYBRID);
        d.setStartsAt(STARTS);
        d.setEndsAt(ENDS);
        d.setExpectedHallDelegates(120);
        return d;
    }

    /** The sample conference's plan: Quảng Trị, 29/10/2021, in the provincial hall, with its signer. */
    public static ConferenceDraft quangTri() {
        ConferenceDraft d = conference("Hội nghị sơ kết công tác phòng, chống dịch COVID-19");
        d.setOrganizer("Ủy ban nhân dân tỉnh Quảng Trị");
        d.setProvince("Quảng Trị");
        d.setVenue("Hội trường UBND tỉnh");
        // One second past 07:30 (shown as 07:30 everywhere): the demo loader, which finds its conference again by
        // title and start, must never take a test's copy of the plan for the demo conference.
        d.setStartsAt(LocalDateTime.of(2021, 10, 29, 7, 30, 1));
        d.setEndsAt(LocalDateTime.of(2021, 10, 29, 11, 30));
        d.setExpectedHallDelegates(100);
        d.setSignerBlock("TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH");
        d.setSignerName("Hoàng Nam");
        return d;
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
