/** Unit reports: the form, the units asked and what they sent. */
@OwnsTables({"report_setting", "report_unit", "report_field", "unit_report", "unit_report_file", "report_value"})
package vn.hoinghi.submission.report.repository;

import vn.hoinghi.database.OwnsTables;
