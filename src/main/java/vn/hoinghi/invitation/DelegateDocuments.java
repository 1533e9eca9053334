package vn.hoinghi.invitation;

import java.util.List;

/**
 * The documents published to the delegate whose code this is, in the committee's order; empty for a code that opens
 * nothing. A seam: the documents feature ({@code handout.HandoutService#forDelegate}) answers it once merged; until
 * then {@link NoDelegateDocuments} lists none.
 */
public interface DelegateDocuments {

    /** One document as the delegate's page lists it; {@code url} is this delegate's signed, expiring download link. */
    record Document(long id, String title, String fileName, String mediaType, Long sizeBytes, String url) {
    }

    List<Document> forDelegate(String code);
}
