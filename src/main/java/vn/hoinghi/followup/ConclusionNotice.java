package vn.hoinghi.followup;

/** A conference's conclusion notice: as saved, or (version 0) the defaults made from the conference. */
public record ConclusionNotice(long conferenceId, NoticeDraft draft, int version) {

    public boolean saved() {
        return version > 0;
    }
}
