/** The programme: its items and the live state the MC moves. */
@OwnsTables({"agenda", "agenda_item", "agenda_live"})
package vn.hoinghi.agenda.repository;

import vn.hoinghi.database.OwnsTables;
