package vn.hoinghi.submission;

/** A stored file's bytes as the reader downloads them, under the name the unit gave it. */
public record FileDownload(String fileName, FileType type, byte[] content) {
}
