<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AppTray</name>
    <message>
        <source>Acupressure</source>
        <translation>Akupressur</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Pause reminders for today</source>
        <translation>Erinnerungen für heute pausieren</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>Sitzung starten</translation>
    </message>
    <message>
        <source>Start {routine}</source>
        <translation>{routine} starten</translation>
    </message>
    <message>
        <source>Tray menu</source>
        <translation>Menü im Infobereich</translation>
    </message>
</context>
<context>
    <name>AppWindow</name>
    <message>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <source>&amp;Copy what can be read</source>
        <translation>&amp;Lesbares kopieren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Import history from CSV…</source>
        <translation>Verlauf aus CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Points</source>
        <translation>&amp;Punkte</translation>
    </message>
    <message>
        <source>&amp;Routine</source>
        <translation>&amp;Routine</translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation>R&amp;outinen</translation>
    </message>
    <message>
        <source>&amp;Safety notice</source>
        <translation>&amp;Sicherheitshinweise</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <source>About acupress-gui</source>
        <translation>Über acupress-gui</translation>
    </message>
    <message>
        <source>E&amp;xport history as CSV…</source>
        <translation>Verlauf als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Every readable session was copied to {path}.</source>
        <translation>Alle lesbaren Sitzungen wurden nach {path} kopiert.</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>&amp;Bericht exportieren…</translation>
    </message>
    <message>
        <source>Guided acupressure session</source>
        <translation>Angeleitete Akupressur-Sitzung</translation>
    </message>
    <message>
        <source>His&amp;tory</source>
        <translation>Ver&amp;lauf</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Please read the safety notice (Help menu) before your first session.</source>
        <translation>Bitte lesen Sie vor Ihrer ersten Sitzung die Sicherheitshinweise (Menü „Hilfe“).</translation>
    </message>
    <message>
        <source>Practise {point}</source>
        <translation>{point} üben</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routinen</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Session finished</source>
        <translation>Sitzung abgeschlossen</translation>
    </message>
    <message>
        <source>The German, Spanish and Chinese translations, of the app and of the point texts, were made with care but have not yet been reviewed by native-speaking practitioners. Corrections are welcome: {url}</source>
        <translation>Die deutsche, spanische und chinesische Übersetzung der App und der Punkttexte wurden sorgfältig erstellt, aber noch nicht von muttersprachlichen Fachleuten geprüft. Korrekturen sind willkommen: {url}</translation>
    </message>
    <message>
        <source>The copy could not be made: {error}</source>
        <translation>Die Kopie konnte nicht erstellt werden: {error}</translation>
    </message>
    <message>
        <source>There is no routine called {name!r}.</source>
        <translation>Es gibt keine Routine namens {name!r}.</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Voice cues were turned off: {reason}</source>
        <translation>Die Sprachansagen wurden ausgeschaltet: {reason}</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Your history is damaged</source>
        <translation>Ihr Verlauf ist beschädigt</translation>
    </message>
    <message>
        <source>acupress-gui {version}

Guided acupressure for back pain. The points, timings and cautions come from the articles named on each point. This app is not a substitute for professional care.</source>
        <translation>acupress-gui {version}

Angeleitete Akupressur bei Rückenschmerzen. Die Punkte, Zeiten und Warnhinweise stammen aus den Artikeln, die bei jedem Punkt genannt sind. Diese App ersetzt keine professionelle Behandlung.</translation>
    </message>
    <message>
        <source>{point} added to {routine}.</source>
        <translation>{point} wurde zu {routine} hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Acupressure</source>
        <translation>Akupressur</translation>
    </message>
</context>
<context>
    <name>BreathingPacer</name>
    <message>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>Breathe out slowly</source>
        <translation>Langsam ausatmen</translation>
    </message>
    <message>
        <source>Breathing pace</source>
        <translation>Atemtempo</translation>
    </message>
</context>
<context>
    <name>ChartsTab</name>
    <message>
        <source>Drawing the charts…</source>
        <translation>Die Diagramme werden gezeichnet…</translation>
    </message>
    <message>
        <source>The charts cannot be drawn: the charting library (pyqtgraph) could not be loaded. Reinstalling acupress-gui brings it back.</source>
        <translation>Die Diagramme können nicht gezeichnet werden: Die Diagrammbibliothek (pyqtgraph) ließ sich nicht laden. Wenn Sie acupress-gui neu installieren, ist sie wieder da.</translation>
    </message>
</context>
<context>
    <name>CheckinForm</name>
    <message>
        <source>How much did pain get in the way of your &amp;daily activities this week?</source>
        <translation>Wie stark hat der Schmerz Sie diese Woche im &amp;Alltag beeinträchtigt?</translation>
    </message>
    <message>
        <source>How well did you s&amp;leep this week?</source>
        <translation>Wie gut haben Sie diese Woche gesch&amp;lafen?</translation>
    </message>
    <message>
        <source>This week, how much did pain get in the way of your daily activities, 0 to 10</source>
        <translation>Diese Woche: Wie stark hat der Schmerz Sie im Alltag beeinträchtigt, 0 bis 10</translation>
    </message>
    <message>
        <source>This week, how well did you sleep, 0 to 10</source>
        <translation>Diese Woche: Wie gut haben Sie geschlafen, 0 bis 10</translation>
    </message>
    <message>
        <source>Weekly check-in (optional, once a week):</source>
        <translation>Wochenrückblick (optional, einmal pro Woche):</translation>
    </message>
    <message>
        <source>completely</source>
        <translation>völlig</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <source>not at all</source>
        <translation>gar nicht</translation>
    </message>
    <message>
        <source>very badly</source>
        <translation>sehr schlecht</translation>
    </message>
    <message>
        <source>very well</source>
        <translation>sehr gut</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <source>Countdown</source>
        <translation>Countdown</translation>
    </message>
    <message>
        <source>{seconds} seconds left</source>
        <translation>Noch {seconds} Sekunden</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <source>The details were printed to the terminal (no log file could be made).</source>
        <translation>Die Details wurden im Terminal ausgegeben (es konnte keine Protokolldatei angelegt werden).</translation>
    </message>
    <message>
        <source>The details were written to:
{path}</source>
        <translation>Die Details wurden hier gespeichert:
{path}</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <source>acupress-gui ran into a problem it did not expect. Your settings, routines and finished holds are saved. The app keeps running, but if something looks wrong, close it and start it again.</source>
        <translation>In acupress-gui ist ein unerwartetes Problem aufgetreten. Ihre Einstellungen, Routinen und abgeschlossenen Haltephasen sind gespeichert. Die App läuft weiter. Wenn Ihnen etwas seltsam vorkommt, schließen Sie sie und starten Sie sie neu.</translation>
    </message>
</context>
<context>
    <name>CuePlayer</name>
    <message>
        <source>Sound is unavailable ({reason}); cues are shown as a flash instead.</source>
        <translation>Ton ist nicht verfügbar ({reason}); Signale werden stattdessen als Aufblinken angezeigt.</translation>
    </message>
    <message>
        <source>sound could not be set up: {error}</source>
        <translation>der Ton konnte nicht eingerichtet werden: {error}</translation>
    </message>
    <message>
        <source>the sound file {name} is missing</source>
        <translation>die Tondatei {name} fehlt</translation>
    </message>
    <message>
        <source>the sounds did not load within {seconds:g} s</source>
        <translation>die Töne wurden nicht innerhalb von {seconds:g} s geladen</translation>
    </message>
</context>
<context>
    <name>CueRouter</name>
    <message>
        <source>A cue failed: {error}</source>
        <translation>Ein Signal ist fehlgeschlagen: {error}</translation>
    </message>
</context>
<context>
    <name>DailyPractice</name>
    <message>
        <source>A session is running already.</source>
        <translation>Es läuft bereits eine Sitzung.</translation>
    </message>
    <message>
        <source>Acupressure is still running</source>
        <translation>Akupressur läuft weiter</translation>
    </message>
    <message>
        <source>It waits in the tray for your reminders. Quit from its menu.</source>
        <translation>Die App wartet im Infobereich auf Ihre Erinnerungen. Beenden können Sie sie über das Menü ihres Symbols.</translation>
    </message>
    <message>
        <source>Starting at log-in could not be changed: {error}</source>
        <translation>Der Start bei der Anmeldung konnte nicht geändert werden: {error}</translation>
    </message>
    <message>
        <source>The reminder&apos;s routine {name!r} is not there any more.</source>
        <translation>Die Routine {name!r} dieser Erinnerung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>acupress-gui no longer starts when you log in.</source>
        <translation>acupress-gui startet nicht mehr bei der Anmeldung.</translation>
    </message>
    <message>
        <source>acupress-gui now starts in the tray when you log in ({path}).</source>
        <translation>acupress-gui startet jetzt bei der Anmeldung im Infobereich ({path}).</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n day(s) this week</source>
        <translation>
            <numerusform>{done} von %n Tag diese Woche</numerusform>
            <numerusform>{done} von %n Tagen diese Woche</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateAxis</name>
    <message>
        <source>d MMM</source>
        <extracomment>Translators: a Qt date format of a day and a short month (German &quot;d. MMM&quot;).</extracomment>
        <translation>d. MMM</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>Translators: a Qt date format (d day, MMM short month name, yyyy year), as the History filter bar&apos;s date fields write dates.</extracomment>
        <translation>d. MMM yyyy</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <source>about {duration}</source>
        <translation>etwa {duration}</translation>
    </message>
    <message>
        <source>{h} h</source>
        <translation>{h} h</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s} s</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>&amp;Clear filters</source>
        <translation>Filter &amp;aufheben</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Routine:</source>
        <translation>R&amp;outine:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Wo:</translation>
    </message>
    <message>
        <source>All routines</source>
        <translation>Alle Routinen</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter aufheben</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>Filter by period</source>
        <translation>Nach Zeitraum filtern</translation>
    </message>
    <message>
        <source>Filter by routine</source>
        <translation>Nach Routine filtern</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>Filter by where it hurt</source>
        <translation>Nach Schmerzbereich filtern</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>Letzte 4 Wochen</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>Translators: a Qt date format (d, M, MMM, yyyy) for the filter&apos;s dates, &quot;3 Mar 2025&quot; in English.</extracomment>
        <translation>d. MMM yyyy</translation>
    </message>
</context>
<context>
    <name>HistoryCharts</name>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln Sitzung</numerusform>
            <numerusform>%Ln Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Average pain before and after: {b0} → {a0} in the week of {d0}, {b1} → {a1} in the week of {d1}.</source>
        <translation>Durchschnittlicher Schmerz vorher und nachher: {b0} → {a0} in der Woche vom {d0}, {b1} → {a1} in der Woche vom {d1}.</translation>
    </message>
    <message>
        <source>Charts in words</source>
        <translation>Diagramme in Worten</translation>
    </message>
    <message>
        <source>Charts of sessions, minutes and pain</source>
        <translation>Diagramme zu Sitzungen, Minuten und Schmerz</translation>
    </message>
    <message>
        <source>Charts, scrolling on a short window</source>
        <translation>Diagramme, in einem niedrigen Fenster scrollbar</translation>
    </message>
    <message numerus="yes">
        <source>Last %Ln week(s)</source>
        <translation>
            <numerusform>Letzte %Ln Woche</numerusform>
            <numerusform>Letzte %Ln Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes per week</source>
        <translation>Minuten pro Woche</translation>
    </message>
    <message>
        <source>No sessions yet.</source>
        <translation>Noch keine Sitzungen.</translation>
    </message>
    <message>
        <source>Pain before and after (weekly average, 0–10)</source>
        <translation>Schmerz vorher und nachher (Wochenmittel, 0–10)</translation>
    </message>
    <message>
        <source>Sessions per week</source>
        <translation>Sitzungen pro Woche</translation>
    </message>
    <message>
        <source>Weekly charts</source>
        <translation>Wochendiagramme</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nachher</translation>
    </message>
    <message>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <source>{weeks}: {sessions}, {length}.</source>
        <translation>{weeks}: {sessions}, {length}.</translation>
    </message>
</context>
<context>
    <name>HistoryCommands</name>
    <message numerus="yes">
        <source>Delete %Ln session(s)</source>
        <translation>
            <numerusform>%Ln Sitzung löschen</numerusform>
            <numerusform>%Ln Sitzungen löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln session(s).</source>
        <translation>
            <numerusform>%Ln Sitzung gelöscht.</numerusform>
            <numerusform>%Ln Sitzungen gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %Ln session(s).</source>
        <translation>
            <numerusform>%Ln Sitzung wiederhergestellt.</numerusform>
            <numerusform>%Ln Sitzungen wiederhergestellt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryCsv</name>
    <message numerus="yes">
        <source>%Ln hold(s)</source>
        <translation>
            <numerusform>%Ln Haltephase</numerusform>
            <numerusform>%Ln Haltephasen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln Sitzung</numerusform>
            <numerusform>%Ln Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>; skipped {n} already in the history</source>
        <translation>; {n} bereits im Verlauf vorhandene übersprungen</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>Exported {sessions} ({holds}) to {file}.</source>
        <translation>{sessions} ({holds}) nach {file} exportiert.</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Verlauf importieren</translation>
    </message>
    <message>
        <source>Imported {sessions}</source>
        <translation>{sessions} importiert</translation>
    </message>
    <message>
        <source>The history could not be written to {file}: {error}</source>
        <translation>Der Verlauf konnte nicht in {file} geschrieben werden: {error}</translation>
    </message>
    <message>
        <source>{error} Nothing was imported.</source>
        <translation>{error} Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>{error}; nothing was imported.</source>
        <translation>{error}; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>{file} could not be read: {error}</source>
        <translation>{file} konnte nicht gelesen werden: {error}</translation>
    </message>
</context>
<context>
    <name>HistoryFormat</name>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Running</source>
        <extracomment>Translators: the status of a session in the history table: still going on, ran to its end, stopped by the person, cut off (the app was closed or crashed).</extracomment>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <extracomment>Translators: a Qt date format (d, ddd, M, MMM, yyyy) for the day of a session, &quot;Mon 3 Mar 2025&quot; in English; the day and month names come from the language.</extracomment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation>{day}, {time}</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Import history from CSV…</source>
        <translation>Verlauf aus CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Does it help?</source>
        <translation>Hilft es?</translation>
    </message>
    <message>
        <source>E&amp;xport history as CSV…</source>
        <translation>Verlauf als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Session details, relief per routine and charts</source>
        <translation>Sitzungsdetails, Linderung je Routine und Diagramme</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
</context>
<context>
    <name>HistorySummary</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln Sitzung</numerusform>
            <numerusform>%Ln Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No sessions yet</source>
        <translation>Noch keine Sitzungen</translation>
    </message>
    <message>
        <source>None now</source>
        <translation>Derzeit keine</translation>
    </message>
    <message numerus="yes">
        <source>longest %Ln day(s)</source>
        <translation>
            <numerusform>Rekord: %Ln Tag</numerusform>
            <numerusform>Rekord: %Ln Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Has a note</source>
        <translation>Mit Notiz</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Haltephasen</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Pain before → after the session (0 = none, 10 = the worst)</source>
        <translation>Schmerz vor → nach der Sitzung (0 = kein Schmerz, 10 = stärkster Schmerz)</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>IllustrationView</name>
    <message>
        <source>L</source>
        <extracomment>Translators: the one-letter badge on the marker of the left side&apos;s point.</extracomment>
        <translation>L</translation>
    </message>
    <message>
        <source>Point illustration</source>
        <translation>Abbildung des Punkts</translation>
    </message>
    <message>
        <source>R</source>
        <extracomment>Translators: the one-letter badge on the marker of the right side&apos;s point.</extracomment>
        <translation>R</translation>
    </message>
    <message>
        <source>Right side shown; the left is its mirror image</source>
        <translation>Rechte Seite gezeigt; die linke spiegelbildlich</translation>
    </message>
    <message>
        <source>{title}, with {code} marked. {caption}</source>
        <translation>{title}, {code} ist markiert. {caption}</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>Sp&amp;rache</translation>
    </message>
    <message>
        <source>Changes at the next start</source>
        <translation>Gilt ab dem nächsten Start</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>Translators: the language of the desktop (LANGUAGE, LANG or the system setting).</extracomment>
        <translation>System</translation>
    </message>
    <message>
        <source>The language changes at the next start</source>
        <translation>Die Sprache wechselt beim nächsten Start</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>&amp;Add to routine</source>
        <translation>&amp;Zur Routine hinzufügen</translation>
    </message>
    <message>
        <source>Add to routine  ⏎</source>
        <translation>Zur Routine hinzufügen  ⏎</translation>
    </message>
    <message>
        <source>All complaints</source>
        <translation>Alle Beschwerden</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Alle Körperregionen</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Suche löschen</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Suche und Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Code (B54, UB40), name or complaint</source>
        <translation>Code (B54, UB40), Name oder Beschwerde</translation>
    </message>
    <message>
        <source>Complaint filter</source>
        <translation>Nach Beschwerde filtern</translation>
    </message>
    <message>
        <source>Drag points into the routine, or press Enter to add the selected points.</source>
        <translation>Ziehen Sie Punkte in die Routine oder drücken Sie die Eingabetaste, um die ausgewählten Punkte hinzuzufügen.</translation>
    </message>
    <message>
        <source>Hide points that need a partner or therapist</source>
        <translation>Punkte ausblenden, die eine Hilfsperson oder therapeutische Unterstützung brauchen</translation>
    </message>
    <message>
        <source>Hide points that sources advise against during pregnancy</source>
        <translation>Punkte ausblenden, von denen die Quellen in der Schwangerschaft abraten</translation>
    </message>
    <message>
        <source>Hide pregnanc&amp;y cautions</source>
        <translation>Schwangerschafts&amp;hinweise ausblenden</translation>
    </message>
    <message>
        <source>Hide pregnancy-cautioned points</source>
        <translation>Punkte mit Schwangerschaftshinweis ausblenden</translation>
    </message>
    <message>
        <source>No point matches your search and filters.</source>
        <translation>Kein Punkt passt zu Ihrer Suche und Ihren Filtern.</translation>
    </message>
    <message>
        <source>Point &amp;library</source>
        <translation>Punkt&amp;bibliothek</translation>
    </message>
    <message>
        <source>Point library</source>
        <translation>Punktbibliothek</translation>
    </message>
    <message>
        <source>Points shown</source>
        <translation>Angezeigte Punkte</translation>
    </message>
    <message>
        <source>Region filter</source>
        <translation>Nach Körperregion filtern</translation>
    </message>
    <message>
        <source>Search points</source>
        <translation>Punkte suchen</translation>
    </message>
    <message>
        <source>Self-applicable &amp;only</source>
        <translation>Nur &amp;selbst anwendbare Punkte</translation>
    </message>
    <message>
        <source>Self-applicable only</source>
        <translation>Nur selbst anwendbare Punkte</translation>
    </message>
    <message numerus="yes">
        <source>all %n point(s)</source>
        <translation>
            <numerusform>%n Punkt</numerusform>
            <numerusform>alle %n Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>caution in pregnancy</source>
        <translation>Schwangere: Vorsicht</translation>
    </message>
    <message>
        <source>needs a partner</source>
        <translation>braucht eine Hilfsperson</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n point(s)</source>
        <translation>
            <numerusform>{shown} von %n Punkt</numerusform>
            <numerusform>{shown} von %n Punkten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Acupressure for back pain</source>
        <translation>Akupressur bei Rückenschmerzen</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Some files could not be used</source>
        <translation>Einige Dateien konnten nicht verwendet werden</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
</context>
<context>
    <name>PainMap</name>
    <message>
        <source>Pain in the {region}</source>
        <translation>Schmerz im Bereich {region}</translation>
    </message>
    <message>
        <source>Where it hurts</source>
        <translation>Wo es wehtut</translation>
    </message>
</context>
<context>
    <name>PainRating</name>
    <message>
        <source>0 (no pain)</source>
        <translation>0 (kein Schmerz)</translation>
    </message>
    <message>
        <source>0 = no pain, 10 = the worst pain imaginable</source>
        <translation>0 = kein Schmerz, 10 = stärkster vorstellbarer Schmerz</translation>
    </message>
    <message>
        <source>10 (worst)</source>
        <translation>10 (stärkster Schmerz)</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
</context>
<context>
    <name>PointBrowser</name>
    <message>
        <source>&amp;Add to my routine</source>
        <translation>Zu meiner &amp;Routine hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Find a point:</source>
        <translation>Punkt &amp;finden:</translation>
    </message>
    <message>
        <source>&amp;Practise this point</source>
        <translation>Diesen Punkt &amp;üben</translation>
    </message>
    <message>
        <source>Add to my routine</source>
        <translation>Zu meiner Routine hinzufügen</translation>
    </message>
    <message>
        <source>No point matches your search.</source>
        <translation>Kein Punkt passt zu Ihrer Suche.</translation>
    </message>
    <message>
        <source>Point instructions</source>
        <translation>Anleitung zum Punkt</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Practise this point</source>
        <translation>Diesen Punkt üben</translation>
    </message>
    <message>
        <source>Search points</source>
        <translation>Punkte suchen</translation>
    </message>
    <message>
        <source>Search: code (B54, UB40), name or complaint</source>
        <translation>Suche: Code (B54, UB40), Name oder Beschwerde</translation>
    </message>
    <message>
        <source>avoid in pregnancy</source>
        <translation>in der Schwangerschaft meiden</translation>
    </message>
    <message>
        <source>needs a partner</source>
        <translation>braucht eine Hilfsperson</translation>
    </message>
</context>
<context>
    <name>PointText</name>
    <message>
        <source>Avoid in pregnancy</source>
        <translation>In der Schwangerschaft meiden</translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation>Blutdruck</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation>Warnhinweise</translation>
    </message>
    <message>
        <source>For the helper</source>
        <translation>Für die Hilfsperson</translation>
    </message>
    <message>
        <source>Helps with:</source>
        <translation>Hilft bei:</translation>
    </message>
    <message>
        <source>Hold {hold} s, rest {rest} s, {times}</source>
        <translation>{hold} s halten, {rest} s Pause, {times}</translation>
    </message>
    <message>
        <source>How to press</source>
        <translation>So drücken Sie</translation>
    </message>
    <message>
        <source>Lie on your back</source>
        <extracomment>Translators: how to lie, sit or stand for a point, as an instruction.</extracomment>
        <translation>Auf den Rücken legen</translation>
    </message>
    <message>
        <source>Lie on your front</source>
        <translation>Auf den Bauch legen</translation>
    </message>
    <message>
        <source>Needs a partner or therapist</source>
        <translation>Braucht eine Hilfsperson oder therapeutische Unterstützung</translation>
    </message>
    <message>
        <source>Nerve</source>
        <translation>Nerv</translation>
    </message>
    <message>
        <source>On your own:</source>
        <translation>Allein:</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Hilfsperson</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>Schwangerschaft</translation>
    </message>
    <message>
        <source>Pressure</source>
        <extracomment>Translators: headings of the kinds of caution: how hard to press, the skin, a nerve close by, points a partner must press.</extracomment>
        <translation>Druck</translation>
    </message>
    <message>
        <source>Sit</source>
        <translation>Hinsetzen</translation>
    </message>
    <message>
        <source>Skin</source>
        <translation>Haut</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>Hinstellen</translation>
    </message>
    <message>
        <source>Where</source>
        <extracomment>Translators: a heading, where on the body the point is.</extracomment>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Where to press:</source>
        <translation>Wo drücken:</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Wo:</translation>
    </message>
    <message>
        <source>also called {name}</source>
        <translation>auch {name} genannt</translation>
    </message>
    <message>
        <source>also called {name} in {article}</source>
        <translation>in {article} auch {name} genannt</translation>
    </message>
    <message>
        <source>also written {codes}</source>
        <translation>auch als {codes} geschrieben</translation>
    </message>
    <message>
        <source>from standard safety references</source>
        <translation>laut allgemeinen Sicherheitsempfehlungen</translation>
    </message>
    <message>
        <source>from the source articles</source>
        <translation>laut den Quellartikeln</translation>
    </message>
    <message>
        <source>from {sources}</source>
        <translation>laut {sources}</translation>
    </message>
    <message>
        <source>on each side</source>
        <translation>auf jeder Seite</translation>
    </message>
    <message>
        <source>once</source>
        <translation>einmal</translation>
    </message>
    <message>
        <source>standard name (WHO 2008)</source>
        <translation>Standardname (WHO 2008)</translation>
    </message>
    <message>
        <source>{n} times</source>
        <translation>{n}-mal</translation>
    </message>
</context>
<context>
    <name>PracticeCalendar</name>
    <message>
        <source>Days practised</source>
        <translation>Übungstage</translation>
    </message>
    <message>
        <source>Days with a session are bold and highlighted</source>
        <translation>Tage mit einer Sitzung sind fett und hervorgehoben</translation>
    </message>
    <message numerus="yes">
        <source>Goal met %n week(s) in a row.</source>
        <translation>
            <numerusform>Ziel erreicht: %n Woche in Folge.</numerusform>
            <numerusform>Ziel erreicht: %n Wochen in Folge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No week in a row at your goal of %n day(s) yet.</source>
        <translation>
            <numerusform>Noch keine Wochenserie mit Ihrem Ziel von %n Tag.</numerusform>
            <numerusform>Noch keine Wochenserie mit Ihrem Ziel von %n Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected day</source>
        <translation>Der ausgewählte Tag</translation>
    </message>
    <message>
        <source>This week&apos;s progress toward your goal</source>
        <translation>Wochenziel: Fortschritt dieser Woche</translation>
    </message>
    <message>
        <source>Weeks in a row at your goal</source>
        <translation>Wochen in Folge mit erreichtem Ziel</translation>
    </message>
    <message>
        <source>{day}: no session</source>
        <translation>{day}: keine Sitzung</translation>
    </message>
    <message>
        <source>{day}: practised</source>
        <translation>{day}: geübt</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n day(s) this week</source>
        <translation>
            <numerusform>{done} von %n Tag diese Woche</numerusform>
            <numerusform>{done} von %n Tagen diese Woche</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Regions</name>
    <message>
        <source>hips and buttocks</source>
        <translation>Hüften und Gesäß</translation>
    </message>
    <message>
        <source>legs</source>
        <translation>Beine</translation>
    </message>
    <message>
        <source>lower back, left</source>
        <translation>unterer Rücken, links</translation>
    </message>
    <message>
        <source>lower back, right</source>
        <translation>unterer Rücken, rechts</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>Nacken</translation>
    </message>
    <message>
        <source>upper back</source>
        <translation>oberer Rücken</translation>
    </message>
</context>
<context>
    <name>ReliefPanel</name>
    <message>
        <source>Does it help? Change in pain per routine</source>
        <translation>Hilft es? Schmerzveränderung je Routine</translation>
    </message>
    <message>
        <source>No clear change</source>
        <translation>Keine klare Veränderung</translation>
    </message>
    <message>
        <source>Pain after minus pain before, on average (negative: less pain after)</source>
        <translation>Schmerz nachher minus Schmerz vorher, im Durchschnitt (negativ: weniger Schmerz danach)</translation>
    </message>
    <message>
        <source>Pain change</source>
        <translation>Schmerzveränderung</translation>
    </message>
    <message>
        <source>Pain is higher after</source>
        <translation>Schmerz ist danach stärker</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Seems to help</source>
        <translation>Scheint zu helfen</translation>
    </message>
    <message>
        <source>Sessions rated before and after, of all the routine&apos;s sessions</source>
        <translation>Vorher und nachher bewertete Sitzungen, von allen Sitzungen der Routine</translation>
    </message>
    <message>
        <source>The average change in pain from before to after a session, over the sessions rated both times (0 = no pain, 10 = the worst). A routine needs {n} rated sessions before it can be judged.</source>
        <translation>Die durchschnittliche Veränderung des Schmerzes von vor bis nach einer Sitzung, über alle Sitzungen, die vorher und nachher bewertet wurden (0 = kein Schmerz, 10 = stärkster Schmerz). Eine Routine braucht {n} bewertete Sitzungen, bevor sie beurteilt werden kann.</translation>
    </message>
    <message>
        <source>Too few ratings yet</source>
        <translation>Noch zu wenige Bewertungen</translation>
    </message>
    <message>
        <source>What it suggests</source>
        <translation>Einschätzung</translation>
    </message>
    <message>
        <source>{rated} of {sessions}</source>
        <translation>{rated} von {sessions}</translation>
    </message>
</context>
<context>
    <name>ReminderNotices</name>
    <message>
        <source>In 10 minutes</source>
        <translation>In 10 Minuten</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Jetzt starten</translation>
    </message>
    <message>
        <source>Time for {routine}</source>
        <translation>Zeit für {routine}</translation>
    </message>
    <message>
        <source>Your daily acupressure for back pain is due.</source>
        <translation>Ihre tägliche Akupressur bei Rückenschmerzen steht an.</translation>
    </message>
    <message>
        <source>your acupressure</source>
        <translation>Ihre Akupressur</translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <source> days a week</source>
        <translation> Tage pro Woche</translation>
    </message>
    <message>
        <source>&amp;Add reminder</source>
        <translation>Erinnerung &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>Nach dem Schließen des Fensters im &amp;Infobereich weiterlaufen</translation>
    </message>
    <message>
        <source>&amp;Remove reminder</source>
        <translation>Erinnerung &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Uhrzeit:</translation>
    </message>
    <message>
        <source>Acupressure helps most when done every day. A reminder is a desktop notification at a time of day; it says nothing when you already practised that routine today.</source>
        <translation>Akupressur hilft am meisten, wenn Sie sie täglich anwenden. Eine Erinnerung ist eine Desktop-Benachrichtigung zu einer festen Uhrzeit; sie erscheint nicht, wenn Sie diese Routine heute schon geübt haben.</translation>
    </message>
    <message>
        <source>Add reminder</source>
        <translation>Erinnerung hinzufügen</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Tage:</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Nach dem Schließen des Fensters im Infobereich weiterlaufen</translation>
    </message>
    <message>
        <source>R&amp;outine:</source>
        <translation>R&amp;outine:</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Uhrzeit der Erinnerung</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Reminders and daily practice</source>
        <translation>Erinnerungen und tägliches Üben</translation>
    </message>
    <message>
        <source>Remove reminder</source>
        <translation>Erinnerung entfernen</translation>
    </message>
    <message>
        <source>Routine of the reminder</source>
        <translation>Routine der Erinnerung</translation>
    </message>
    <message>
        <source>Selected reminder</source>
        <translation>Ausgewählte Erinnerung</translation>
    </message>
    <message>
        <source>Start in the tray when I &amp;log in</source>
        <translation>Bei der Anmeldung im Infobereich &amp;starten</translation>
    </message>
    <message>
        <source>Start in the tray when I log in</source>
        <translation>Bei der Anmeldung im Infobereich starten</translation>
    </message>
    <message>
        <source>The routine used last</source>
        <translation>Die zuletzt verwendete Routine</translation>
    </message>
    <message>
        <source>This desktop shows no tray icons: acupress-gui cannot stay in the background, so reminders come only while its window is open.</source>
        <translation>Diese Arbeitsumgebung zeigt keine Symbole im Infobereich an: acupress-gui kann nicht im Hintergrund bleiben. Erinnerungen erscheinen daher nur, solange das Fenster geöffnet ist.</translation>
    </message>
    <message>
        <source>Weekly &amp;goal:</source>
        <translation>&amp;Wochenziel:</translation>
    </message>
    <message>
        <source>Weekly goal in days</source>
        <translation>Wochenziel in Tagen</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>the routine used last</source>
        <translation>die zuletzt verwendete Routine</translation>
    </message>
    <message>
        <source>weekdays</source>
        <translation>montags bis freitags</translation>
    </message>
    <message>
        <source>{time}, {days}: {routine}</source>
        <translation>{time}, {days}: {routine}</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>V&amp;orschau…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>PDF &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Include my &amp;notes (they are private)</source>
        <translation>Meine No&amp;tizen einschließen (sie sind privat)</translation>
    </message>
    <message>
        <source>Include my notes</source>
        <translation>Meine Notizen einschließen</translation>
    </message>
    <message>
        <source>Name on the report (optional)</source>
        <translation>Name im Bericht (optional)</translation>
    </message>
    <message>
        <source>Optional: who the report is for</source>
        <translation>Optional: Für wen ist der Bericht?</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Preview the report</source>
        <translation>Vorschau des Berichts anzeigen</translation>
    </message>
    <message>
        <source>Report from date</source>
        <translation>Startdatum des Berichts</translation>
    </message>
    <message>
        <source>Report not made</source>
        <translation>Bericht nicht erstellt</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Bericht nicht gespeichert</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Berichtsvorschau</translation>
    </message>
    <message>
        <source>Report saved to {file} ({pages}).</source>
        <translation>Bericht unter {file} gespeichert ({pages}).</translation>
    </message>
    <message>
        <source>Report to date</source>
        <translation>Enddatum des Berichts</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Bericht als PDF speichern</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}. Choose another folder.</source>
        <translation>{file} konnte nicht geschrieben werden: {reason}. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>{sessions} in this period. Paper: {paper}.</source>
        <translation>{sessions} in diesem Zeitraum. Papier: {paper}.</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>A record the person kept themselves with acupress-gui, not a diagnosis. {first} – {last}</source>
        <translation>Ein Protokoll, das die Person selbst mit acupress-gui geführt hat, keine Diagnose. {first} – {last}</translation>
    </message>
    <message>
        <source>Acupressure for back pain: a self-kept record</source>
        <translation>Akupressur bei Rückenschmerzen: ein selbst geführtes Protokoll</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>For: {name}</source>
        <translation>Für: {name}</translation>
    </message>
    <message>
        <source>General cautions</source>
        <translation>Allgemeine Warnhinweise</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Haltephasen</translation>
    </message>
    <message>
        <source>Made on {day}</source>
        <translation>Erstellt am {day}</translation>
    </message>
    <message>
        <source>No clear change</source>
        <translation>Keine klare Veränderung</translation>
    </message>
    <message>
        <source>No notes in this period.</source>
        <translation>Keine Notizen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>No session in this period.</source>
        <translation>Keine Sitzung in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>No session of this period marked where it hurt.</source>
        <translation>In keiner Sitzung dieses Zeitraums wurde angegeben, wo es wehtat.</translation>
    </message>
    <message>
        <source>No session of this period was rated before and after.</source>
        <translation>Keine Sitzung dieses Zeitraums wurde vorher und nachher bewertet.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Once a week, after a session, two questions of the app&apos;s own (not a published questionnaire), each from 0 to 10: how much did pain get in the way of your daily activities (0 = not at all, 10 = completely), and how well did you sleep (0 = very badly, 10 = very well).</source>
        <translation>Einmal pro Woche, nach einer Sitzung, zwei eigene Fragen der App (kein veröffentlichter Fragebogen), jeweils von 0 bis 10: Wie stark hat der Schmerz Sie im Alltag beeinträchtigt (0 = gar nicht, 10 = völlig), und wie gut haben Sie geschlafen (0 = sehr schlecht, 10 = sehr gut).</translation>
    </message>
    <message>
        <source>Page {n}</source>
        <translation>Seite {n}</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>Schmerz nachher</translation>
    </message>
    <message>
        <source>Pain before</source>
        <translation>Schmerz vorher</translation>
    </message>
    <message>
        <source>Pain before and after each session</source>
        <translation>Schmerz vor und nach jeder Sitzung</translation>
    </message>
    <message>
        <source>Pain before and after: the averages of the sessions rated both times that week.</source>
        <translation>Schmerz vorher und nachher: die Mittelwerte der Sitzungen dieser Woche, die vorher und nachher bewertet wurden.</translation>
    </message>
    <message>
        <source>Pain change</source>
        <translation>Schmerzveränderung</translation>
    </message>
    <message>
        <source>Pain change: the average of pain after minus pain before over the sessions rated both times (negative: less pain after).</source>
        <translation>Schmerzveränderung: der Durchschnitt von Schmerz nachher minus Schmerz vorher über die Sitzungen, die vorher und nachher bewertet wurden (negativ: weniger Schmerz danach).</translation>
    </message>
    <message>
        <source>Pain from 0 (none) to 10 (the worst). Each session rated before and after is a pair of marks; the lines join the weekly averages.</source>
        <translation>Schmerz von 0 (kein Schmerz) bis 10 (stärkster Schmerz). Jede vorher und nachher bewertete Sitzung ist ein Paar von Markierungen; die Linien verbinden die Wochenmittel.</translation>
    </message>
    <message>
        <source>Pain in the way</source>
        <translation>Beeinträchtigung</translation>
    </message>
    <message>
        <source>Pain is higher after</source>
        <translation>Schmerz ist danach stärker</translation>
    </message>
    <message>
        <source>Period: {first} to {last} ({weeks})</source>
        <translation>Zeitraum: {first} bis {last} ({weeks})</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Körperregion</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Routines used, and does it help?</source>
        <translation>Verwendete Routinen – hilft es?</translation>
    </message>
    <message>
        <source>Seems to help</source>
        <translation>Scheint zu helfen</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Sessions and days practised per week</source>
        <translation>Sitzungen und Übungstage pro Woche</translation>
    </message>
    <message>
        <source>Share of sessions</source>
        <translation>Anteil der Sitzungen</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Schlaf</translation>
    </message>
    <message numerus="yes">
        <source>The latest notes; %n older note(s) left out.</source>
        <translation>
            <numerusform>Die neuesten Notizen; %n ältere Notiz ausgelassen.</numerusform>
            <numerusform>Die neuesten Notizen; %n ältere Notizen ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The person kept this record themselves with the acupress-gui app: the sessions of acupressure they did and how much their back hurt before and after (0 = no pain, 10 = the worst pain). It is not a diagnosis and not a medical assessment.</source>
        <translation>Die Person hat dieses Protokoll selbst mit der App acupress-gui geführt: die Akupressur-Sitzungen, die sie durchgeführt hat, und wie stark ihr Rücken vorher und nachher geschmerzt hat (0 = kein Schmerz, 10 = stärkster Schmerz). Es ist keine Diagnose und keine medizinische Beurteilung.</translation>
    </message>
    <message>
        <source>This is a self-kept record, not a diagnosis. Acupressure does not replace a medical examination; back pain that lasts, gets worse or comes with numbness, weakness or fever needs a professional.</source>
        <translation>Dies ist ein selbst geführtes Protokoll, keine Diagnose. Akupressur ersetzt keine ärztliche Untersuchung; Rückenschmerzen, die anhalten, schlimmer werden oder mit Taubheitsgefühl, Schwäche oder Fieber einhergehen, müssen von einer Fachperson abgeklärt werden.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Time per point and side</source>
        <translation>Zeit pro Punkt und Seite</translation>
    </message>
    <message>
        <source>Too few ratings yet</source>
        <translation>Noch zu wenige Bewertungen</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <source>Weekly check-in</source>
        <translation>Wochenrückblick</translation>
    </message>
    <message>
        <source>What it suggests</source>
        <translation>Einschätzung</translation>
    </message>
    <message>
        <source>Where the pain was</source>
        <translation>Wo der Schmerz auftrat</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nachher</translation>
    </message>
    <message>
        <source>before a session</source>
        <translation>vor einer Sitzung</translation>
    </message>
    <message>
        <source>pain got in the way</source>
        <translation>Beeinträchtigung durch Schmerz</translation>
    </message>
    <message>
        <source>slept well</source>
        <translation>gut geschlafen</translation>
    </message>
    <message>
        <source>weekly average after</source>
        <translation>Wochenmittel nachher</translation>
    </message>
    <message>
        <source>weekly average before</source>
        <translation>Wochenmittel vorher</translation>
    </message>
    <message>
        <source>weekly average pain after</source>
        <translation>Wochenmittel Schmerz nachher</translation>
    </message>
    <message>
        <source>{rated} rated before and after: on average {before} before and {after} after.</source>
        <translation>{rated} vorher und nachher bewertet: im Durchschnitt {before} vorher und {after} nachher.</translation>
    </message>
    <message>
        <source>{sessions} on {days}, {time} in total.</source>
        <translation>{sessions} an {days}, insgesamt {time}.</translation>
    </message>
</context>
<context>
    <name>RoutineChanges</name>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “{name}”</source>
        <translation>„{name}“ löschen</translation>
    </message>
    <message>
        <source>Deleted “{name}”. {keys} brings it back.</source>
        <translation>„{name}“ gelöscht. Mit {keys} holen Sie sie zurück.</translation>
    </message>
    <message>
        <source>Duplicate “{name}”</source>
        <translation>„{name}“ duplizieren</translation>
    </message>
    <message>
        <source>Exported “{name}” to {path}.</source>
        <translation>„{name}“ nach {path} exportiert.</translation>
    </message>
    <message>
        <source>Import “{name}”</source>
        <translation>„{name}“ importieren</translation>
    </message>
    <message>
        <source>Imported “{name}” ({steps}).</source>
        <translation>„{name}“ importiert ({steps}).</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Neue Routine</translation>
    </message>
    <message>
        <source>The file of “{name}” could not be removed: {reason}</source>
        <translation>Die Datei von „{name}“ konnte nicht entfernt werden: {reason}</translation>
    </message>
    <message>
        <source>The routine could not be exported to {path}: {reason}</source>
        <translation>Die Routine konnte nicht nach {path} exportiert werden: {reason}</translation>
    </message>
    <message>
        <source>{file} was not imported: {reason}</source>
        <translation>{file} wurde nicht importiert: {reason}</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (Kopie)</translation>
    </message>
    <message>
        <source>“{name}” could not be saved to {folder}: {reason}. The change is kept only until you close the app.</source>
        <translation>„{name}“ konnte nicht in {folder} gespeichert werden: {reason}. Die Änderung bleibt nur erhalten, bis Sie die App schließen.</translation>
    </message>
    <message>
        <source>“{name}” is your copy: drag points in, reorder, change the timings.</source>
        <translation>„{name}“ ist Ihre Kopie: Ziehen Sie Punkte hinein, ändern Sie die Reihenfolge und die Zeiten.</translation>
    </message>
</context>
<context>
    <name>RoutineDetails</name>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown point(s) skipped</source>
        <translation>
            <numerusform>%n unbekannter Punkt übersprungen</numerusform>
            <numerusform>%n unbekannte Punkte übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>A description has at most {n} characters.</source>
        <translation>Eine Beschreibung darf höchstens {n} Zeichen haben.</translation>
    </message>
    <message>
        <source>A name cannot contain line breaks or control characters.</source>
        <translation>Ein Name darf keine Zeilenumbrüche oder Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>A name has at most {n} characters.</source>
        <translation>Ein Name darf höchstens {n} Zeichen haben.</translation>
    </message>
    <message>
        <source>A routine needs a name.</source>
        <translation>Eine Routine braucht einen Namen.</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation>Beschreibung bearbeiten</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Name problem</source>
        <translation>Problem mit dem Namen</translation>
    </message>
    <message>
        <source>No steps yet</source>
        <translation>Noch keine Schritte</translation>
    </message>
    <message>
        <source>Rename routine</source>
        <translation>Routine umbenennen</translation>
    </message>
    <message>
        <source>Routine description</source>
        <translation>Beschreibung der Routine</translation>
    </message>
    <message>
        <source>Routine name</source>
        <translation>Name der Routine</translation>
    </message>
    <message>
        <source>There is already a routine called “{name}”.</source>
        <translation>Es gibt bereits eine Routine namens „{name}“.</translation>
    </message>
    <message>
        <source>Total duration</source>
        <translation>Gesamtdauer</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Gesamt:</translation>
    </message>
    <message>
        <source>What this routine is for, when to do it, where the points come from</source>
        <translation>Wofür diese Routine gedacht ist, wann man sie macht, woher die Punkte stammen</translation>
    </message>
    <message>
        <source>{duration} · {steps}</source>
        <translation>{duration} · {steps}</translation>
    </message>
</context>
<context>
    <name>RoutineList</name>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>Built-in (read-only). {text}</source>
        <translation>Vorgegeben (schreibgeschützt). {text}</translation>
    </message>
    <message>
        <source>Built-in routines are read-only. Create a new routine, or duplicate one to make it your own.</source>
        <translation>Vorgegebene Routinen sind schreibgeschützt. Erstellen Sie eine neue Routine oder duplizieren Sie eine, um sie anzupassen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Rou&amp;tines</source>
        <translation>Rou&amp;tinen</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routinen</translation>
    </message>
</context>
<context>
    <name>RoutinesPage</name>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete routine</source>
        <translation>Routine &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Export routine…</source>
        <translation>Routine &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import routine…</source>
        <translation>Routine &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;New routine</source>
        <translation>&amp;Neue Routine</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message numerus="yes">
        <source>Add %n point(s)</source>
        <translation>
            <numerusform>%n Punkt hinzufügen</numerusform>
            <numerusform>%n Punkte hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Add {code}</source>
        <translation>{code} hinzufügen</translation>
    </message>
    <message>
        <source>Built-in routines cannot be deleted.</source>
        <translation>Vorgegebene Routinen können nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Built-in, read-only</source>
        <translation>Mitgeliefert, schreibgeschützt</translation>
    </message>
    <message>
        <source>Caution in pregnancy</source>
        <translation>Vorsicht in der Schwangerschaft</translation>
    </message>
    <message>
        <source>Change step</source>
        <translation>Schritt ändern</translation>
    </message>
    <message>
        <source>D&amp;uplicate routine</source>
        <translation>Routine &amp;duplizieren</translation>
    </message>
    <message>
        <source>Drag steps out</source>
        <translation>Schritte herausziehen</translation>
    </message>
    <message>
        <source>Duplicate step</source>
        <translation>Schritt duplizieren</translation>
    </message>
    <message>
        <source>Export routine</source>
        <translation>Routine exportieren</translation>
    </message>
    <message>
        <source>Import routine</source>
        <translation>Routine importieren</translation>
    </message>
    <message numerus="yes">
        <source>Move %n step(s)</source>
        <translation>
            <numerusform>%n Schritt verschieben</numerusform>
            <numerusform>%n Schritte verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>Schritt verschieben</translation>
    </message>
    <message>
        <source>Move step down</source>
        <translation>Schritt nach unten verschieben</translation>
    </message>
    <message>
        <source>Move step up</source>
        <translation>Schritt nach oben verschieben</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Neue Routine</translation>
    </message>
    <message>
        <source>Open or create a routine first.</source>
        <translation>Öffnen oder erstellen Sie zuerst eine Routine.</translation>
    </message>
    <message>
        <source>Point not in the catalogue</source>
        <translation>Punkt nicht im Katalog</translation>
    </message>
    <message>
        <source>Re&amp;name routine</source>
        <translation>Routine u&amp;mbenennen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n step(s)</source>
        <translation>
            <numerusform>%n Schritt entfernen</numerusform>
            <numerusform>%n Schritte entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Schritt entfernen</translation>
    </message>
    <message>
        <source>Routine files (*.json)</source>
        <translation>Routinedateien (*.json)</translation>
    </message>
    <message>
        <source>Routine files (*.json);;All files (*)</source>
        <translation>Routinedateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The point {code} is not in the catalogue of this version. The step is kept in the routine but skipped when you run it.</source>
        <translation>Der Punkt {code} ist im Punktkatalog dieser Version nicht enthalten. Der Schritt bleibt in der Routine, wird beim Ausführen aber übersprungen.</translation>
    </message>
    <message>
        <source>hold {hold} s · rest {rest} s · {reps}× · {sides} · prepare {prepare} s</source>
        <translation>{hold} s halten · {rest} s Pause · {reps}× · {sides} · {prepare} s vorbereiten</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>{n}. unknown point {code}</source>
        <translation>{n}. unbekannter Punkt {code}</translation>
    </message>
    <message>
        <source>“{name}” is a built-in routine: use “Duplicate to edit” to change it.</source>
        <translation>„{name}“ ist eine vorgegebene Routine: Mit „Zum Bearbeiten duplizieren“ können Sie sie ändern.</translation>
    </message>
</context>
<context>
    <name>RunningPanel</name>
    <message>
        <source>Cautions</source>
        <translation>Warnhinweise</translation>
    </message>
    <message>
        <source>For your helper:</source>
        <translation>Für Ihre Hilfsperson:</translation>
    </message>
    <message>
        <source>If you cannot reach it:</source>
        <translation>Wenn Sie ihn nicht erreichen:</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>Instructions and cautions</source>
        <translation>Anleitung und Warnhinweise</translation>
    </message>
    <message>
        <source>Needs a partner.</source>
        <translation>Braucht eine Hilfsperson.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <source>Next: done</source>
        <translation>Als Nächstes: fertig</translation>
    </message>
    <message>
        <source>Next: {name}</source>
        <translation>Als Nächstes: {name}</translation>
    </message>
    <message>
        <source>Next: {phase}</source>
        <translation>Als Nächstes: {phase}</translation>
    </message>
    <message>
        <source>Paused · {phase}</source>
        <translation>Pausiert · {phase}</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Repetition</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Repetition {x} of {n}</source>
        <translation>Wiederholung {x} von {n}</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Step {x} of {n}  ·  {time} left</source>
        <translation>Schritt {x} von {n}  ·  noch {time}</translation>
    </message>
    <message>
        <source>The sources give no way to do this one alone: skip it (Right) if no one can help.</source>
        <translation>Die Quellen beschreiben keinen Weg, diesen Punkt allein zu drücken: Überspringen Sie ihn (Pfeiltaste rechts), wenn niemand helfen kann.</translation>
    </message>
    <message>
        <source>Then the next point:</source>
        <translation>Dann der nächste Punkt:</translation>
    </message>
    <message>
        <source>Where to press:</source>
        <translation>Wo drücken:</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Wo:</translation>
    </message>
</context>
<context>
    <name>SafetyNotice</name>
    <message>
        <source>&amp;I understand</source>
        <translation>&amp;Verstanden</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>Acupressure is gentle, but it is not for every body or every day. Please read this once before your first session.</source>
        <translation>Akupressur ist sanft, aber nicht für jeden Körper und nicht an jedem Tag geeignet. Bitte lesen Sie dies einmal vor Ihrer ersten Sitzung.</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Safety cautions</source>
        <translation>Sicherheitshinweise</translation>
    </message>
    <message>
        <source>Safety notice</source>
        <translation>Sicherheitshinweise</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Stummschalten</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>{action} (Space)</source>
        <translation>{action} (Leertaste)</translation>
    </message>
</context>
<context>
    <name>SessionDetail</name>
    <message numerus="yes">
        <source>%Ln hold(s), {held} held</source>
        <translation>
            <numerusform>%Ln Haltephase, {held} gehalten</numerusform>
            <numerusform>%Ln Haltephasen, {held} gehalten</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>No&amp;tiz:</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Gehalten</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Haltephasen</translation>
    </message>
    <message>
        <source>How did it feel? Anything to remember next time?</source>
        <translation>Wie hat es sich angefühlt? Möchten Sie sich etwas für das nächste Mal merken?</translation>
    </message>
    <message>
        <source>No session matches these filters.</source>
        <translation>Keine Sitzung passt zu diesen Filtern.</translation>
    </message>
    <message>
        <source>No sessions yet. Run one on the Session page (Ctrl+1): it appears here with its holds, and you can rate how it helped. You can also import a CSV file.</source>
        <translation>Noch keine Sitzungen. Führen Sie eine auf der Seite „Sitzung“ durch (Strg+1): Sie erscheint hier mit ihren Haltephasen, und Sie können bewerten, wie sie geholfen hat. Sie können auch eine CSV-Datei importieren.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Pain &amp;after:</source>
        <translation>Schmerz &amp;nachher:</translation>
    </message>
    <message>
        <source>Pain &amp;before:</source>
        <translation>Schmerz vor&amp;her:</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>Schmerz nachher</translation>
    </message>
    <message>
        <source>Pain before</source>
        <translation>Schmerz vorher</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Rep.</source>
        <translation>Wdh.</translation>
    </message>
    <message>
        <source>Repetition on this side</source>
        <translation>Wiederholung auf dieser Seite</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Revert ratings and note</source>
        <translation>Bewertungen und Notiz zurücksetzen</translation>
    </message>
    <message>
        <source>Save chan&amp;ges</source>
        <translation>Änderungen s&amp;peichern</translation>
    </message>
    <message>
        <source>Save ratings and note</source>
        <translation>Bewertungen und Notiz speichern</translation>
    </message>
    <message>
        <source>Save the ratings and the note (Ctrl+S)</source>
        <translation>Bewertungen und Notiz speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Select a session to see its holds, ratings and note.</source>
        <translation>Wählen Sie eine Sitzung aus, um ihre Haltephasen, Bewertungen und Notiz zu sehen.</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>Zusammenfassung der Sitzung</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>The app closed during this session; the holds finished before were kept.</source>
        <translation>Die App wurde während dieser Sitzung geschlossen; die bis dahin abgeschlossenen Haltephasen wurden gespeichert.</translation>
    </message>
    <message>
        <source>The ratings and the note could not be saved: {error}</source>
        <translation>Die Bewertungen und die Notiz konnten nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>Weekly check-in: pain got in the way {interference}/10, slept {sleep}/10</source>
        <translation>Wochenrückblick: Beeinträchtigung durch Schmerz {interference}/10, Schlaf {sleep}/10</translation>
    </message>
    <message>
        <source>Where it hurt: {regions}</source>
        <translation>Wo es wehtat: {regions}</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message numerus="yes">
        <source>%n hold(s)</source>
        <translation>
            <numerusform>%n Haltephase</numerusform>
            <numerusform>%n Haltephasen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n Punkt</numerusform>
            <numerusform>%n Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Weitermachen</translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>&amp;Skip them</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <source>&amp;Stop session</source>
        <translation>Sitzung &amp;beenden</translation>
    </message>
    <message>
        <source>Paused. Press Space to go on.</source>
        <translation>Pausiert. Drücken Sie die Leertaste, um fortzufahren.</translation>
    </message>
    <message>
        <source>Paused: the computer was asleep. Press Space to go on.</source>
        <translation>Pausiert: Der Computer war im Ruhezustand. Drücken Sie die Leertaste, um fortzufahren.</translation>
    </message>
    <message>
        <source>Points to avoid in pregnancy</source>
        <translation>In der Schwangerschaft zu meidende Punkte</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Session complete. Well done.</source>
        <translation>Sitzung abgeschlossen. Gut gemacht.</translation>
    </message>
    <message>
        <source>Session ended.</source>
        <translation>Sitzung beendet.</translation>
    </message>
    <message>
        <source>Session stopped.</source>
        <translation>Sitzung gestoppt.</translation>
    </message>
    <message>
        <source>Stop now? What you have done so far is kept in your history.</source>
        <translation>Jetzt beenden? Was Sie bisher gemacht haben, bleibt in Ihrem Verlauf erhalten.</translation>
    </message>
    <message>
        <source>Stop the session?</source>
        <translation>Sitzung beenden?</translation>
    </message>
    <message>
        <source>The session was paused: the computer stopped responding for {duration}. Press Space to go on.</source>
        <translation>Die Sitzung wurde pausiert: Der Computer hat {duration} lang nicht reagiert. Drücken Sie die Leertaste, um fortzufahren.</translation>
    </message>
    <message>
        <source>This routine has no points that can be run.</source>
        <translation>Diese Routine enthält keine Punkte, die ausgeführt werden können.</translation>
    </message>
    <message>
        <source>This routine includes {codes}. The sources say these points can induce labour and should be avoided in pregnancy.</source>
        <translation>Diese Routine enthält {codes}. Laut den Quellen können diese Punkte Wehen auslösen und sollten in der Schwangerschaft gemieden werden.</translation>
    </message>
</context>
<context>
    <name>SessionRun</name>
    <message>
        <source>History could not be written: {error}</source>
        <translation>Der Verlauf konnte nicht gespeichert werden: {error}</translation>
    </message>
</context>
<context>
    <name>SessionTable</name>
    <message>
        <source>Holds</source>
        <translation>Haltephasen</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
</context>
<context>
    <name>SessionText</name>
    <message>
        <source>Change position</source>
        <translation>Position wechseln</translation>
    </message>
    <message>
        <source>Change position: {how}.</source>
        <translation>Position wechseln: {how}.</translation>
    </message>
    <message>
        <source>Find the point</source>
        <translation>Punkt finden</translation>
    </message>
    <message>
        <source>Find {name}, {side}.</source>
        <translation>{name} finden, {side}.</translation>
    </message>
    <message>
        <source>Find {name}.</source>
        <translation>{name} finden.</translation>
    </message>
    <message>
        <source>Get comfortable for the next point</source>
        <translation>Machen Sie es sich für den nächsten Punkt bequem</translation>
    </message>
    <message>
        <source>Helper: find {name}.</source>
        <translation>Hilfsperson: {name} finden.</translation>
    </message>
    <message>
        <source>Helper: press now.</source>
        <translation>Hilfsperson: jetzt drücken.</translation>
    </message>
    <message>
        <source>Helper: release.</source>
        <translation>Hilfsperson: loslassen.</translation>
    </message>
    <message>
        <source>Helper: the other side.</source>
        <translation>Hilfsperson: die andere Seite.</translation>
    </message>
    <message>
        <source>Next point</source>
        <translation>Nächster Punkt</translation>
    </message>
    <message>
        <source>Next: {name}.</source>
        <translation>Als Nächstes: {name}.</translation>
    </message>
    <message>
        <source>Press</source>
        <extracomment>Translators: a phase shown in large letters: press the point now (an instruction).</extracomment>
        <translation>Drücken</translation>
    </message>
    <message>
        <source>Press.</source>
        <translation>Drücken.</translation>
    </message>
    <message>
        <source>Release</source>
        <extracomment>Translators: a phase shown in large letters: stop pressing and rest (an instruction).</extracomment>
        <translation>Loslassen</translation>
    </message>
    <message>
        <source>Release.</source>
        <translation>Loslassen.</translation>
    </message>
    <message>
        <source>Switch to the left side</source>
        <translation>Zur linken Seite wechseln</translation>
    </message>
    <message>
        <source>Switch to the right side</source>
        <translation>Zur rechten Seite wechseln</translation>
    </message>
</context>
<context>
    <name>SessionsPanel</name>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln Sitzung</numerusform>
            <numerusform>%Ln Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Add the sessions of a history CSV file; sessions already here are skipped</source>
        <translation>Die Sitzungen einer Verlaufs-CSV-Datei hinzufügen; bereits vorhandene Sitzungen werden übersprungen</translation>
    </message>
    <message>
        <source>Delete the selected sessions</source>
        <translation>Ausgewählte Sitzungen löschen</translation>
    </message>
    <message>
        <source>Delete the selected sessions (Del); can be undone</source>
        <translation>Ausgewählte Sitzungen löschen (Entf); lässt sich rückgängig machen</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>Verlauf als CSV exportieren</translation>
    </message>
    <message>
        <source>Export the whole history as a CSV file (Ctrl+E)</source>
        <translation>Den gesamten Verlauf als CSV-Datei exportieren (Strg+E)</translation>
    </message>
    <message>
        <source>Import history from CSV</source>
        <translation>Verlauf aus CSV importieren</translation>
    </message>
    <message>
        <source>Number of sessions shown</source>
        <translation>Anzahl der angezeigten Sitzungen</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln session(s) shown</source>
        <translation>
            <numerusform>{shown} von %Ln Sitzung angezeigt</numerusform>
            <numerusform>{shown} von %Ln Sitzungen angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsKeeper</name>
    <message>
        <source>Sound off</source>
        <translation>Ton aus</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>Ton an</translation>
    </message>
    <message>
        <source>Text size {percent} %</source>
        <translation>Textgröße {percent} %</translation>
    </message>
    <message>
        <source>The new language is used the next time you start acupress-gui.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von acupress-gui.</translation>
    </message>
</context>
<context>
    <name>SettingsMenu</name>
    <message>
        <source>&amp;Breathing guide during holds</source>
        <translation>&amp;Atemhilfe beim Halten</translation>
    </message>
    <message>
        <source>&amp;Reduce motion</source>
        <translation>&amp;Bewegung reduzieren</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>Breathe in as the ring grows, out slowly as it shrinks (6 breaths a minute)</source>
        <translation>Einatmen, während der Ring wächst, langsam ausatmen, während er schrumpft (6 Atemzüge pro Minute)</translation>
    </message>
    <message>
        <source>Flag points the sources advise against in pregnancy, and ask before them</source>
        <translation>Punkte kennzeichnen, von denen die Quellen in der Schwangerschaft abraten, und vor diesen Punkten nachfragen</translation>
    </message>
    <message>
        <source>I am &amp;pregnant</source>
        <translation>Ich bin &amp;schwanger</translation>
    </message>
    <message>
        <source>Once a week: how much pain got in the way, and how well you slept (0-10)</source>
        <translation>Einmal pro Woche: wie stark der Schmerz Sie beeinträchtigt hat und wie gut Sie geschlafen haben (0-10)</translation>
    </message>
    <message>
        <source>Practice reminders, the tray, starting at log-in and your weekly goal</source>
        <translation>Übungserinnerungen, Infobereich, Start bei der Anmeldung und Ihr Wochenziel</translation>
    </message>
    <message>
        <source>R&amp;eminders…</source>
        <translation>&amp;Erinnerungen…</translation>
    </message>
    <message>
        <source>Session &amp;timing…</source>
        <translation>Sitzungs&amp;zeiten…</translation>
    </message>
    <message>
        <source>Sound &amp;volume</source>
        <translation>&amp;Lautstärke</translation>
    </message>
    <message>
        <source>V&amp;oice cues</source>
        <translation>S&amp;prachansagen</translation>
    </message>
    <message>
        <source>Weekly &amp;check-in after a session</source>
        <translation>&amp;Wochenrückblick nach einer Sitzung</translation>
    </message>
</context>
<context>
    <name>SetupPanel</name>
    <message>
        <source>&amp;Pain now (0–10, optional):</source>
        <translation>&amp;Schmerz jetzt (0–10, optional):</translation>
    </message>
    <message>
        <source>&amp;Where it hurts (optional):</source>
        <translation>&amp;Wo es wehtut (optional):</translation>
    </message>
    <message>
        <source>A &amp;helper presses for me</source>
        <translation>Eine &amp;Hilfsperson drückt für mich</translation>
    </message>
    <message>
        <source>A helper presses for me</source>
        <translation>Eine Hilfsperson drückt für mich</translation>
    </message>
    <message>
        <source>Guided session</source>
        <translation>Angeleitete Sitzung</translation>
    </message>
    <message>
        <source>No routine yet: make one on the Routines page.</source>
        <translation>Noch keine Routine: Erstellen Sie eine auf der Seite „Routinen“.</translation>
    </message>
    <message>
        <source>Optional: how much does your back hurt now? 0 = none</source>
        <translation>Optional: Wie stark schmerzt Ihr Rücken gerade? 0 = gar nicht</translation>
    </message>
    <message>
        <source>Pain before, 0 to 10</source>
        <translation>Schmerz vorher, 0 bis 10</translation>
    </message>
    <message>
        <source>Points that need a partner are explained to your helper, in their words</source>
        <translation>Bei Punkten, die eine Hilfsperson brauchen, richtet sich die Anleitung direkt an Ihre Hilfsperson</translation>
    </message>
    <message>
        <source>R&amp;outine:</source>
        <translation>R&amp;outine:</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Routine overview</source>
        <translation>Überblick über die Routine</translation>
    </message>
    <message>
        <source>Start  (Space)</source>
        <translation>Starten  (Leertaste)</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>Sitzung starten</translation>
    </message>
    <message>
        <source>This routine has no points that can be run.</source>
        <translation>Diese Routine enthält keine Punkte, die ausgeführt werden können.</translation>
    </message>
    <message>
        <source>This week&apos;s progress toward your goal</source>
        <translation>Wochenziel: Fortschritt dieser Woche</translation>
    </message>
    <message>
        <source>Your helper presses {codes}: the session speaks to them there.</source>
        <translation>Ihre Hilfsperson drückt {codes}: Dort spricht die Sitzung sie direkt an.</translation>
    </message>
    <message>
        <source>avoid in pregnancy</source>
        <translation>in der Schwangerschaft meiden</translation>
    </message>
    <message>
        <source>needs a partner</source>
        <translation>braucht eine Hilfsperson</translation>
    </message>
    <message>
        <source>your helper presses</source>
        <translation>Ihre Hilfsperson drückt</translation>
    </message>
    <message>
        <source>{codes} need a partner; the session shows what you can do alone.</source>
        <translation>{codes} brauchen eine Hilfsperson; die Sitzung zeigt, was Sie allein tun können.</translation>
    </message>
    <message>
        <source>{codes} needs a partner; the session shows what you can do alone.</source>
        <translation>{codes} braucht eine Hilfsperson; die Sitzung zeigt, was Sie allein tun können.</translation>
    </message>
    <message>
        <source>{codes}: not in the point catalogue, left out.</source>
        <translation>{codes}: nicht im Punktkatalog, ausgelassen.</translation>
    </message>
    <message>
        <source>{hold} × {reps}</source>
        <translation>{hold} × {reps}</translation>
    </message>
    <message>
        <source>{name} (yours)</source>
        <translation>{name} (eigene)</translation>
    </message>
    <message>
        <source>{n}. {code}: unknown point, left out</source>
        <translation>{n}. {code}: unbekannter Punkt, ausgelassen</translation>
    </message>
    <message>
        <source>{points} · {time}</source>
        <translation>{points} · {time}</translation>
    </message>
    <message>
        <source>⚠ {codes}: the sources advise against these in pregnancy.</source>
        <translation>⚠ {codes}: Die Quellen raten in der Schwangerschaft von diesen Punkten ab.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>Sides</name>
    <message>
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <source>Middle of the body</source>
        <translation>Körpermitte</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>beide Seiten</translation>
    </message>
    <message>
        <source>left</source>
        <extracomment>Translators: the side of the body of one hold, in a narrow table column.</extracomment>
        <translation>links</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>linke Seite</translation>
    </message>
    <message>
        <source>left side only</source>
        <translation>nur linke Seite</translation>
    </message>
    <message>
        <source>midline</source>
        <translation>Mittellinie</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>rechte Seite</translation>
    </message>
    <message>
        <source>right side only</source>
        <translation>nur rechte Seite</translation>
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>A midline point is pressed once, in the middle.</source>
        <translation>Ein Punkt auf der Mittellinie wird einmal gedrückt, in der Mitte.</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Beide Seiten</translation>
    </message>
    <message>
        <source>Both sides (left, then right), or one side only</source>
        <translation>Beide Seiten (erst links, dann rechts) oder nur eine Seite</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Haltezeit</translation>
    </message>
    <message>
        <source>Hold seconds</source>
        <translation>Haltezeit in Sekunden</translation>
    </message>
    <message>
        <source>Hold:</source>
        <translation>Halten:</translation>
    </message>
    <message>
        <source>Left only</source>
        <translation>Nur links</translation>
    </message>
    <message>
        <source>Middle</source>
        <translation>Mitte</translation>
    </message>
    <message>
        <source>Prepare seconds</source>
        <translation>Vorbereitungszeit in Sekunden</translation>
    </message>
    <message>
        <source>Prepare time</source>
        <translation>Vorbereitungszeit</translation>
    </message>
    <message>
        <source>Prepare:</source>
        <translation>Vorbereiten:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Wiederholen:</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Rest seconds</source>
        <translation>Pause in Sekunden</translation>
    </message>
    <message>
        <source>Rest:</source>
        <translation>Pause:</translation>
    </message>
    <message>
        <source>Right only</source>
        <translation>Nur rechts</translation>
    </message>
    <message numerus="yes">
        <source>Settings of %n step(s)</source>
        <translation>
            <numerusform>Einstellungen für %n Schritt</numerusform>
            <numerusform>Einstellungen für %n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Sides:</source>
        <translation>Seiten:</translation>
    </message>
    <message>
        <source>Skipped: unknown point</source>
        <translation>Übersprungen: unbekannter Punkt</translation>
    </message>
    <message>
        <source>Step settings</source>
        <translation>Schritteinstellungen</translation>
    </message>
    <message>
        <source>Step settings problem</source>
        <translation>Problem mit den Schritteinstellungen</translation>
    </message>
    <message>
        <source>Step settings: select a step</source>
        <translation>Schritteinstellungen: Wählen Sie einen Schritt aus</translation>
    </message>
    <message>
        <source>Step takes {duration}</source>
        <translation>Schritt dauert {duration}</translation>
    </message>
    <message>
        <source>Step {n} settings: {code} {name}</source>
        <translation>Einstellungen für Schritt {n}: {code} {name}</translation>
    </message>
    <message>
        <source>unknown point</source>
        <translation>unbekannter Punkt</translation>
    </message>
    <message>
        <source>{low} to {high}{unit}</source>
        <translation>{low} bis {high}{unit}</translation>
    </message>
    <message>
        <source>{what} must be between {low} and {high}{unit}. The step keeps {kept}{unit} until you type a number in that range.</source>
        <translation>{what} muss zwischen {low} und {high}{unit} liegen. Der Schritt behält {kept}{unit}, bis Sie eine Zahl in diesem Bereich eingeben.</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
</context>
<context>
    <name>StepsPanel</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Choose a routine on the left, or create one.</source>
        <translation>Wählen Sie links eine Routine aus oder erstellen Sie eine neue.</translation>
    </message>
    <message>
        <source>Drag steps to reorder them, or back to the library to remove them.</source>
        <translation>Zum Umsortieren oder Entfernen ziehen.</translation>
    </message>
    <message>
        <source>Drag to reorder, Ctrl+Up and Ctrl+Down to move, Delete to remove the selected steps.</source>
        <translation>Zum Umsortieren ziehen, mit Strg+Pfeil nach oben und Strg+Pfeil nach unten verschieben, mit Entf die ausgewählten Schritte entfernen.</translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate to edit</source>
        <translation>Zum Bearbeiten duplizieren</translation>
    </message>
    <message>
        <source>Make an editable copy of this built-in routine</source>
        <translation>Eine bearbeitbare Kopie dieser vorgegebenen Routine erstellen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation>Nach u&amp;nten</translation>
    </message>
    <message>
        <source>No steps yet.

Drag points here from the library, or select a point and press Enter.</source>
        <translation>Noch keine Schritte.

Ziehen Sie Punkte aus der Bibliothek hierher, oder wählen Sie einen Punkt aus und drücken Sie die Eingabetaste.</translation>
    </message>
    <message>
        <source>On your own: {text}</source>
        <translation>Ohne Hilfe: {text}</translation>
    </message>
    <message>
        <source>Ro&amp;utine steps</source>
        <translation>Schr&amp;itte der Routine</translation>
    </message>
    <message>
        <source>Routine steps</source>
        <translation>Schritte der Routine</translation>
    </message>
    <message>
        <source>{code} needs a partner or therapist to press it.</source>
        <translation>Für {code} brauchen Sie eine Hilfsperson oder therapeutische Unterstützung.</translation>
    </message>
    <message>
        <source>“{name}” is built-in and read-only.</source>
        <translation>„{name}“ ist vorgegeben und schreibgeschützt.</translation>
    </message>
    <message>
        <source>⚠ {code}: caution in pregnancy. {text}</source>
        <translation>⚠ {code}: Vorsicht in der Schwangerschaft. {text}</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message numerus="yes">
        <source>%n day(s) in a row with a session.</source>
        <translation>
            <numerusform>%n Tag in Folge mit einer Sitzung.</numerusform>
            <numerusform>%n Tage in Folge mit einer Sitzung.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>No&amp;tiz:</translation>
    </message>
    <message>
        <source>&amp;Pain now (0–10, optional):</source>
        <translation>&amp;Schmerz jetzt (0–10, optional):</translation>
    </message>
    <message>
        <source>It could not be written to your history yet; it is kept in memory.</source>
        <translation>Die Sitzung konnte noch nicht in Ihren Verlauf geschrieben werden; sie bleibt vorerst im Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>It is saved in your history.</source>
        <translation>Die Sitzung ist in Ihrem Verlauf gespeichert.</translation>
    </message>
    <message>
        <source>Most holds were skipped ({held} of {planned} held); it is kept in your history as it was.</source>
        <translation>Die meisten Haltephasen wurden übersprungen ({held} von {planned} gehalten); die Sitzung bleibt unverändert in Ihrem Verlauf.</translation>
    </message>
    <message>
        <source>Ne&amp;w session</source>
        <translation>&amp;Neue Sitzung</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Optional: how did it go?</source>
        <translation>Optional: Wie ist es gelaufen?</translation>
    </message>
    <message>
        <source>Pain after, 0 to 10</source>
        <translation>Schmerz nachher, 0 bis 10</translation>
    </message>
    <message>
        <source>Pain before and after</source>
        <translation>Schmerz vorher und nachher</translation>
    </message>
    <message>
        <source>Pain before: {before}. How is it now?</source>
        <translation>Schmerz vorher: {before}. Wie ist es jetzt?</translation>
    </message>
    <message>
        <source>Pain {before} → {after} ({change:+d})</source>
        <translation>Schmerz {before} → {after} ({change:+d})</translation>
    </message>
    <message>
        <source>Sav&amp;e</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save rating and note</source>
        <translation>Bewertung und Notiz speichern</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Sitzung beendet</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>Sitzung gestoppt</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>Zusammenfassung der Sitzung</translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Gut gemacht</translation>
    </message>
    <message>
        <source>Where it &amp;hurts (optional):</source>
        <translation>&amp;Wo es wehtut (optional):</translation>
    </message>
    <message>
        <source>{routine}: {holds} on {points}, {held} of pressing in {spent}.</source>
        <translation>{routine}: {holds} ({points}), {held} Druckzeit in insgesamt {spent}.</translation>
    </message>
</context>
<context>
    <name>SummaryStrip</name>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Letzte Woche</translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
</context>
<context>
    <name>TimingDialog</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Find the point (new steps):</source>
        <translation>Punkt &amp;finden (neue Schritte):</translation>
    </message>
    <message>
        <source>&amp;Switch sides:</source>
        <translation>&amp;Seite wechseln:</translation>
    </message>
    <message>
        <source>Find it &amp;again on the new side:</source>
        <translation>Auf der neuen Seite &amp;wiederfinden:</translation>
    </message>
    <message>
        <source>Lying on the floor, a few more seconds between holds make it calmer.</source>
        <translation>Wenn Sie auf dem Boden liegen, machen ein paar Sekunden mehr zwischen den Haltephasen alles ruhiger.</translation>
    </message>
    <message>
        <source>Session timing</source>
        <translation>Sitzungszeiten</translation>
    </message>
    <message>
        <source>Session timing problem</source>
        <translation>Problem mit den Sitzungszeiten</translation>
    </message>
    <message>
        <source>This time must be between {low} and {high}{unit}; it stays {kept}{unit} until you type a number in that range.</source>
        <translation>Diese Zeit muss zwischen {low} und {high}{unit} liegen; sie bleibt bei {kept}{unit}, bis Sie eine Zahl in diesem Bereich eingeben.</translation>
    </message>
    <message>
        <source>Time to find the point again on the new side</source>
        <translation>Zeit, um den Punkt auf der neuen Seite wiederzufinden</translation>
    </message>
    <message>
        <source>Time to find the point, for new steps</source>
        <translation>Zeit zum Finden des Punkts, für neue Schritte</translation>
    </message>
    <message>
        <source>Time to switch sides</source>
        <translation>Zeit für den Seitenwechsel</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>There is no translation for the language “{code}”, so the app is in English. The languages are: {known}.</source>
        <translation>Für die Sprache „{code}“ gibt es keine Übersetzung, daher ist die App auf Englisch. Verfügbare Sprachen: {known}.</translation>
    </message>
</context>
<context>
    <name>ViewOptions</name>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Larger</source>
        <translation>&amp;Größer</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>&amp;Normalgröße</translation>
    </message>
    <message>
        <source>&amp;Smaller</source>
        <translation>&amp;Kleiner</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Textgröße</translation>
    </message>
    <message>
        <source>Like the &amp;desktop</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Design</translation>
    </message>
</context>
<context>
    <name>VoiceCues</name>
    <message>
        <source>Qt TextToSpeech could not be loaded: {error}</source>
        <translation>Qt TextToSpeech konnte nicht geladen werden: {error}</translation>
    </message>
    <message>
        <source>Voice is unavailable ({reason}); spoken cues were turned off.</source>
        <translation>Die Sprachausgabe ist nicht verfügbar ({reason}); die Sprachansagen wurden ausgeschaltet.</translation>
    </message>
    <message>
        <source>the speech engine is still not responding</source>
        <translation>die Sprachausgabe reagiert immer noch nicht</translation>
    </message>
    <message>
        <source>the speech engine was not ready within {seconds:g} s</source>
        <translation>die Sprachausgabe war nicht innerhalb von {seconds:g} s bereit</translation>
    </message>
</context>
<context>
    <name>cues</name>
    <message>
        <source>Qt Multimedia could not be loaded: {error}</source>
        <translation>Qt Multimedia konnte nicht geladen werden: {error}</translation>
    </message>
    <message>
        <source>no audio output device was found</source>
        <translation>es wurde kein Audioausgabegerät gefunden</translation>
    </message>
    <message>
        <source>no default audio output device is set</source>
        <translation>es ist kein Standard-Audioausgabegerät eingestellt</translation>
    </message>
    <message>
        <source>no speech engine is installed</source>
        <translation>es ist keine Sprachausgabe installiert</translation>
    </message>
    <message>
        <source>the speech engine failed</source>
        <translation>die Sprachausgabe ist ausgefallen</translation>
    </message>
    <message>
        <source>the speech engine “{engine}” is not installed</source>
        <translation>die Sprachausgabe „{engine}“ ist nicht installiert</translation>
    </message>
    <message>
        <source>{name} cannot be played on this audio device</source>
        <translation>{name} kann auf diesem Audiogerät nicht abgespielt werden</translation>
    </message>
</context>
</TS>
