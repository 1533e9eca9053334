package vn.hoinghi.submission;

import java.util.List;

/**
 * What a round of reminders did: the unit of each mail sent (a unit with two contributions twice), the units that
 * have no e-mail address in the units directory (to be called instead), and how many were already reminded today.
 */
public record ReminderResult(List<String> sent, List<String> withoutEmail, int alreadyToday) {
}
