package vn.hoinghi.health;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

/**
 * One health declaration at a gate: the questions as asked, the answers (true = "có"), whether any was "có"
 * (flagged: sent to the medical desk), the check-in it led to, and — for a flagged one — when and by whom the
 * committee let the delegate in after the medical desk allowed it.
 */
public record HealthDeclaration(long id, long conferenceId, long delegateId, String attendeeName, List<String> questions,
                                List<Boolean> answers, boolean flagged, Instant at, String gate, String by,
                                Long checkinId, Instant clearedAt, String clearedBy) {

    public HealthDeclaration {
        questions = List.copyOf(questions);
        answers = List.copyOf(answers);
    }

    /** Flagged and not cleared yet: the delegate waits for the medical desk and is not checked in. */
    public boolean pending() {
        return flagged && clearedAt == null;
    }

    /** The questions answered "có", numbered from 1. */
    public List<Integer> yesNumbers() {
        return IntStream.range(0, answers.size()).filter(answers::get).mapToObj(i -> i + 1).toList();
    }
}
