/** Contributions, their versions, reviews and stored files. */
@OwnsTables({"contribution", "contribution_version", "contribution_review", "stored_file"})
package vn.hoinghi.submission.repository;

import vn.hoinghi.database.OwnsTables;
