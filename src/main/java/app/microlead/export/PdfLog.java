package app.microlead.export;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * openhtmltopdf's log records into the app's own log (its default logger prints to the terminal
 * with handlers of its own): the data folder's log file, and the terminal only as much as the app or
 * a command's {@code --verbose} asks.
 */
final class PdfLog implements XRLogger {

    private static boolean installed;

    private PdfLog() {
    }

    static synchronized void install() {
        if (!installed) {
            XRLog.setLoggerImpl(new PdfLog());
            installed = true;
        }
    }

    @Override
    public void log(String where, Level level, String msg) {
        Logger.getLogger(where).log(level, msg);
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        Logger.getLogger(where).log(level, msg, th);
    }

    @Override
    public void setLevel(String logger, Level level) {
        // the app's log decides; openhtmltopdf's own defaults are not taken
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return Logger.getLogger(diagnostic.getLogMessageId().getWhere()).isLoggable(diagnostic.getLevel());
    }
}
