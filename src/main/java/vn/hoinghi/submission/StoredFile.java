package vn.hoinghi.submission;

import java.time.Instant;

/** A file a unit sent, without its content: what lists and version histories show. */
public record StoredFile(long id, long conferenceId, long unitId, String fileName, FileType type, long size,
        String sha256, Integer pageCount, Instant uploadedAt, String uploadedBy) {
}
