package vn.hoinghi.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hoinghi.base.StaysVietnamese;
import vn.hoinghi.base.Times;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceDraft;
import vn.hoinghi.conference.ConferenceFormat;
import vn.hoinghi.conference.ConferenceService;

/** The sample files of one demo conference, shipped in the jar under {@code /demo/<folder>/}. */
@StaysVietnamese("the demo's refusal when the jar lacks a sample file")
record DemoFiles(String folder) {

    static final DemoFiles QUANG_TRI_2021 = new DemoFiles("/demo/quang-tri-2021/");
    static final DemoFiles QUANG_TRI_2025 = new DemoFiles("/demo/quang-tri-2025/");

    /** The conference's facts from its plan, {@code hoi-nghi.json}. */
    /** The conference these files make, if it was loaded: found by its title and start. */
    Optional<Long> loadedIn(ConferenceService conferences) {
        ConferenceDraft draft = conference();
        return conferences.findByTitleAndStart(draft.getTitle(), Times.fromLocal(draft.getStartsAt())).map(Conference::id);
    }

    ConferenceDraft conference() {
        JsonNode plan = plan();
        ConferenceDraft d = new ConferenceDraft();
        d.setTitle(plan.get("title").asString());
        d.setOrganizer(plan.get("organizer").asString());
        d.setProvince(plan.get("province").asString());
        d.setVenue(plan.get("venue").asString());
        d.setFormat(ConferenceFormat.HYBRID);
        d.setFormatNote(plan.get("format").asString());
        var start = LocalDate.parse(plan.get("date").asString()).atTime(LocalTime.parse(plan.get("start").asString()));
        d.setStartsAt(start);
        d.setEndsAt(start.plusHours(plan.get("duration").asString().startsWith("1/2") ? 4 : 8));
        d.setExpectedHallDelegates(plan.get("expectedHallDelegates").asInt());
        d.setSignerBlock(plan.get("signer").get("block").asString());
        d.setSignerName(plan.get("signer").get("name").asString());
        d.setSubmissionDeadline(LocalDate.parse(plan.get("submissionDeadline").asString()));
        d.setSubmissionEmail(plan.get("submissionEmail").asString());
        return d;
    }

    JsonNode plan() {
        try (InputStream in = open("hoi-nghi.json")) {
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] bytes(String name) {
        try (InputStream in = open(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    InputStream open(String name) {
        InputStream in = DemoFiles.class.getResourceAsStream(folder + name);
        if (in == null) {
            throw new IllegalStateException("Thiếu tệp mẫu " + folder + name);
        }
        return in;
    }
}
