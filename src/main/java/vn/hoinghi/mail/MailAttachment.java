package vn.hoinghi.mail;

/** A stored mail's attached file. */
public record MailAttachment(String name, byte[] content) {
}
