/** Accounts, the conferences each serves, the audit log and screen links. */
@OwnsTables({"account", "account_conference", "audit_log", "screen_link"})
package vn.hoinghi.security.repository;

import vn.hoinghi.database.OwnsTables;
