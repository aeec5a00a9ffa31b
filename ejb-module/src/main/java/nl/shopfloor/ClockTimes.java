package nl.shopfloor;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/** Times of day as minutes since midnight and as "HH:mm" text, for rosters and opening hours; 24:00 ends a day. */
public final class ClockTimes {

    public static final int MINUTES_PER_DAY = 24 * 60;
    private static final Pattern TEXT = Pattern.compile("([01][0-9]|2[0-4]):[0-5][0-9]");

    private ClockTimes() {
    }

    /** "08:30" → 510; "24:00" → 1440. */
    public static int parse(String text) {
        if (text == null || !TEXT.matcher(text).matches()) {
            throw new IllegalArgumentException("A time of day is written HH:mm, 00:00 to 24:00");
        }
        int minute = Integer.parseInt(text.substring(0, 2)) * 60 + Integer.parseInt(text.substring(3));
        if (minute > MINUTES_PER_DAY) {
            throw new IllegalArgumentException("A time of day is written HH:mm, 00:00 to 24:00");
        }
        return minute;
    }

    public static String text(int minuteOfDay) {
        return String.format(Locale.ROOT, "%02d:%02d", minuteOfDay / 60, minuteOfDay % 60);
    }

    /** 00:00, 00:15, ... 24:00: the choices of a time menu. */
    public static List<String> quarterHours() {
        return IntStream.rangeClosed(0, MINUTES_PER_DAY / 15).mapToObj(quarter -> text(quarter * 15)).toList();
    }
}
