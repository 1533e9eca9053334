package vn.hoinghi.handout;

/** A handout's bytes as they are sent: its file name, media type and content. */
public record HandoutContent(String fileName, String mediaType, byte[] content) {
}
