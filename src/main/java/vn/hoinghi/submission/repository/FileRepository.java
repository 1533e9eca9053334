package vn.hoinghi.submission.repository;

import static vn.hoinghi.database.jooq.Tables.STORED_FILE;

import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.base.Times;
import vn.hoinghi.submission.CheckedFile;
import vn.hoinghi.submission.FileType;
import vn.hoinghi.submission.StoredFile;

/** Units' files. Callers check who may read a file; this only stores and fetches. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class FileRepository {

    private final DSLContext dsl;

    FileRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(long conferenceId, long unitId, CheckedFile file, Instant at, String by) {
        return dsl.insertInto(STORED_FILE)
                .set(STORED_FILE.CONFERENCE_ID, conferenceId)
                .set(STORED_FILE.UNIT_ID, unitId)
                .set(STORED_FILE.FILE_NAME, file.fileName())
                .set(STORED_FILE.MEDIA_TYPE, file.type().mediaType)
                .set(STORED_FILE.SIZE_BYTES, file.size())
                .set(STORED_FILE.SHA256, file.sha256())
                .set(STORED_FILE.PAGE_COUNT, file.pageCount())
                .set(STORED_FILE.CONTENT, file.content())
                .set(STORED_FILE.UPLOADED_AT, Times.toUtc(at))
                .set(STORED_FILE.UPLOADED_BY, by)
                .returningResult(STORED_FILE.ID).fetchOne(STORED_FILE.ID);
    }

    public Optional<StoredFile> get(long id) {
        return dsl.select(STORED_FILE.asterisk().except(STORED_FILE.CONTENT)).from(STORED_FILE)
                .where(STORED_FILE.ID.eq(id)).fetchOptional(FileRepository::toFile);
    }

    public byte[] content(long id) {
        return dsl.select(STORED_FILE.CONTENT).from(STORED_FILE).where(STORED_FILE.ID.eq(id))
                .fetchOptional(STORED_FILE.CONTENT).orElseThrow(() -> new IllegalArgumentException("Không có tệp này."));
    }

    public static StoredFile toFile(Record r) {
        return new StoredFile(r.get(STORED_FILE.ID), r.get(STORED_FILE.CONFERENCE_ID), r.get(STORED_FILE.UNIT_ID),
                r.get(STORED_FILE.FILE_NAME), FileType.ofMediaType(r.get(STORED_FILE.MEDIA_TYPE)),
                r.get(STORED_FILE.SIZE_BYTES), r.get(STORED_FILE.SHA256), r.get(STORED_FILE.PAGE_COUNT),
                Times.fromUtc(r.get(STORED_FILE.UPLOADED_AT)), r.get(STORED_FILE.UPLOADED_BY));
    }
}
