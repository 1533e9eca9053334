/** Accounts, the audit log and screen links. */
@OwnsTables({"account", "audit_log", "screen_link"})
package vn.hoinghi.security.repository;

import vn.hoinghi.database.OwnsTables;
