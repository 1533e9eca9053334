package vn.hoinghi.demo;

import vn.hoinghi.base.StaysVietnamese;
import vn.hoinghi.handout.HandoutKind;
import vn.hoinghi.handout.HandoutService;

/** The 2025 demo's documents for the delegates: the programme, made when downloaded, published to all. */
@StaysVietnamese("the demo conference's data")
final class CommuneDemoDocuments {

    private CommuneDemoDocuments() {
    }

    static void publish(long conferenceId, HandoutService handouts) {
        handouts.publish(conferenceId, handouts.addMade(conferenceId, HandoutKind.PROGRAMME, "Chương trình hội nghị"));
    }
}
