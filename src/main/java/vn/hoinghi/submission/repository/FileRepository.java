package vn.hoinghi.submission.repository;

import static org.jooq.impl.DSL.row;
import static vn.hoinghi.database.jooq.Tables.STORED_FILE;

import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Functions;
import org.jooq.Record1;
import org.jooq.SelectField;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.base.Texts;
import vn.hoinghi.submission.CheckedFile;
import vn.hoinghi.submission.StoredFile;

/** Units' files. Callers check who may read a file; this only stores and fetches. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class FileRepository {

    /** A file's facts, not its bytes; null where an outer join found no file. */
    public static final SelectField<StoredFile> FILE = row(STORED_FILE.ID, STORED_FILE.CONFERENCE_ID,
            STORED_FILE.UNIT_ID, STORED_FILE.FILE_NAME, STORED_FILE.MEDIA_TYPE, STORED_FILE.SIZE_BYTES,
            STORED_FILE.SHA256, STORED_FILE.PAGE_COUNT, STORED_FILE.UPLOADED_AT, STORED_FILE.UPLOADED_BY)
            .mapping(Functions.nullOnAllNull(StoredFile::new));

    private final DSLContext dsl;

    FileRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(long conferenceId, long unitId, CheckedFile file, Instant at, String by) {
        return dsl.insertInto(STORED_FILE)
                .set(STORED_FILE.CONFERENCE_ID, conferenceId)
                .set(STORED_FILE.UNIT_ID, unitId)
                .set(STORED_FILE.FILE_NAME, file.fileName())
                .set(STORED_FILE.MEDIA_TYPE, file.type())
                .set(STORED_FILE.SIZE_BYTES, file.size())
                .set(STORED_FILE.SHA256, file.sha256())
                .set(STORED_FILE.PAGE_COUNT, file.pageCount())
                .set(STORED_FILE.CONTENT, file.content())
                .set(STORED_FILE.UPLOADED_AT, at)
                .set(STORED_FILE.UPLOADED_BY, by)
                .returningResult(STORED_FILE.ID).fetchOne(STORED_FILE.ID);
    }

    public Optional<StoredFile> get(long id) {
        return dsl.select(FILE).from(STORED_FILE).where(STORED_FILE.ID.eq(id)).fetchOptional(Record1::value1);
    }

    public byte[] content(long id) {
        return dsl.select(STORED_FILE.CONTENT).from(STORED_FILE).where(STORED_FILE.ID.eq(id))
                .fetchOptional(STORED_FILE.CONTENT).orElseThrow(() -> new IllegalArgumentException(Texts.t("submission.noFile")));
    }
}
