package vn.hoinghi.checkin;

import java.util.List;

/** A scanner device's answer: the result, and the questions when a health declaration is required first. */
public record DeviceScan(CheckinResult result, List<String> questions) {
}
