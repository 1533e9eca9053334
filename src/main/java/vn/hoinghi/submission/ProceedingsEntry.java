package vn.hoinghi.submission;

/**
 * An accepted contribution as the proceedings list it: its place in the plan's order, the unit, topic and speaker,
 * whether it is spoken at the conference or only printed, and the file of its latest version (none if the unit
 * never sent one).
 */
public record ProceedingsEntry(long contributionId, int position, long unitId, String unitName, String topic,
                               String speakerName,
                               String speakerTitle, boolean printedOnly, Long fileId, FileType fileType,
                               String fileName, Integer pageCount) {

    /** The entry with its unit named (the unit feature keeps the names). */
    ProceedingsEntry withUnitName(String name) {
        return new ProceedingsEntry(contributionId, position, unitId, name, topic, speakerName, speakerTitle,
                printedOnly, fileId, fileType, fileName, pageCount);
    }

    /** Only PDFs go into the proceedings as they are: there is no Word converter in the stack. */
    public boolean included() {
        return fileType == FileType.PDF;
    }
}
