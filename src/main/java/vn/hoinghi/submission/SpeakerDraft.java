package vn.hoinghi.submission;

/** Who speaks for the unit, for how many minutes, and from where: a remote point's id, or null for the hall. */
public record SpeakerDraft(String name, String title, Integer minutes, Long pointId) {
}
