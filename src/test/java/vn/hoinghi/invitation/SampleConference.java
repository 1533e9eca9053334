package vn.hoinghi.invitation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;
import vn.hoinghi.conference.ConferenceDraft;
import vn.hoinghi.conference.ConferenceFormat;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.delegate.DelegateImportService;
import vn.hoinghi.point.PointImportService;

/** A conference with the Quảng Trị 2021 plan facts, its meeting points and a delegate sheet, loaded through the services. */
@Component
public class SampleConference {

    private final ConferenceService conferences;
    private final PointImportService pointImport;
    private final DelegateImportService delegateImport;

    SampleConference(ConferenceService conferences, PointImportService pointImport, DelegateImportService delegateImport) {
        this.conferences = conferences;
        this.pointImport = pointImport;
        this.delegateImport = delegateImport;
    }

    /** The sample conference with the 173 delegates of dai-bieu.xlsx. */
    public long withSampleDelegates() {
        return withDelegates("dai-bieu.xlsx", sample("dai-bieu.xlsx"));
    }

    /** The sample conference with the delegates of the given sheet (.xlsx or .csv). */
    public long withDelegates(String fileName, byte[] sheet) {
        long id = conferences.create(quangTri());
        pointImport.commit(id, pointImport.preview(id, "diem-cau.xlsx", sample("diem-cau.xlsx")));
        delegateImport.commit(delegateImport.preview(id, fileName, sheet, p -> { }));
        return id;
    }

    static ConferenceDraft quangTri() {
        ConferenceDraft d = new ConferenceDraft();
        d.setTitle("Hội nghị sơ kết công tác phòng, chống dịch COVID-19");
        d.setOrganizer("Ủy ban nhân dân tỉnh Quảng Trị");
        d.setProvince("Quảng Trị");
        d.setVenue("Hội trường UBND tỉnh");
        d.setFormat(ConferenceFormat.HYBRID);
        d.setStartsAt(LocalDateTime.of(2021, 10, 29, 7, 30));
        d.setEndsAt(LocalDateTime.of(2021, 10, 29, 11, 30));
        d.setExpectedHallDelegates(100);
        d.setSignerBlock("TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH");
        d.setSignerName("Hoàng Nam");
        return d;
    }

    static byte[] sample(String name) {
        try (InputStream in = SampleConference.class.getResourceAsStream("/demo/quang-tri-2021/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sampleText(String name) {
        return new String(sample(name), StandardCharsets.UTF_8);
    }
}
