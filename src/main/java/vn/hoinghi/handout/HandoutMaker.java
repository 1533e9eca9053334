package vn.hoinghi.handout;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import vn.hoinghi.agenda.AgendaPdfService;
import vn.hoinghi.agenda.AgendaService;
import vn.hoinghi.base.Texts;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.followup.ConclusionNoticeService;
import vn.hoinghi.security.CommitteeRights;
import vn.hoinghi.submission.FileType;
import vn.hoinghi.submission.ProceedingsService;

/**
 * Makes the documents the app writes (the programme, the proceedings, the conclusion notice) when they are downloaded,
 * so a delegate gets them as they stand. Their makers are the committee's: a delegate's download reaches them with the
 * committee's rights only after its link was checked ({@link CommitteeRights}). A made document is kept for
 * {@link #KEPT} so that a hall of phones opening the proceedings at once makes it once, not five hundred times.
 */
@Component
class HandoutMaker {

    static final Duration KEPT = Duration.ofSeconds(60);
    private static final int KEPT_AT_MOST = 8;

    private final AgendaService agendas;
    private final AgendaPdfService programme;
    private final ProceedingsService proceedings;
    private final ConclusionNoticeService conclusion;
    private final CommitteeRights committee;
    private final Clock clock;
    private final Map<Long, Made> made = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Made> eldest) {
            return size() > KEPT_AT_MOST;
        }
    };

    private record Made(byte[] content, Instant at) {
    }

    HandoutMaker(AgendaService agendas, AgendaPdfService programme, ProceedingsService proceedings,
                 ConclusionNoticeService conclusion, CommitteeRights committee, Clock clock) {
        this.agendas = agendas;
        this.programme = programme;
        this.proceedings = proceedings;
        this.conclusion = conclusion;
        this.committee = committee;
        this.clock = clock;
    }

    /** Refuses a document there is nothing to make of yet: no programme item, no accepted contribution, no notice. */
    void checkAvailable(long conferenceId, HandoutKind kind) {
        String missing = switch (kind) {
            case PROGRAMME -> agendas.agenda(conferenceId).isEmpty() ? "handout.made.noProgramme" : null;
            case PROCEEDINGS -> proceedings.contents(conferenceId).isEmpty() ? "handout.made.noProceedings" : null;
            case CONCLUSION -> conclusion.notice(conferenceId).saved() ? null : "handout.made.noConclusion";
            case FILE -> null;
        };
        if (missing != null) {
            throw new ValidationException(Map.of("kind", Texts.t(missing)));
        }
    }

    String fileName(Handout h) {
        return h.kind().made() ? h.title().replaceAll("[\\\\/:*?\"<>|]", "-") + FileType.PDF.extension : h.fileName();
    }

    String mediaType(Handout h) {
        return h.kind().made() ? FileType.PDF.mediaType : h.mediaType();
    }

    /** The bytes to send: an uploaded file's own, or the document made now (or in the last minute). */
    HandoutContent content(Handout h, Supplier<byte[]> uploaded) {
        byte[] bytes = h.kind().made() ? made(h) : uploaded.get();
        return new HandoutContent(fileName(h), mediaType(h), bytes);
    }

    private byte[] made(Handout h) {
        Instant now = clock.instant();
        synchronized (made) {
            Made kept = made.get(h.id());
            if (kept != null && kept.at().plus(KEPT).isAfter(now)) {
                return kept.content();
            }
        }
        byte[] bytes = committee.call(() -> switch (h.kind()) {
            case PROGRAMME -> programme.pdf(h.conferenceId());
            case PROCEEDINGS -> proceedings.pdf(h.conferenceId());
            case CONCLUSION -> conclusion.pdf(h.conferenceId());
            case FILE -> throw new IllegalArgumentException(h.kind().name());
        });
        synchronized (made) {
            made.put(h.id(), new Made(bytes, now));
        }
        return bytes;
    }
}
