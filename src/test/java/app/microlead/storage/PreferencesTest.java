package app.microlead.storage;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.common.DirectTaskRunner;
import app.microlead.common.FontSize;
import app.microlead.common.ManualScheduler;
import app.microlead.common.Theme;
import com.fasterxml.jackson.jr.ob.JSON;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreferencesTest {

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("preferences.json");
    }

    @Test
    void aFileOfTheOldStringFormLoadsAsTypedValues() throws Exception {
        Files.writeString(file(), """
                {"theme":"dark","fontSize":"large","lastView":"habits","reviewDay":"MONDAY",
                 "reminderTime":"07:30","backupDir":"%s","lockAfterMinutes":5}
                """.formatted(dir.resolve("bk").toString().replace("\\", "\\\\")), StandardCharsets.UTF_8);
        Preferences p = new PreferencesStore(file()).load();
        assertThat(p.theme()).isEqualTo(Theme.DARK);
        assertThat(p.fontSize()).isEqualTo(FontSize.LARGE);
        assertThat(p.reviewDay()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(p.reminderTime()).isEqualTo(LocalTime.of(7, 30));
        assertThat(p.backupFolder()).contains(dir.resolve("bk"));
        assertThat(p.getLockAfterMinutes()).isEqualTo(5);
    }

    @Test
    void typedChoicesAreStoredInTheStringFormOlderVersionsRead() throws Exception {
        Preferences p = new Preferences();
        p.chooseTheme(Theme.DARK);
        p.chooseFontSize(FontSize.LARGE);
        p.chooseReviewDay(DayOfWeek.SUNDAY);
        p.chooseReminderTime(LocalTime.of(21, 15));
        p.chooseBackupFolder(dir.resolve("elsewhere"));
        PreferencesStore store = new PreferencesStore(file());
        store.save(p);
        assertThat(JSON.std.mapFrom(Files.readString(file())).keySet()).as("the file's fields, no more")
                .containsExactlyInAnyOrder("theme", "fontSize", "lastView", "backupDir", "lockAfterMinutes",
                        "adaptivePrompts", "peopleNudges", "reviewDay", "reminder", "reminderTime");
        Preferences back = store.load();
        assertThat(back.getTheme()).isEqualTo("dark");
        assertThat(back.getFontSize()).isEqualTo("large");
        assertThat(back.getReviewDay()).isEqualTo("SUNDAY");
        assertThat(back.getReminderTime()).isEqualTo("21:15");
        assertThat(back.getBackupDir()).isEqualTo(dir.resolve("elsewhere").toString());
        back.chooseBackupFolder(null);
        assertThat(back.backupFolder()).isEmpty();
    }

    @Test
    void unreadableValuesGiveTheDefaultsAndAreLoggedOnceEach() throws Exception {
        Files.writeString(file(), """
                {"theme":"purple","fontSize":"huge","reviewDay":"Fryday","reminderTime":"25:99",
                 "backupDir":"a\\u0000b"}
                """, StandardCharsets.UTF_8);
        List<LogRecord> logged = new ArrayList<>();
        Logger log = Logger.getLogger(Preferences.class.getName());
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                logged.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(handler);
        try {
            Preferences p = new PreferencesStore(file()).load();
            for (int i = 0; i < 2; i++) {
                assertThat(p.theme()).isEqualTo(Theme.LIGHT);
                assertThat(p.fontSize()).isEqualTo(FontSize.NORMAL);
                assertThat(p.reviewDay()).isEqualTo(Preferences.DEFAULT_REVIEW_DAY);
                assertThat(p.reminderTime()).isEqualTo(Preferences.DEFAULT_REMINDER_TIME);
                assertThat(p.backupFolder()).isEmpty();
            }
        } finally {
            log.removeHandler(handler);
        }
        assertThat(logged).hasSize(5);
    }

    @Test
    void aChangeIsWrittenAfterAQuietMomentWithoutAnyoneAskingToSave() {
        PreferencesStore store = new PreferencesStore(file());
        Preferences p = store.load();
        ManualScheduler scheduler = new ManualScheduler();
        new PreferencesAutoSave(p, store, new DirectTaskRunner(), scheduler, error -> { });
        p.chooseTheme(Theme.DARK);
        scheduler.advance(PreferencesAutoSave.QUIET.minusMillis(1));
        p.chooseReviewDay(DayOfWeek.MONDAY);
        scheduler.advance(PreferencesAutoSave.QUIET.minusMillis(1));
        assertThat(Files.exists(file())).as("still changing: not written yet").isFalse();
        scheduler.advance(Duration.ofMillis(1));
        Preferences back = store.load();
        assertThat(back.theme()).isEqualTo(Theme.DARK);
        assertThat(back.reviewDay()).isEqualTo(DayOfWeek.MONDAY);
    }

    @Test
    void savingNowWritesAtOnceAndCallsOffTheWaitingSave() {
        PreferencesStore store = new PreferencesStore(file());
        Preferences p = store.load();
        ManualScheduler scheduler = new ManualScheduler();
        PreferencesAutoSave saving = new PreferencesAutoSave(p, store, new DirectTaskRunner(), scheduler, error -> { });
        p.setPeopleNudges(false);
        assertThat(scheduler.pending()).isEqualTo(1);
        saving.saveNow();
        assertThat(store.load().isPeopleNudges()).isFalse();
        assertThat(scheduler.pending()).isZero();
    }
}
