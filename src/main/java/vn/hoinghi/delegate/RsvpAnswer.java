package vn.hoinghi.delegate;

import vn.hoinghi.delegate.repository.DelegateRepository;

/** What a delegate answers on the invitation page. */
public record RsvpAnswer(Choice choice, String substituteName, String substituteTitle, String substitutePhone) {

    /** The longest substitute's name and title the schema holds, in characters. */
    public static final int NAME_LENGTH = DelegateRepository.SUBSTITUTE_NAME_LENGTH;
    public static final int TITLE_LENGTH = DelegateRepository.SUBSTITUTE_TITLE_LENGTH;

    public enum Choice { CONFIRM, DECLINE, SUBSTITUTE }
}
