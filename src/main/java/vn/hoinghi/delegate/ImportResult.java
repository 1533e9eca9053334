package vn.hoinghi.delegate;

/** What a committed import did. */
public record ImportResult(int added, int updated, int unchanged, int refused) {
}
