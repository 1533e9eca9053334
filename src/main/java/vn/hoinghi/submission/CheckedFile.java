package vn.hoinghi.submission;

/** An uploaded file that passed {@link FileCheck}: its type read from its content, its size and digest. */
public record CheckedFile(String fileName, FileType type, byte[] content, String sha256, Integer pageCount) {

    public long size() {
        return content.length;
    }
}
