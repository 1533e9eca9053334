package vn.hoinghi.delegate;

/** A "thành phần" of the delegate list (e.g. "Lãnh đạo tỉnh"), in the order the list is printed. */
public record CompositionGroup(long id, long conferenceId, String name, int position) {
}
