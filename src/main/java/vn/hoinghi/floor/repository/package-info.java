/** Requests for the floor. */
@OwnsTables({"floor_request"})
package vn.hoinghi.floor.repository;

import vn.hoinghi.database.OwnsTables;
