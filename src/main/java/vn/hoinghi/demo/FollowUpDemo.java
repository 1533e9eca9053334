package vn.hoinghi.demo;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.hoinghi.base.StaysVietnamese;
import vn.hoinghi.followup.ConclusionNoticeService;
import vn.hoinghi.followup.FollowUpService;
import vn.hoinghi.followup.NoticeDraft;
import vn.hoinghi.followup.TaskDraft;
import vn.hoinghi.followup.TaskOrigin;
import vn.hoinghi.followup.TaskStatus;
import vn.hoinghi.unit.UnitService;

/**
 * The demo conference's tasks: those its plan (seed 001) gave the units before 29/10/2021, done, and those a
 * conclusion notice gave them after, some done, some late; and the notice itself. Added once: a conference that
 * has tasks or a saved notice keeps them.
 */
@StaysVietnamese("the demo conference's data")
@Component
class FollowUpDemo {

    private static final String HEALTH = "Sở Y tế";

    private final FollowUpService tasks;
    private final ConclusionNoticeService notices;
    private final UnitService units;

    FollowUpDemo(FollowUpService tasks, ConclusionNoticeService notices, UnitService units) {
        this.tasks = tasks;
        this.notices = notices;
        this.units = units;
    }

    void load(long conferenceId) {
        if (tasks.board(conferenceId).tasks().isEmpty()) {
            plan(conferenceId);
            conclusion(conferenceId);
        }
        if (!notices.notice(conferenceId).saved()) {
            notice(conferenceId);
        }
    }

    private void plan(long c) {
        add(c, TaskOrigin.PLAN, "Công an tỉnh", null, "Chuẩn bị 01 tham luận về hoạt động của chốt kiểm soát y tế "
                + "(chốt phía Nam), gửi về Sở Y tế", date(2021, 10, 26), done(2021, 10, 25, "Đã gửi tham luận."));
        add(c, TaskOrigin.PLAN, "UBND huyện Triệu Phong", null, "Chuẩn bị tham luận về công tác tổ chức cách ly y tế "
                + "tại nhà, gửi về Sở Y tế", date(2021, 10, 26), done(2021, 10, 26, "Đã gửi tham luận."));
        add(c, TaskOrigin.PLAN, HEALTH, "các sở, ban, ngành, UBND các huyện, thị xã, thành phố",
                "tổng hợp báo cáo sơ kết, tham luận và đề xuất khen thưởng của các cơ quan, đơn vị",
                date(2021, 10, 26), done(2021, 10, 27, "Đã tổng hợp 12 tham luận và báo cáo của các đơn vị."));
        add(c, TaskOrigin.PLAN, "Đài Phát thanh - Truyền hình Quảng Trị", "Sở Y tế, Trung tâm Kiểm soát bệnh tật tỉnh",
                "xây dựng phóng sự về công tác phòng, chống dịch COVID-19 để trình chiếu tại Hội nghị (20 phút)",
                date(2021, 10, 28), done(2021, 10, 28, null));
    }

    private void conclusion(long c) {
        add(c, TaskOrigin.CONCLUSION, HEALTH, "Sở Nội vụ, Ban Thi đua - Khen thưởng tỉnh", "hoàn thiện hồ sơ khen thưởng "
                + "các tập thể, cá nhân có thành tích xuất sắc trong phòng, chống dịch COVID-19, trình UBND tỉnh",
                date(2021, 11, 15), done(2021, 11, 12, "Đã trình UBND tỉnh khen thưởng 45 tập thể và 152 cá nhân."));
        add(c, TaskOrigin.CONCLUSION, HEALTH, "UBND các huyện, thị xã, thành phố", "đẩy nhanh tiến độ tiêm vắc xin "
                + "phòng COVID-19, bảo đảm an toàn, đúng đối tượng", date(2021, 11, 30), open(TaskStatus.IN_PROGRESS));
        add(c, TaskOrigin.CONCLUSION, "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
                "duy trì các chốt kiểm soát y tế tại các cửa ngõ ra vào tỉnh, quản lý chặt chẽ người đến, về từ vùng dịch",
                null, open(TaskStatus.IN_PROGRESS));
        add(c, TaskOrigin.CONCLUSION, "Sở Lao động - Thương binh và Xã hội", null, "rà soát, tổng hợp kết quả hỗ trợ "
                + "người lao động và người dân gặp khó khăn do đại dịch, báo cáo UBND tỉnh", date(2021, 11, 20),
                open(TaskStatus.NOT_STARTED));
        add(c, TaskOrigin.CONCLUSION, "UBND huyện Đakrông", null, "kiện toàn các Tổ COVID cộng đồng, bảo đảm hoạt động "
                + "hiệu quả", date(2021, 12, 15), open(TaskStatus.NOT_STARTED));
    }

    private void notice(long c) {
        NoticeDraft d = notices.notice(c).draft();
        notices.save(c, 0, new NoticeDraft(d.number(), date(2021, 11, 2), d.place(), d.issuer(),
                "Kết luận của Phó Chủ tịch UBND tỉnh Hoàng Nam tại Hội nghị sơ kết công tác phòng, chống dịch COVID-19",
                d.opening().replace("đồng chí chủ trì Hội nghị", "Phó Chủ tịch UBND tỉnh Hoàng Nam"),
                """
                Thời gian qua, các cấp, các ngành đã triển khai quyết liệt, đồng bộ các biện pháp phòng, chống dịch \
                COVID-19; tình hình dịch bệnh trên địa bàn tỉnh cơ bản được kiểm soát. Tuy nhiên, nguy cơ dịch \
                bùng phát trở lại còn cao, một số nơi còn tâm lý chủ quan, tỷ lệ tiêm vắc xin chưa đồng đều.
                Để thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch COVID-19, yêu cầu các cơ quan, đơn vị tập \
                trung thực hiện tốt các nhiệm vụ sau:""",
                "Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.", "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH",
                d.signerName(), """
                - Như trên;
                - Thường trực Tỉnh ủy (báo cáo);
                - CT, các PCT UBND tỉnh;
                - Các sở, ban, ngành, đoàn thể cấp tỉnh;
                - UBND các huyện, thị xã, thành phố;
                - CVP, các PVP UBND tỉnh;
                - Lưu: VT, VX."""));
    }

    private void add(long c, TaskOrigin origin, String lead, String cooperating, String content, LocalDate deadline,
                     State state) {
        tasks.create(c, new TaskDraft(origin, content, units.findOrCreate(c, lead).id(), cooperating, deadline,
                state.status(), state.doneOn(), state.note()));
    }

    private record State(TaskStatus status, LocalDate doneOn, String note) {
    }

    private static State done(int y, int m, int d, String note) {
        return new State(TaskStatus.DONE, date(y, m, d), note);
    }

    private static State open(TaskStatus status) {
        return new State(status, null, null);
    }

    private static LocalDate date(int y, int m, int d) {
        return LocalDate.of(y, m, d);
    }
}
