/** The outbox. */
@OwnsTables({"mail_outbox"})
package vn.hoinghi.mail.repository;

import vn.hoinghi.database.OwnsTables;
