<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AppTray</name>
    <message>
        <source>Acupressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tray menu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppWindow</name>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy what can be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import history from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Safety notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <extracomment>False until __init__ has finished: event handlers do nothing on a half-built window.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About acupress-gui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport history as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every readable session was copied to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided acupressure session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>His&amp;tory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please read the safety notice (Help menu) before your first session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practise {point}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size {percent} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The German, Spanish and Chinese translations, of the app and of the point texts, were made with care but have not yet been reviewed by native-speaking practitioners. Corrections are welcome: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be made: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used the next time you start acupress-gui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no routine called {name!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice cues were turned off: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your history is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acupress-gui {version}

Guided acupressure for back pain. The points, timings and cautions come from the articles named on each point. This app is not a substitute for professional care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{point} added to {routine}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreathingPacer</name>
    <message>
        <source>Breathe in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe out slowly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing pace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartsTab</name>
    <message>
        <source>The charts are drawn when the page opens…</source>
        <extracomment>The weekly totals could not be read; the text says why.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <source>Countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seconds} seconds left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details were printed to the terminal (no log file could be made).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details were written to:
{path}</source>
        <extracomment>Emitted (on the GUI thread) for each unexpected exception, with its one-line summary.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acupress-gui ran into a problem it did not expect. Your settings, routines and finished holds are saved. The app keeps running, but if something looks wrong, close it and start it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CuePlayer</name>
    <message>
        <source>Sound is unavailable ({reason}); cues are shown as a flash instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sound could not be set up: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sound file {name} is missing</source>
        <extracomment>A cue that loads later than this after it was asked for is dropped, not played late.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sounds did not load within {seconds:g} s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CueRouter</name>
    <message>
        <source>A cue failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <source>about {duration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{h} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>&amp;Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Routine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by routine</source>
        <extracomment>The user changed a filter; :meth:`current_filter` says what it is now.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryCharts</name>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Average pain before and after: {b0} → {a0} in the week of {d0}, {b1} → {a1} in the week of {d1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts of sessions, minutes and pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last %Ln week(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions yet.</source>
        <extracomment>The charts show this many weeks at first (drag or wheel to see earlier ones). Colour-blind safe pair (blue / orange), told apart by symbol and line style too.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain before and after (weekly average, 0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{weeks}: {sessions}, {length}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryCommands</name>
    <message numerus="yes">
        <source>Delete %Ln session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln session(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %Ln session(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryCsv</name>
    <message numerus="yes">
        <source>%Ln hold(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>; skipped {n} already in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {sessions} ({holds}) to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {sessions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be written to {file}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error} Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error}; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} could not be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryFormat</name>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <extracomment>Shown for a rating not given.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import history from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does it help?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport history as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session details, relief per routine and charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo delete</source>
        <extracomment>The history changed here (a rating, a note, a delete, an undo or an import). False until __init__ has finished: event handlers do nothing on a half-built page.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistorySummary</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No sessions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>longest %Ln day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>Date</source>
        <extracomment>Rows fetched per page. The role giving a row&apos;s session id. The number of sessions matching the filter changed (after a reset or a refresh). The history could not be read (a damaged file); the text says so in plain words. The last read failure in plain words (&quot;&quot; when reading works).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain before → after the session (0 = none, 10 = the worst)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IllustrationView</name>
    <message>
        <source>Point illustration</source>
        <extracomment>Rendered drawings kept, in bytes: a few window sizes&apos; worth, not every size a resize passed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right side shown; the left is its mirror image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}, with {code} marked. {caption}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes at the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>The language of the desktop (LANGUAGE, LANG or the system&apos;s setting).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes at the next start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>&amp;Add to routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to routine  ⏎</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code (B54, UB40), name or complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag points into the routine, or press Enter to add the selected points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide points that need a partner or therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide points that sources advise against during pregnancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide pregnanc&amp;y cautions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide pregnancy-cautioned points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No point matches your search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point &amp;library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-applicable &amp;only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-applicable only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>all %n point(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>caution in pregnancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n point(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acupressure for back pain</source>
        <extracomment>The smallest window every page still works in (laptops with 600 px of height).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some files could not be used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PainRating</name>
    <message>
        <source>0 (no pain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 = no pain, 10 = the worst pain imaginable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 (worst)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PointBrowser</name>
    <message>
        <source>&amp;Add to my routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find a point:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Practise this point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to my routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No point matches your search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practise this point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: code (B54, UB40), name or complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avoid in pregnancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a partner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PointText</name>
    <message>
        <source>Avoid in pregnancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the helper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helps with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold {hold} s, rest {rest} s, {times}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to press</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie on your back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lie on your front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a partner or therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nerve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On your own:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <extracomment>A heading: where on the body the point is.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to press:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also called {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also called {name} in {article}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also written {codes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from standard safety references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the source articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {sources}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard name (WHO 2008)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} times</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReliefPanel</name>
    <message>
        <source>Does it help? Change in pain per routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clear change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain after minus pain before, on average (negative: less pain after)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain is higher after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seems to help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions rated before and after, of all the routine&apos;s sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The average change in pain from before to after a session, over the sessions rated both times (0 = no pain, 10 = the worst). A routine needs {n} rated sessions before it can be judged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few ratings yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it suggests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rated} of {sessions}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineChanges</name>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “{name}”. {keys} brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported “{name}” to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported “{name}” ({steps}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file of “{name}” could not be removed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routine could not be exported to {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} was not imported: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” could not be saved to {folder}: {reason}. The change is kept only until you close the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is your copy: drag points in, reorder, change the timings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineDetails</name>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown point(s) skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A description has at most {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name cannot contain line breaks or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name has at most {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A routine needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No steps yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a routine called “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this routine is for, when to do it, where the points come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{duration} · {steps}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineList</name>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Built-in (read-only). {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in routines are read-only. Create a new routine, or duplicate one to make it your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rou&amp;tines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutinesPage</name>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export routine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import routine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n point(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in routines cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caution in pregnancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag steps out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Move step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move step down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move step up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a routine first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point not in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The point {code} is not in the catalogue of this version. The step is kept in the routine but skipped when you run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold {hold} s · rest {rest} s · {reps}× · {sides} · prepare {prepare} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}. unknown point {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is a built-in routine: use “Duplicate to edit” to change it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunningPanel</name>
    <message>
        <source>Cautions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For your helper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you cannot reach it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions and cautions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {phase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused · {phase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <extracomment>How long the phase words stay highlighted for a cue that could not be heard.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repetition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repetition {x} of {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {x} of {n}  ·  {time} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sources give no way to do this one alone: skip it (Right) if no one can help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then the next point:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to press:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyNotice</name>
    <message>
        <source>&amp;I understand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acupressure is gentle, but it is not for every body or every day. Please read this once before your first session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety cautions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} (Space)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDetail</name>
    <message numerus="yes">
        <source>%Ln hold(s), {held} held</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did it feel? Anything to remember next time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions yet. Run one on the Session page (Ctrl+1): it appears here with its holds, and you can rate how it helped. You can also import a CSV file.</source>
        <extracomment>The pain rating&apos;s value for &quot;not rated&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain &amp;after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain &amp;before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repetition on this side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert ratings and note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chan&amp;ges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save ratings and note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the ratings and the note (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a session to see its holds, ratings and note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session summary</source>
        <extracomment>The ratings or note of the session with this id were saved. The history could not be read or written; the text says why.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app closed during this session; the holds finished before were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ratings and the note could not be saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message numerus="yes">
        <source>%n hold(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused. Press Space to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: the computer was asleep. Press Space to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points to avoid in pregnancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session complete. Well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop now? What you have done so far is kept in your history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was paused: the computer stopped responding for {duration}. Press Space to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This routine has no points that can be run.</source>
        <extracomment>False until __init__ has finished: event handlers do nothing on a half-built page.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This routine includes {codes}. The sources say these points can induce labour and should be avoided in pregnancy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionRun</name>
    <message>
        <source>History could not be written: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionTable</name>
    <message>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <extracomment>A long session&apos;s length, to size the duration column.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionText</name>
    <message>
        <source>Change position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change position: {how}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find {name}, {side}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get comfortable for the next point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helper: find {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helper: press now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helper: release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helper: the other side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to the left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to the right side</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsPanel</name>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the sessions of a history CSV file; sessions already here are skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected sessions (Del); can be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the whole history as a CSV file (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import history from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of sessions shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln session(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsMenu</name>
    <message>
        <source>&amp;Breathing guide during holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reduce motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <extracomment>The volume choices, in per cent; the default volume (80 %) is one of them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe in as the ring grows, out slowly as it shrinks (6 breaths a minute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag points the sources advise against in pregnancy, and ask before them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am &amp;pregnant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session &amp;timing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound &amp;volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;oice cues</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupPanel</name>
    <message>
        <source>&amp;Pain now (0–10, optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;helper presses for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A helper presses for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No routine yet: make one on the Routines page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: how much does your back hurt now? 0 = none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain before, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points that need a partner are explained to your helper, in their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;outine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start  (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This routine has no points that can be run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your helper presses {codes}: the session speaks to them there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avoid in pregnancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your helper presses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{codes} need a partner; the session shows what you can do alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{codes} needs a partner; the session shows what you can do alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{codes}: not in the point catalogue, left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hold} × {reps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (yours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}. {code}: unknown point, left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{points} · {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ {codes}: the sources advise against these in pregnancy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sides</name>
    <message>
        <source>Left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle of the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left side only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>midline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right side only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A midline point is pressed once, in the middle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides (left, then right), or one side only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Settings of %n step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sides:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: unknown point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step settings problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step settings: select a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step takes {duration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {n} settings: {code} {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{low} to {high}{unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must be between {low} and {high}{unit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>×</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepsPanel</name>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a routine on the left, or create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag steps to reorder them, or back to the library to remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to reorder, Ctrl+Up and Ctrl+Down to move, Delete to remove the selected steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make an editable copy of this built-in routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No steps yet.

Drag points here from the library, or select a point and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On your own: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ro&amp;utine steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} needs a partner or therapist to press it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is built-in and read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ {code}: caution in pregnancy. {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pain now (0–10, optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could not be written to your history yet; it is kept in memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is saved in your history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most holds were skipped ({held} of {planned} held); it is kept in your history as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: how did it go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain after, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain before: {before}. How is it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain {before} → {after} ({change:+d})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sav&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save rating and note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{routine}: {holds} on {points}, {held} of pressing in {spent}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryStrip</name>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimingDialog</name>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find the point (new steps):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch sides:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find it &amp;again on the new side:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lying on the floor, a few more seconds between holds make it calmer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to find the point again on the new side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to find the point, for new steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to switch sides</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>There is no translation for the language “{code}”, so the app is in English. The languages are: {known}.</source>
        <extracomment>The languages of the app, by code, each named in its own language (the menu&apos;s words). The environment variables that name the person&apos;s language, in the order they count.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewOptions</name>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like the &amp;desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoiceCues</name>
    <message>
        <source>Qt TextToSpeech could not be loaded: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice is unavailable ({reason}); spoken cues were turned off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the speech engine is still not responding</source>
        <extracomment>How long ``shutdown`` waits for a responsive speech thread to finish.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the speech engine was not ready within {seconds:g} s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cues</name>
    <message>
        <source>Qt Multimedia could not be loaded: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no audio output device was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no default audio output device is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no speech engine is installed</source>
        <extracomment>Creates a speech engine: an object with QTextToSpeech&apos;s ``state()``, ``stateChanged``, ``say``, ``stop`` and ``errorString``. It runs in the thread that will own the engine.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the speech engine failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the speech engine “{engine}” is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be played on this audio device</source>
        <extracomment>Makes one sound from a WAV file, parented to the given QObject. Prepares sound output and returns a SoundFactory. Raises SoundUnavailableError (or ImportError/OSError) when there is no way to play sound here.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
