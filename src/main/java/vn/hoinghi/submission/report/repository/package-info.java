/** Unit reports: the form, the units asked and what they sent. */
@OwnsTables({"report_setting", "report_unit", "report_field", "unit_report", "unit_report_file", "report_value",
        "report_table_column", "report_table_row", "report_cell"})
package vn.hoinghi.submission.report.repository;

import vn.hoinghi.database.OwnsTables;
