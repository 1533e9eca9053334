/** The scanner devices and their tokens' hashes. */
@OwnsTables({"scanner_device"})
package vn.hoinghi.gate.repository;

import vn.hoinghi.database.OwnsTables;
