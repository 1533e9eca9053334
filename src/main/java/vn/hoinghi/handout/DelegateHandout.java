package vn.hoinghi.handout;

/**
 * A document as its delegate sees it on their page; {@code url} is the signed, expiring download link made for this
 * delegate ({@link HandoutLinks}). {@code sizeBytes} is null for a document the app makes at the download.
 */
public record DelegateHandout(long id, String title, String fileName, String mediaType, Long sizeBytes, String url) {
}
