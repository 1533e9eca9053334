/** The conference's documents for its delegates, their files, audiences and downloads. */
@OwnsTables({"handout", "handout_file", "handout_group", "handout_download"})
package vn.hoinghi.handout.repository;

import vn.hoinghi.database.OwnsTables;
