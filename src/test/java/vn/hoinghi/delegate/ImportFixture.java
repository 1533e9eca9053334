package vn.hoinghi.delegate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;
import vn.hoinghi.TestData;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.point.PointImportService;

/** A fresh conference with the Quảng Trị points, and the sample files users bring. */
@Component
public class ImportFixture {

    private final ConferenceService conferences;
    private final PointImportService pointImport;
    private final DelegateImportService delegateImport;

    ImportFixture(ConferenceService conferences, PointImportService pointImport, DelegateImportService delegateImport) {
        this.conferences = conferences;
        this.pointImport = pointImport;
        this.delegateImport = delegateImport;
    }

    public long conferenceWithPoints() {
        long id = conferences.create(TestData.conference(TestData.unique("Hội nghị thử nhập")));
        pointImport.commit(id, pointImport.preview(id, "diem-cau.xlsx", sample("diem-cau.xlsx")));
        return id;
    }

    public long conferenceWithDelegates() {
        long id = conferenceWithPoints();
        delegateImport.commit(preview(id, "dai-bieu.xlsx"));
        return id;
    }

    /** The Quảng Trị conference as its plan says, with its points and the 173 delegates of dai-bieu.xlsx. */
    public long quangTriWithSampleDelegates() {
        return quangTriWith("dai-bieu.xlsx", sample("dai-bieu.xlsx"));
    }

    /** The Quảng Trị conference with its points and the delegates of the given sheet (.xlsx or .csv). */
    public long quangTriWith(String fileName, byte[] sheet) {
        long id = conferences.create(TestData.quangTri());
        pointImport.commit(id, pointImport.preview(id, "diem-cau.xlsx", sample("diem-cau.xlsx")));
        delegateImport.commit(delegateImport.preview(id, fileName, sheet, p -> { }));
        return id;
    }

    public ImportPreview preview(long conferenceId, String sampleName) {
        return delegateImport.preview(conferenceId, sampleName, sample(sampleName), p -> { });
    }

    public static byte[] sample(String name) {
        try (InputStream in = ImportFixture.class.getResourceAsStream("/demo/quang-tri-2021/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
