package dev.botstore.web;

import dev.botstore.api.TimeInput;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The one place where a caller's time becomes an instant: {@link TimeInput}'s rules, with a
 * date-time without an offset read in the zone of the {@code time_zone} variable (default: the
 * server's zone). The original's callers send {@code datetime.now().isoformat()}, which is the bot
 * host's wall-clock time; reading it as UTC would move every such time by the host's offset.
 */
public final class InputTimes {

    private static final Logger LOG = Logger.getLogger(InputTimes.class.getName());

    private InputTimes() {
    }

    /** The instant named by {@code raw}; null when absent; a 400 naming {@code field} when unreadable. */
    public static Instant parse(String field, String raw) {
        return TimeInput.parse(field, raw, zone());
    }

    /** The zone of wall-clock times: {@code time_zone}, or the server's zone when it is unset or unknown. */
    public static ZoneId zone() {
        return Zone.CONFIGURED;
    }

    // resolved once, when first needed: the variable cannot change without a restart
    private static final class Zone {
        static final ZoneId CONFIGURED = configured();

        private static ZoneId configured() {
            String name;
            try {
                name = ConfigProvider.getConfig(InputTimes.class.getClassLoader())
                        .getOptionalValue("time_zone", String.class).map(String::strip).orElse("");
            } catch (IllegalStateException noConfiguration) {
                name = ""; // outside a server (a unit test): no setting to read, the JVM's zone
            }
            if (name.isEmpty()) {
                return ZoneId.systemDefault();
            }
            try {
                return ZoneId.of(name);
            } catch (DateTimeException e) {
                LOG.warning("time_zone '" + name + "' is not a time zone such as Asia/Shanghai or UTC; date-times"
                        + " without an offset are read in the server's zone, " + ZoneId.systemDefault());
                return ZoneId.systemDefault();
            }
        }
    }
}
