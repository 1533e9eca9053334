package vn.hoinghi.attendance;

/** One line the MC reads aloud when introducing the leaders present, in protocol order. */
public record Introduction(long delegateId, int rank, String text, boolean substitute, boolean remote) {
}
