package vn.hoinghi.handout;

/** An uploaded file, or a document the app makes at each download from what it holds then. */
public enum HandoutKind {
    FILE, PROGRAMME, PROCEEDINGS, CONCLUSION;

    public boolean made() {
        return this != FILE;
    }
}
