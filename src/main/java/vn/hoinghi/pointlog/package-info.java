/**
 * The record of each point's day after the conference ("Nhật ký điểm cầu"): rehearsal, status changes, outages,
 * headcount, requests for the floor and alerts, as a page, an .xlsx and a Decree-30 PDF. Owns no table: it reads the
 * point, rehearsal, floor and alert features through their services.
 */
package vn.hoinghi.pointlog;
