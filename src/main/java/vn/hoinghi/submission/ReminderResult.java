package vn.hoinghi.submission;

import java.util.List;

/**
 * What a round of reminders did: the units written to, those that have no e-mail address in the units directory
 * (to be called instead), and how many were already reminded today.
 */
public record ReminderResult(List<String> sent, List<String> withoutEmail, int alreadyToday) {
}
