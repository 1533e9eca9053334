package vn.hoinghi.alert;

import java.time.Instant;

/**
 * What a channel tells the technician on duty: the point (its name, cluster, its own technician and phone, who are in
 * its room), what happened and since when, who is on duty, and where to look (the technicians' screen and the wall).
 */
public record AlertNotice(long conferenceId, String conferenceTitle, long alertId, AlertKind kind, Instant since,
                          String pointName, String cluster, String pointTechnician, String pointTechnicianPhone,
                          ClusterDuty duty, String technicianScreenUrl, String wallUrl) {
}
