package vn.hoinghi.delegate;

/** What a delegate answers on the invitation page. */
public record RsvpAnswer(Choice choice, String substituteName, String substituteTitle, String substitutePhone) {

    public enum Choice { CONFIRM, DECLINE, SUBSTITUTE }
}
