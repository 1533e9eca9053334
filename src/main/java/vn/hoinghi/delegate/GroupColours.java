package vn.hoinghi.delegate;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The colours a group's cards may be printed in: dark enough that white capitals on the band read well, far enough
 * apart that a steward tells the groups apart at a glance, and printable on an office colour laser. A group without
 * a chosen colour takes the palette's colour for its position, so a new conference's cards differ by group at once.
 */
public final class GroupColours {

    /** Each colour with the key of its name ("groups.colour.red"…), in the order the palette offers them. */
    public record Swatch(String hex, String key) {
    }

    public static final List<Swatch> PALETTE = List.of(
            new Swatch("#B71C1C", "groups.colour.red"),
            new Swatch("#0D47A1", "groups.colour.blue"),
            new Swatch("#1B5E20", "groups.colour.green"),
            new Swatch("#E65100", "groups.colour.orange"),
            new Swatch("#4A148C", "groups.colour.purple"),
            new Swatch("#006064", "groups.colour.teal"),
            new Swatch("#795548", "groups.colour.brown"),
            new Swatch("#37474F", "groups.colour.grey"),
            new Swatch("#AD1457", "groups.colour.pink"),
            new Swatch("#827717", "groups.colour.olive"));

    /** The band of a delegate in no group: the palette's grey. */
    public static final String NO_GROUP = "#37474F";

    private static final Pattern HEX = Pattern.compile("#[0-9A-F]{6}");

    private GroupColours() {
    }

    /** The palette's colour for a group's position (1-based), going round when there are more groups than colours. */
    public static String forPosition(int position) {
        return PALETTE.get(Math.floorMod(position - 1, PALETTE.size())).hex();
    }

    /** A colour as stored: one of the palette's "#RRGGBB", or null for none; "" for anything else (refused). */
    static String tidy(String colour) {
        if (colour == null || colour.isBlank()) {
            return null;
        }
        String clean = colour.strip().toUpperCase(java.util.Locale.ROOT);
        return HEX.matcher(clean).matches() && PALETTE.stream().anyMatch(s -> s.hex().equals(clean)) ? clean : "";
    }

    /** The colour's red, green and blue, 0–255. */
    public static int[] rgb(String hex) {
        int value = Integer.parseInt(hex.substring(1), 16);
        return new int[] {value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF};
    }
}
