package vn.hoinghi.document;

/** What committing an imported row will do. */
public enum ImportAction {
    ADD, UPDATE, UNCHANGED, ERROR
}
