package vn.hoinghi.award;

/** What a committed import did. */
public record NominationImportResult(int added, int unchanged, int refused) {
}
