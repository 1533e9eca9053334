package vn.hoinghi.handout;

import java.time.Instant;
import java.util.Set;

/**
 * A document of the conference as the committee sees it: an uploaded file (name, type, size) or one the app makes,
 * its audience, whether it is published, and how many delegates downloaded it (and how many times).
 */
public record Handout(long id, long conferenceId, int position, String title, HandoutKind kind, String fileName,
                      String mediaType, Long sizeBytes, HandoutAudience audience, Set<Long> groupIds,
                      Instant publishedAt, int downloaders, int downloads) {

    public boolean published() {
        return publishedAt != null;
    }

    public Handout withGroups(Set<Long> groups) {
        return new Handout(id, conferenceId, position, title, kind, fileName, mediaType, sizeBytes, audience, groups,
                publishedAt, downloaders, downloads);
    }
}
