package org.plandesk.school.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.plandesk.school.BalanceLink;
import org.plandesk.school.Section;
import org.plandesk.workspace.Jdbc;

/** Links from plan indicator parts to balance figures computed from the registry. */
public final class BalanceLinkRepository {

    public List<BalanceLink> all(Connection c) throws SQLException {
        return Jdbc.query(c, "SELECT * FROM part_balance_link ORDER BY part_id", BalanceLinkRepository::link);
    }

    public Optional<BalanceLink> of(Connection c, long partId) throws SQLException {
        return Jdbc.query(c, "SELECT * FROM part_balance_link WHERE part_id = ?", BalanceLinkRepository::link, partId)
                .stream()
                .findFirst();
    }

    public void put(Connection c, BalanceLink link) throws SQLException {
        Jdbc.update(
                c,
                "MERGE INTO part_balance_link (part_id, district, stage, measure) KEY (part_id) "
                        + "VALUES (?, ?, ?, ?)",
                link.partId(),
                link.district(),
                link.stage().name(),
                link.measure());
    }

    public void delete(Connection c, long partId) throws SQLException {
        Jdbc.update(c, "DELETE FROM part_balance_link WHERE part_id = ?", partId);
    }

    private static BalanceLink link(ResultSet rs) throws SQLException {
        return new BalanceLink(
                rs.getLong("part_id"),
                rs.getString("district"),
                Section.valueOf(rs.getString("stage")),
                rs.getString("measure"));
    }

    /** The plan period (start and end year) of a part's plan, or empty when the part is gone. */
    public Optional<int[]> period(Connection c, long partId) throws SQLException {
        return Jdbc.query(
                        c,
                        "SELECT p.start_year, p.end_year FROM part pt JOIN indicator i ON i.id = pt.indicator_id "
                                + "JOIN plan p ON p.id = i.plan_id WHERE pt.id = ?",
                        rs -> new int[] {rs.getInt(1), rs.getInt(2)},
                        partId)
                .stream()
                .findFirst();
    }
}
