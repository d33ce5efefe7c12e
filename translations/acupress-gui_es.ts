<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AppTray</name>
    <message>
        <source>Acupressure</source>
        <translation>Acupresión</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Pause reminders for today</source>
        <translation>Pausar los recordatorios por hoy</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>Empezar la sesión</translation>
    </message>
    <message>
        <source>Start {routine}</source>
        <translation>Empezar {routine}</translation>
    </message>
    <message>
        <source>Tray menu</source>
        <translation>Menú de la bandeja del sistema</translation>
    </message>
</context>
<context>
    <name>AppWindow</name>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Acerca de</translation>
    </message>
    <message>
        <source>&amp;Copy what can be read</source>
        <translation>&amp;Copiar lo que se pueda leer</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ayuda</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>&amp;Import history from CSV…</source>
        <translation>&amp;Importar historial desde CSV…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;Points</source>
        <translation>&amp;Puntos</translation>
    </message>
    <message>
        <source>&amp;Routine</source>
        <translation>&amp;Rutina</translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation>&amp;Rutinas</translation>
    </message>
    <message>
        <source>&amp;Safety notice</source>
        <translation>Aviso de &amp;seguridad</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>About acupress-gui</source>
        <translation>Acerca de acupress-gui</translation>
    </message>
    <message>
        <source>E&amp;xport history as CSV…</source>
        <translation>E&amp;xportar historial como CSV…</translation>
    </message>
    <message>
        <source>Every readable session was copied to {path}.</source>
        <translation>Todas las sesiones legibles se copiaron en {path}.</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Exportar info&amp;rme…</translation>
    </message>
    <message>
        <source>Guided acupressure session</source>
        <translation>Sesión de acupresión guiada</translation>
    </message>
    <message>
        <source>His&amp;tory</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Please read the safety notice (Help menu) before your first session.</source>
        <translation>Por favor, lee el aviso de seguridad (menú Ayuda) antes de tu primera sesión.</translation>
    </message>
    <message>
        <source>Practise {point}</source>
        <translation>Practicar {point}</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Session finished</source>
        <translation>Sesión terminada</translation>
    </message>
    <message>
        <source>The German, Spanish and Chinese translations, of the app and of the point texts, were made with care but have not yet been reviewed by native-speaking practitioners. Corrections are welcome: {url}</source>
        <translation>Las traducciones al alemán, al español y al chino, de la aplicación y de los textos de los puntos, se hicieron con cuidado, pero aún no las han revisado profesionales nativos. Las correcciones son bienvenidas: {url}</translation>
    </message>
    <message>
        <source>The copy could not be made: {error}</source>
        <translation>No se pudo hacer la copia: {error}</translation>
    </message>
    <message>
        <source>There is no routine called {name!r}.</source>
        <translation>No hay ninguna rutina llamada {name!r}.</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ver</translation>
    </message>
    <message>
        <source>Voice cues were turned off: {reason}</source>
        <translation>Se desactivaron los avisos de voz: {reason}</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <source>Your history is damaged</source>
        <translation>Tu historial está dañado</translation>
    </message>
    <message>
        <source>acupress-gui {version}

Guided acupressure for back pain. The points, timings and cautions come from the articles named on each point. This app is not a substitute for professional care.</source>
        <translation>acupress-gui {version}

Acupresión guiada para el dolor de espalda. Los puntos, los tiempos y las precauciones proceden de los artículos citados en cada punto. Esta aplicación no sustituye la atención profesional.</translation>
    </message>
    <message>
        <source>{point} added to {routine}.</source>
        <translation>{point} añadido a {routine}.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Acupressure</source>
        <translation>Acupresión</translation>
    </message>
</context>
<context>
    <name>BreathingPacer</name>
    <message>
        <source>Breathe in</source>
        <translation>Inhala</translation>
    </message>
    <message>
        <source>Breathe out slowly</source>
        <translation>Exhala despacio</translation>
    </message>
    <message>
        <source>Breathing pace</source>
        <translation>Ritmo de respiración</translation>
    </message>
</context>
<context>
    <name>ChartsTab</name>
    <message>
        <source>Drawing the charts…</source>
        <translation>Dibujando los gráficos…</translation>
    </message>
    <message>
        <source>The charts cannot be drawn: the charting library (pyqtgraph) could not be loaded. Reinstalling acupress-gui brings it back.</source>
        <translation>No se pueden dibujar los gráficos: no se pudo cargar la biblioteca de gráficos (pyqtgraph). Reinstale acupress-gui para recuperarla.</translation>
    </message>
</context>
<context>
    <name>CheckinForm</name>
    <message>
        <source>How much did pain get in the way of your &amp;daily activities this week?</source>
        <translation>¿Cuánto interfirió el dolor en tus &amp;actividades diarias esta semana?</translation>
    </message>
    <message>
        <source>How well did you s&amp;leep this week?</source>
        <translation>¿Qué tal d&amp;ormiste esta semana?</translation>
    </message>
    <message>
        <source>This week, how much did pain get in the way of your daily activities, 0 to 10</source>
        <translation>Esta semana, cuánto interfirió el dolor en tus actividades diarias, de 0 a 10</translation>
    </message>
    <message>
        <source>This week, how well did you sleep, 0 to 10</source>
        <translation>Esta semana, qué tal dormiste, de 0 a 10</translation>
    </message>
    <message>
        <source>Weekly check-in (optional, once a week):</source>
        <translation>Seguimiento semanal (opcional, una vez a la semana):</translation>
    </message>
    <message>
        <source>completely</source>
        <translation>totalmente</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sin responder</translation>
    </message>
    <message>
        <source>not at all</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>very badly</source>
        <translation>muy mal</translation>
    </message>
    <message>
        <source>very well</source>
        <translation>muy bien</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <source>Countdown</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>{seconds} seconds left</source>
        <translation>Quedan {seconds} segundos</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>The details were printed to the terminal (no log file could be made).</source>
        <translation>Los detalles se mostraron en el terminal (no se pudo crear un archivo de registro).</translation>
    </message>
    <message>
        <source>The details were written to:
{path}</source>
        <translation>Los detalles se guardaron en:
{path}</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
    <message>
        <source>acupress-gui ran into a problem it did not expect. Your settings, routines and finished holds are saved. The app keeps running, but if something looks wrong, close it and start it again.</source>
        <translation>acupress-gui encontró un problema inesperado. Tu configuración, tus rutinas y las presiones terminadas están guardadas. La aplicación sigue funcionando, pero si algo parece estar mal, ciérrala y vuelve a abrirla.</translation>
    </message>
</context>
<context>
    <name>CuePlayer</name>
    <message>
        <source>Sound is unavailable ({reason}); cues are shown as a flash instead.</source>
        <translation>El sonido no está disponible ({reason}); los avisos se muestran con un destello.</translation>
    </message>
    <message>
        <source>sound could not be set up: {error}</source>
        <translation>no se pudo configurar el sonido: {error}</translation>
    </message>
    <message>
        <source>the sound file {name} is missing</source>
        <translation>falta el archivo de sonido {name}</translation>
    </message>
    <message>
        <source>the sounds did not load within {seconds:g} s</source>
        <translation>los sonidos no se cargaron en {seconds:g} s</translation>
    </message>
</context>
<context>
    <name>CueRouter</name>
    <message>
        <source>A cue failed: {error}</source>
        <translation>Falló un aviso: {error}</translation>
    </message>
</context>
<context>
    <name>DailyPractice</name>
    <message>
        <source>A session is running already.</source>
        <translation>Ya hay una sesión en curso.</translation>
    </message>
    <message>
        <source>Acupressure is still running</source>
        <translation>Acupresión sigue en marcha</translation>
    </message>
    <message>
        <source>It waits in the tray for your reminders. Quit from its menu.</source>
        <translation>Sigue en la bandeja del sistema para darte tus recordatorios. Para salir, usa su menú.</translation>
    </message>
    <message>
        <source>Starting at log-in could not be changed: {error}</source>
        <translation>No se pudo cambiar el inicio automático: {error}</translation>
    </message>
    <message>
        <source>The reminder&apos;s routine {name!r} is not there any more.</source>
        <translation>La rutina del recordatorio, {name!r}, ya no existe.</translation>
    </message>
    <message>
        <source>acupress-gui no longer starts when you log in.</source>
        <translation>acupress-gui ya no se abre al iniciar sesión en el equipo.</translation>
    </message>
    <message>
        <source>acupress-gui now starts in the tray when you log in ({path}).</source>
        <translation>acupress-gui ahora se abre en la bandeja del sistema al iniciar sesión en el equipo ({path}).</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n day(s) this week</source>
        <translation>
            <numerusform>{done} de %n día esta semana</numerusform>
            <numerusform>{done} de %n días esta semana</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateAxis</name>
    <message>
        <source>d MMM</source>
        <extracomment>Translators: a Qt date format of a day and a short month (German &quot;d. MMM&quot;).</extracomment>
        <translation>d MMM</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>Translators: a Qt date format (d day, MMM short month name, yyyy year), as the History filter bar&apos;s date fields write dates.</extracomment>
        <translation>d MMM yyyy</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <source>about {duration}</source>
        <translation>unos {duration}</translation>
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
        <translation>&amp;Borrar filtros</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Período:</translation>
    </message>
    <message>
        <source>&amp;Routine:</source>
        <translation>&amp;Rutina:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Zona:</translation>
    </message>
    <message>
        <source>All routines</source>
        <translation>Todas las rutinas</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo el historial</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Cualquier zona</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Fechas personalizadas</translation>
    </message>
    <message>
        <source>Filter by period</source>
        <translation>Filtrar por período</translation>
    </message>
    <message>
        <source>Filter by routine</source>
        <translation>Filtrar por rutina</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <source>Filter by where it hurt</source>
        <translation>Filtrar por zona del dolor</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Últimos 3 meses</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>Últimas 4 semanas</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>Translators: a Qt date format (d, M, MMM, yyyy) for the filter&apos;s dates, &quot;3 Mar 2025&quot; in English.</extracomment>
        <translation>d MMM yyyy</translation>
    </message>
</context>
<context>
    <name>HistoryCharts</name>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln sesión</numerusform>
            <numerusform>%Ln sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Average pain before and after: {b0} → {a0} in the week of {d0}, {b1} → {a1} in the week of {d1}.</source>
        <translation>Dolor medio antes y después: {b0} → {a0} en la semana del {d0}, {b1} → {a1} en la semana del {d1}.</translation>
    </message>
    <message>
        <source>Charts in words</source>
        <translation>Descripción de los gráficos</translation>
    </message>
    <message>
        <source>Charts of sessions, minutes and pain</source>
        <translation>Gráficos de sesiones, minutos y dolor</translation>
    </message>
    <message>
        <source>Charts, scrolling on a short window</source>
        <translation>Gráficos, con desplazamiento si la ventana es baja</translation>
    </message>
    <message numerus="yes">
        <source>Last %Ln week(s)</source>
        <translation>
            <numerusform>%Ln semana más reciente</numerusform>
            <numerusform>%Ln semanas más recientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes per week</source>
        <translation>Minutos por semana</translation>
    </message>
    <message>
        <source>No sessions yet.</source>
        <translation>Todavía no hay sesiones.</translation>
    </message>
    <message>
        <source>Pain before and after (weekly average, 0–10)</source>
        <translation>Dolor antes y después (promedio semanal, 0–10)</translation>
    </message>
    <message>
        <source>Sessions per week</source>
        <translation>Sesiones por semana</translation>
    </message>
    <message>
        <source>Weekly charts</source>
        <translation>Gráficos semanales</translation>
    </message>
    <message>
        <source>after</source>
        <translation>después</translation>
    </message>
    <message>
        <source>before</source>
        <translation>antes</translation>
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
            <numerusform>Eliminar %Ln sesión</numerusform>
            <numerusform>Eliminar %Ln sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln session(s).</source>
        <translation>
            <numerusform>Se eliminó %Ln sesión.</numerusform>
            <numerusform>Se eliminaron %Ln sesiones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %Ln session(s).</source>
        <translation>
            <numerusform>Se restauró %Ln sesión.</numerusform>
            <numerusform>Se restauraron %Ln sesiones.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryCsv</name>
    <message numerus="yes">
        <source>%Ln hold(s)</source>
        <translation>
            <numerusform>%Ln presión</numerusform>
            <numerusform>%Ln presiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln sesión</numerusform>
            <numerusform>%Ln sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>; skipped {n} already in the history</source>
        <translation>; se omitieron {n} que ya estaban en el historial</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exportar historial</translation>
    </message>
    <message>
        <source>Exported {sessions} ({holds}) to {file}.</source>
        <translation>Se exportaron {sessions} ({holds}) a {file}.</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Importar historial</translation>
    </message>
    <message>
        <source>Imported {sessions}</source>
        <translation>Se importaron {sessions}</translation>
    </message>
    <message>
        <source>The history could not be written to {file}: {error}</source>
        <translation>No se pudo escribir el historial en {file}: {error}</translation>
    </message>
    <message>
        <source>{error} Nothing was imported.</source>
        <translation>{error} No se importó nada.</translation>
    </message>
    <message>
        <source>{error}; nothing was imported.</source>
        <translation>{error}; no se importó nada.</translation>
    </message>
    <message>
        <source>{file} could not be read: {error}</source>
        <translation>No se pudo leer {file}: {error}</translation>
    </message>
</context>
<context>
    <name>HistoryFormat</name>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrumpida</translation>
    </message>
    <message>
        <source>Running</source>
        <extracomment>Translators: the status of a session in the history table: still going on, ran to its end, stopped by the person, cut off (the app was closed or crashed).</extracomment>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <extracomment>Translators: a Qt date format (d, ddd, M, MMM, yyyy) for the day of a session, &quot;Mon 3 Mar 2025&quot; in English; the day and month names come from the language.</extracomment>
        <translation>ddd d MMM yyyy</translation>
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
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Import history from CSV…</source>
        <translation>&amp;Importar historial desde CSV…</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Does it help?</source>
        <translation>¿Te ayuda?</translation>
    </message>
    <message>
        <source>E&amp;xport history as CSV…</source>
        <translation>E&amp;xportar historial como CSV…</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Session details, relief per routine and charts</source>
        <translation>Detalles de la sesión, alivio por rutina y gráficos</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Deshacer eliminación</translation>
    </message>
</context>
<context>
    <name>HistorySummary</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln día</numerusform>
            <numerusform>%Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln sesión</numerusform>
            <numerusform>%Ln sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>No sessions yet</source>
        <translation>Todavía no hay sesiones</translation>
    </message>
    <message>
        <source>None now</source>
        <translation>Ninguna ahora</translation>
    </message>
    <message numerus="yes">
        <source>longest %Ln day(s)</source>
        <translation>
            <numerusform>la más larga: %Ln día</numerusform>
            <numerusform>la más larga: %Ln días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Has a note</source>
        <translation>Tiene una nota</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Presiones</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Pain before → after the session (0 = none, 10 = the worst)</source>
        <translation>Dolor antes → después de la sesión (0 = nada, 10 = el peor)</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>IllustrationView</name>
    <message>
        <source>L</source>
        <extracomment>Translators: the one-letter badge on the marker of the left side&apos;s point.</extracomment>
        <translation>I</translation>
    </message>
    <message>
        <source>Point illustration</source>
        <translation>Ilustración del punto</translation>
    </message>
    <message>
        <source>R</source>
        <extracomment>Translators: the one-letter badge on the marker of the right side&apos;s point.</extracomment>
        <translation>D</translation>
    </message>
    <message>
        <source>Right side shown; the left is its mirror image</source>
        <translation>Lado derecho; el izquierdo es su imagen en espejo</translation>
    </message>
    <message>
        <source>{title}, with {code} marked. {caption}</source>
        <translation>{title}, con {code} marcado. {caption}</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Changes at the next start</source>
        <translation>Se aplica en el próximo inicio</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>Translators: the language of the desktop (LANGUAGE, LANG or the system setting).</extracomment>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>The language changes at the next start</source>
        <translation>El idioma cambia en el próximo inicio</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>&amp;Add to routine</source>
        <translation>&amp;Añadir a la rutina</translation>
    </message>
    <message>
        <source>Add to routine  ⏎</source>
        <translation>Añadir a la rutina  ⏎</translation>
    </message>
    <message>
        <source>All complaints</source>
        <translation>Todas las molestias</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Todas las zonas</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Borrar búsqueda</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Borrar búsqueda y filtros</translation>
    </message>
    <message>
        <source>Code (B54, UB40), name or complaint</source>
        <translation>Código (B54, UB40), nombre o molestia</translation>
    </message>
    <message>
        <source>Complaint filter</source>
        <translation>Filtro por molestia</translation>
    </message>
    <message>
        <source>Drag points into the routine, or press Enter to add the selected points.</source>
        <translation>Arrastra puntos a la rutina o pulsa Intro para añadir los puntos seleccionados.</translation>
    </message>
    <message>
        <source>Hide points that need a partner or therapist</source>
        <translation>Ocultar los puntos que necesitan otra persona o un terapeuta</translation>
    </message>
    <message>
        <source>Hide points that sources advise against during pregnancy</source>
        <translation>Ocultar los puntos que las fuentes desaconsejan durante el embarazo</translation>
    </message>
    <message>
        <source>Hide pregnanc&amp;y cautions</source>
        <translation>Ocultar precauciones de &amp;embarazo</translation>
    </message>
    <message>
        <source>Hide pregnancy-cautioned points</source>
        <translation>Ocultar los puntos con precaución en el embarazo</translation>
    </message>
    <message>
        <source>No point matches your search and filters.</source>
        <translation>Ningún punto coincide con tu búsqueda y tus filtros.</translation>
    </message>
    <message>
        <source>Point &amp;library</source>
        <translation>&amp;Biblioteca de puntos</translation>
    </message>
    <message>
        <source>Point library</source>
        <translation>Biblioteca de puntos</translation>
    </message>
    <message>
        <source>Points shown</source>
        <translation>Puntos mostrados</translation>
    </message>
    <message>
        <source>Region filter</source>
        <translation>Filtro por zona</translation>
    </message>
    <message>
        <source>Search points</source>
        <translation>Buscar puntos</translation>
    </message>
    <message>
        <source>Self-applicable &amp;only</source>
        <translation>S&amp;olo autoaplicables</translation>
    </message>
    <message>
        <source>Self-applicable only</source>
        <translation>Solo autoaplicables</translation>
    </message>
    <message numerus="yes">
        <source>all %n point(s)</source>
        <translation>
            <numerusform>%n punto en total</numerusform>
            <numerusform>%n puntos en total</numerusform>
        </translation>
    </message>
    <message>
        <source>caution in pregnancy</source>
        <translation>precaución en el embarazo</translation>
    </message>
    <message>
        <source>needs a partner</source>
        <translation>necesita otra persona</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n point(s)</source>
        <translation>
            <numerusform>{shown} de %n punto</numerusform>
            <numerusform>{shown} de %n puntos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Acupressure for back pain</source>
        <translation>Acupresión para el dolor de espalda</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Some files could not be used</source>
        <translation>No se pudieron usar algunos archivos</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Cerrar mensaje</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
</context>
<context>
    <name>PainMap</name>
    <message>
        <source>Pain in the {region}</source>
        <translation>Dolor: {region}</translation>
    </message>
    <message>
        <source>Where it hurts</source>
        <translation>Dónde te duele</translation>
    </message>
</context>
<context>
    <name>PainRating</name>
    <message>
        <source>0 (no pain)</source>
        <translation>0 (sin dolor)</translation>
    </message>
    <message>
        <source>0 = no pain, 10 = the worst pain imaginable</source>
        <translation>0 = sin dolor, 10 = el peor dolor imaginable</translation>
    </message>
    <message>
        <source>10 (worst)</source>
        <translation>10 (el peor)</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sin valorar</translation>
    </message>
</context>
<context>
    <name>PointBrowser</name>
    <message>
        <source>&amp;Add to my routine</source>
        <translation>&amp;Añadir a mi rutina</translation>
    </message>
    <message>
        <source>&amp;Find a point:</source>
        <translation>&amp;Buscar un punto:</translation>
    </message>
    <message>
        <source>&amp;Practise this point</source>
        <translation>&amp;Practicar este punto</translation>
    </message>
    <message>
        <source>Add to my routine</source>
        <translation>Añadir a mi rutina</translation>
    </message>
    <message>
        <source>No point matches your search.</source>
        <translation>Ningún punto coincide con tu búsqueda.</translation>
    </message>
    <message>
        <source>Point instructions</source>
        <translation>Instrucciones del punto</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Practise this point</source>
        <translation>Practicar este punto</translation>
    </message>
    <message>
        <source>Search points</source>
        <translation>Buscar puntos</translation>
    </message>
    <message>
        <source>Search: code (B54, UB40), name or complaint</source>
        <translation>Buscar: código (B54, UB40), nombre o molestia</translation>
    </message>
    <message>
        <source>avoid in pregnancy</source>
        <translation>evitar en el embarazo</translation>
    </message>
    <message>
        <source>needs a partner</source>
        <translation>necesita otra persona</translation>
    </message>
</context>
<context>
    <name>PointText</name>
    <message>
        <source>Avoid in pregnancy</source>
        <translation>Evitar en el embarazo</translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation>Presión arterial</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Precaución</translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation>Precauciones</translation>
    </message>
    <message>
        <source>For the helper</source>
        <translation>Para quien ayuda</translation>
    </message>
    <message>
        <source>Helps with:</source>
        <translation>Ayuda con:</translation>
    </message>
    <message>
        <source>Hold {hold} s, rest {rest} s, {times}</source>
        <translation>Presiona {hold} s, descansa {rest} s, {times}</translation>
    </message>
    <message>
        <source>How to press</source>
        <translation>Cómo presionar</translation>
    </message>
    <message>
        <source>Lie on your back</source>
        <extracomment>Translators: how to lie, sit or stand for a point, as an instruction.</extracomment>
        <translation>Acuéstate boca arriba</translation>
    </message>
    <message>
        <source>Lie on your front</source>
        <translation>Acuéstate boca abajo</translation>
    </message>
    <message>
        <source>Needs a partner or therapist</source>
        <translation>Necesita otra persona o un terapeuta</translation>
    </message>
    <message>
        <source>Nerve</source>
        <translation>Nervio</translation>
    </message>
    <message>
        <source>On your own:</source>
        <translation>Por tu cuenta:</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Con ayuda</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>Embarazo</translation>
    </message>
    <message>
        <source>Pressure</source>
        <extracomment>Translators: headings of the kinds of caution: how hard to press, the skin, a nerve close by, points a partner must press.</extracomment>
        <translation>Presión</translation>
    </message>
    <message>
        <source>Sit</source>
        <translation>Siéntate</translation>
    </message>
    <message>
        <source>Skin</source>
        <translation>Piel</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Fuentes:</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>Ponte de pie</translation>
    </message>
    <message>
        <source>Where</source>
        <extracomment>Translators: a heading, where on the body the point is.</extracomment>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Where to press:</source>
        <translation>Dónde presionar:</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Dónde:</translation>
    </message>
    <message>
        <source>also called {name}</source>
        <translation>también llamado {name}</translation>
    </message>
    <message>
        <source>also called {name} in {article}</source>
        <translation>también llamado {name} en {article}</translation>
    </message>
    <message>
        <source>also written {codes}</source>
        <translation>también escrito {codes}</translation>
    </message>
    <message>
        <source>from standard safety references</source>
        <translation>según referencias de seguridad estándar</translation>
    </message>
    <message>
        <source>from the source articles</source>
        <translation>según los artículos de origen</translation>
    </message>
    <message>
        <source>from {sources}</source>
        <translation>según {sources}</translation>
    </message>
    <message>
        <source>on each side</source>
        <translation>en cada lado</translation>
    </message>
    <message>
        <source>once</source>
        <translation>una vez</translation>
    </message>
    <message>
        <source>standard name (WHO 2008)</source>
        <translation>nombre estándar (OMS 2008)</translation>
    </message>
    <message>
        <source>{n} times</source>
        <translation>{n} veces</translation>
    </message>
</context>
<context>
    <name>PracticeCalendar</name>
    <message>
        <source>Days practised</source>
        <translation>Días de práctica</translation>
    </message>
    <message>
        <source>Days with a session are bold and highlighted</source>
        <translation>Los días con sesión aparecen en negrita y resaltados</translation>
    </message>
    <message numerus="yes">
        <source>Goal met %n week(s) in a row.</source>
        <translation>
            <numerusform>Objetivo cumplido durante %n semana.</numerusform>
            <numerusform>Objetivo cumplido %n semanas seguidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No week in a row at your goal of %n day(s) yet.</source>
        <translation>
            <numerusform>Todavía no has cumplido tu objetivo de %n día en ninguna semana.</numerusform>
            <numerusform>Todavía no has cumplido tu objetivo de %n días en ninguna semana.</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected day</source>
        <translation>El día seleccionado</translation>
    </message>
    <message>
        <source>This week&apos;s progress toward your goal</source>
        <translation>Progreso de esta semana hacia tu objetivo</translation>
    </message>
    <message>
        <source>Weeks in a row at your goal</source>
        <translation>Semanas seguidas cumpliendo tu objetivo</translation>
    </message>
    <message>
        <source>{day}: no session</source>
        <translation>{day}: sin sesión</translation>
    </message>
    <message>
        <source>{day}: practised</source>
        <translation>{day}: practicaste</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n day(s) this week</source>
        <translation>
            <numerusform>{done} de %n día esta semana</numerusform>
            <numerusform>{done} de %n días esta semana</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Regions</name>
    <message>
        <source>hips and buttocks</source>
        <translation>caderas y glúteos</translation>
    </message>
    <message>
        <source>legs</source>
        <translation>piernas</translation>
    </message>
    <message>
        <source>lower back, left</source>
        <translation>zona lumbar, lado izquierdo</translation>
    </message>
    <message>
        <source>lower back, right</source>
        <translation>zona lumbar, lado derecho</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>cuello</translation>
    </message>
    <message>
        <source>upper back</source>
        <translation>parte alta de la espalda</translation>
    </message>
</context>
<context>
    <name>ReliefPanel</name>
    <message>
        <source>Does it help? Change in pain per routine</source>
        <translation>¿Te ayuda? Cambio del dolor por rutina</translation>
    </message>
    <message>
        <source>No clear change</source>
        <translation>Sin cambio claro</translation>
    </message>
    <message>
        <source>Pain after minus pain before, on average (negative: less pain after)</source>
        <translation>Dolor después menos dolor antes, en promedio (negativo: menos dolor después)</translation>
    </message>
    <message>
        <source>Pain change</source>
        <translation>Cambio del dolor</translation>
    </message>
    <message>
        <source>Pain is higher after</source>
        <translation>Más dolor después</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Valoradas</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Seems to help</source>
        <translation>Parece ayudar</translation>
    </message>
    <message>
        <source>Sessions rated before and after, of all the routine&apos;s sessions</source>
        <translation>Sesiones valoradas antes y después, del total de sesiones de la rutina</translation>
    </message>
    <message>
        <source>The average change in pain from before to after a session, over the sessions rated both times (0 = no pain, 10 = the worst). A routine needs {n} rated sessions before it can be judged.</source>
        <translation>El cambio promedio del dolor de antes a después de una sesión, en las sesiones valoradas ambas veces (0 = sin dolor, 10 = el peor). Una rutina necesita {n} sesiones valoradas antes de poder evaluarla.</translation>
    </message>
    <message>
        <source>Too few ratings yet</source>
        <translation>Aún hay pocas valoraciones</translation>
    </message>
    <message>
        <source>What it suggests</source>
        <translation>Lo que sugiere</translation>
    </message>
    <message>
        <source>{rated} of {sessions}</source>
        <translation>{rated} de {sessions}</translation>
    </message>
</context>
<context>
    <name>ReminderNotices</name>
    <message>
        <source>In 10 minutes</source>
        <translation>En 10 minutos</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Empezar ahora</translation>
    </message>
    <message>
        <source>Time for {routine}</source>
        <translation>Es hora de {routine}</translation>
    </message>
    <message>
        <source>Your daily acupressure for back pain is due.</source>
        <translation>Es el momento de tu acupresión diaria para el dolor de espalda.</translation>
    </message>
    <message>
        <source>your acupressure</source>
        <translation>tu acupresión</translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <source> days a week</source>
        <translation> días a la semana</translation>
    </message>
    <message>
        <source>&amp;Add reminder</source>
        <translation>&amp;Añadir recordatorio</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>Seguir &amp;funcionando en la bandeja del sistema al cerrar la ventana</translation>
    </message>
    <message>
        <source>&amp;Remove reminder</source>
        <translation>&amp;Quitar recordatorio</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Hora:</translation>
    </message>
    <message>
        <source>Acupressure helps most when done every day. A reminder is a desktop notification at a time of day; it says nothing when you already practised that routine today.</source>
        <translation>La acupresión ayuda más si la haces todos los días. Un recordatorio es una notificación del escritorio a una hora del día; no aparece si ya practicaste esa rutina hoy.</translation>
    </message>
    <message>
        <source>Add reminder</source>
        <translation>Añadir recordatorio</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Días:</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Seguir funcionando en la bandeja del sistema al cerrar la ventana</translation>
    </message>
    <message>
        <source>R&amp;outine:</source>
        <translation>&amp;Rutina:</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Hora del recordatorio</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Reminders and daily practice</source>
        <translation>Recordatorios y práctica diaria</translation>
    </message>
    <message>
        <source>Remove reminder</source>
        <translation>Quitar recordatorio</translation>
    </message>
    <message>
        <source>Routine of the reminder</source>
        <translation>Rutina del recordatorio</translation>
    </message>
    <message>
        <source>Selected reminder</source>
        <translation>Recordatorio seleccionado</translation>
    </message>
    <message>
        <source>Start in the tray when I &amp;log in</source>
        <translation>Abrir en la bandeja del sistema al &amp;iniciar sesión en el equipo</translation>
    </message>
    <message>
        <source>Start in the tray when I log in</source>
        <translation>Abrir en la bandeja del sistema al iniciar sesión en el equipo</translation>
    </message>
    <message>
        <source>The routine used last</source>
        <translation>La última rutina usada</translation>
    </message>
    <message>
        <source>This desktop shows no tray icons: acupress-gui cannot stay in the background, so reminders come only while its window is open.</source>
        <translation>Este escritorio no muestra iconos en la bandeja del sistema: acupress-gui no puede quedarse en segundo plano, así que los recordatorios solo llegan mientras su ventana está abierta.</translation>
    </message>
    <message>
        <source>Weekly &amp;goal:</source>
        <translation>&amp;Objetivo semanal:</translation>
    </message>
    <message>
        <source>Weekly goal in days</source>
        <translation>Objetivo semanal en días</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>todos los días</translation>
    </message>
    <message>
        <source>the routine used last</source>
        <translation>la última rutina usada</translation>
    </message>
    <message>
        <source>weekdays</source>
        <translation>de lunes a viernes</translation>
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
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Guardar PDF…</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>Include my &amp;notes (they are private)</source>
        <translation>&amp;Incluir mis notas (son privadas)</translation>
    </message>
    <message>
        <source>Include my notes</source>
        <translation>Incluir mis notas</translation>
    </message>
    <message>
        <source>Name on the report (optional)</source>
        <translation>Nombre en el informe (opcional)</translation>
    </message>
    <message>
        <source>Optional: who the report is for</source>
        <translation>Opcional: para quién es el informe</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Preview the report</source>
        <translation>Previsualizar el informe</translation>
    </message>
    <message>
        <source>Report from date</source>
        <translation>Fecha de inicio del informe</translation>
    </message>
    <message>
        <source>Report not made</source>
        <translation>No se pudo crear el informe</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>No se guardó el informe</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Vista previa del informe</translation>
    </message>
    <message>
        <source>Report saved to {file} ({pages}).</source>
        <translation>Se guardó el informe en {file} ({pages}).</translation>
    </message>
    <message>
        <source>Report to date</source>
        <translation>Fecha de fin del informe</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Guardar informe</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Guardar el informe como PDF</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}. Choose another folder.</source>
        <translation>No se pudo escribir {file}: {reason}. Elige otra carpeta.</translation>
    </message>
    <message>
        <source>{sessions} in this period. Paper: {paper}.</source>
        <translation>{sessions} en este período. Papel: {paper}.</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semana</numerusform>
            <numerusform>%n semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>A record the person kept themselves with acupress-gui, not a diagnosis. {first} – {last}</source>
        <translation>Registro llevado por la propia persona con acupress-gui, no un diagnóstico. {first} – {last}</translation>
    </message>
    <message>
        <source>Acupressure for back pain: a self-kept record</source>
        <translation>Acupresión para el dolor de espalda: registro personal</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>For: {name}</source>
        <translation>Para: {name}</translation>
    </message>
    <message>
        <source>General cautions</source>
        <translation>Precauciones generales</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Presiones</translation>
    </message>
    <message>
        <source>Made on {day}</source>
        <translation>Creado el {day}</translation>
    </message>
    <message>
        <source>No clear change</source>
        <translation>Sin cambio claro</translation>
    </message>
    <message>
        <source>No notes in this period.</source>
        <translation>No hay notas en este período.</translation>
    </message>
    <message>
        <source>No session in this period.</source>
        <translation>No hay sesiones en este período.</translation>
    </message>
    <message>
        <source>No session of this period marked where it hurt.</source>
        <translation>Ninguna sesión de este período indica dónde dolía.</translation>
    </message>
    <message>
        <source>No session of this period was rated before and after.</source>
        <translation>Ninguna sesión de este período se valoró antes y después.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Once a week, after a session, two questions of the app&apos;s own (not a published questionnaire), each from 0 to 10: how much did pain get in the way of your daily activities (0 = not at all, 10 = completely), and how well did you sleep (0 = very badly, 10 = very well).</source>
        <translation>Una vez a la semana, después de una sesión, dos preguntas propias de la aplicación (no de un cuestionario publicado), cada una de 0 a 10: cuánto interfirió el dolor en tus actividades diarias (0 = nada, 10 = totalmente) y qué tal dormiste (0 = muy mal, 10 = muy bien).</translation>
    </message>
    <message>
        <source>Page {n}</source>
        <translation>Página {n}</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>Dolor después</translation>
    </message>
    <message>
        <source>Pain before</source>
        <translation>Dolor antes</translation>
    </message>
    <message>
        <source>Pain before and after each session</source>
        <translation>Dolor antes y después de cada sesión</translation>
    </message>
    <message>
        <source>Pain before and after: the averages of the sessions rated both times that week.</source>
        <translation>Dolor antes y después: promedios de las sesiones valoradas ambas veces esa semana.</translation>
    </message>
    <message>
        <source>Pain change</source>
        <translation>Cambio del dolor</translation>
    </message>
    <message>
        <source>Pain change: the average of pain after minus pain before over the sessions rated both times (negative: less pain after).</source>
        <translation>Cambio del dolor: promedio del dolor después menos el dolor antes en las sesiones valoradas ambas veces (negativo: menos dolor después).</translation>
    </message>
    <message>
        <source>Pain from 0 (none) to 10 (the worst). Each session rated before and after is a pair of marks; the lines join the weekly averages.</source>
        <translation>Dolor de 0 (nada) a 10 (el peor). Cada sesión valorada antes y después es un par de marcas; las líneas unen los promedios semanales.</translation>
    </message>
    <message>
        <source>Pain in the way</source>
        <translation>Interferencia del dolor</translation>
    </message>
    <message>
        <source>Pain is higher after</source>
        <translation>Más dolor después</translation>
    </message>
    <message>
        <source>Period: {first} to {last} ({weeks})</source>
        <translation>Período: del {first} al {last} ({weeks})</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Valoradas</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Routines used, and does it help?</source>
        <translation>Rutinas usadas: ¿ayudan?</translation>
    </message>
    <message>
        <source>Seems to help</source>
        <translation>Parece ayudar</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Sessions and days practised per week</source>
        <translation>Sesiones y días de práctica por semana</translation>
    </message>
    <message>
        <source>Share of sessions</source>
        <translation>Porcentaje de sesiones</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Sueño</translation>
    </message>
    <message numerus="yes">
        <source>The latest notes; %n older note(s) left out.</source>
        <translation>
            <numerusform>Las notas más recientes; se omite %n nota anterior.</numerusform>
            <numerusform>Las notas más recientes; se omiten %n notas anteriores.</numerusform>
        </translation>
    </message>
    <message>
        <source>The person kept this record themselves with the acupress-gui app: the sessions of acupressure they did and how much their back hurt before and after (0 = no pain, 10 = the worst pain). It is not a diagnosis and not a medical assessment.</source>
        <translation>La persona llevó este registro por su cuenta con la aplicación acupress-gui: las sesiones de acupresión que hizo y cuánto le dolía la espalda antes y después (0 = sin dolor, 10 = el peor dolor). No es un diagnóstico ni una evaluación médica.</translation>
    </message>
    <message>
        <source>This is a self-kept record, not a diagnosis. Acupressure does not replace a medical examination; back pain that lasts, gets worse or comes with numbness, weakness or fever needs a professional.</source>
        <translation>Este es un registro personal, no un diagnóstico. La acupresión no sustituye una exploración médica; el dolor de espalda que persiste, empeora o se acompaña de entumecimiento, debilidad o fiebre debe valorarlo un profesional.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Time per point and side</source>
        <translation>Tiempo por punto y lado</translation>
    </message>
    <message>
        <source>Too few ratings yet</source>
        <translation>Aún hay pocas valoraciones</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Semana del</translation>
    </message>
    <message>
        <source>Weekly check-in</source>
        <translation>Seguimiento semanal</translation>
    </message>
    <message>
        <source>What it suggests</source>
        <translation>Lo que sugiere</translation>
    </message>
    <message>
        <source>Where the pain was</source>
        <translation>Dónde había dolor</translation>
    </message>
    <message>
        <source>after</source>
        <translation>después</translation>
    </message>
    <message>
        <source>before a session</source>
        <translation>antes de una sesión</translation>
    </message>
    <message>
        <source>pain got in the way</source>
        <translation>interferencia del dolor</translation>
    </message>
    <message>
        <source>slept well</source>
        <translation>calidad del sueño</translation>
    </message>
    <message>
        <source>weekly average after</source>
        <translation>promedio semanal después</translation>
    </message>
    <message>
        <source>weekly average before</source>
        <translation>promedio semanal antes</translation>
    </message>
    <message>
        <source>weekly average pain after</source>
        <translation>promedio semanal del dolor después</translation>
    </message>
    <message>
        <source>{rated} rated before and after: on average {before} before and {after} after.</source>
        <translation>Valoradas antes y después: {rated}; en promedio, {before} antes y {after} después.</translation>
    </message>
    <message>
        <source>{sessions} on {days}, {time} in total.</source>
        <translation>{sessions} en {days}, {time} en total.</translation>
    </message>
</context>
<context>
    <name>RoutineChanges</name>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n paso</numerusform>
            <numerusform>%n pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “{name}”</source>
        <translation>Eliminar “{name}”</translation>
    </message>
    <message>
        <source>Deleted “{name}”. {keys} brings it back.</source>
        <translation>Se eliminó “{name}”. Con {keys} la recuperas.</translation>
    </message>
    <message>
        <source>Duplicate “{name}”</source>
        <translation>Duplicar “{name}”</translation>
    </message>
    <message>
        <source>Exported “{name}” to {path}.</source>
        <translation>Se exportó “{name}” a {path}.</translation>
    </message>
    <message>
        <source>Import “{name}”</source>
        <translation>Importar “{name}”</translation>
    </message>
    <message>
        <source>Imported “{name}” ({steps}).</source>
        <translation>Se importó “{name}” ({steps}).</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nueva rutina</translation>
    </message>
    <message>
        <source>The file of “{name}” could not be removed: {reason}</source>
        <translation>No se pudo eliminar el archivo de “{name}”: {reason}</translation>
    </message>
    <message>
        <source>The routine could not be exported to {path}: {reason}</source>
        <translation>No se pudo exportar la rutina a {path}: {reason}</translation>
    </message>
    <message>
        <source>{file} was not imported: {reason}</source>
        <translation>No se importó {file}: {reason}</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (copia)</translation>
    </message>
    <message>
        <source>“{name}” could not be saved to {folder}: {reason}. The change is kept only until you close the app.</source>
        <translation>No se pudo guardar “{name}” en {folder}: {reason}. El cambio se conserva solo hasta que cierres la aplicación.</translation>
    </message>
    <message>
        <source>“{name}” is your copy: drag points in, reorder, change the timings.</source>
        <translation>“{name}” es tu copia: arrastra puntos, cambia el orden y ajusta los tiempos.</translation>
    </message>
</context>
<context>
    <name>RoutineDetails</name>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n paso</numerusform>
            <numerusform>%n pasos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown point(s) skipped</source>
        <translation>
            <numerusform>%n punto desconocido omitido</numerusform>
            <numerusform>%n puntos desconocidos omitidos</numerusform>
        </translation>
    </message>
    <message>
        <source>A description has at most {n} characters.</source>
        <translation>Una descripción tiene como máximo {n} caracteres.</translation>
    </message>
    <message>
        <source>A name cannot contain line breaks or control characters.</source>
        <translation>Un nombre no puede contener saltos de línea ni caracteres de control.</translation>
    </message>
    <message>
        <source>A name has at most {n} characters.</source>
        <translation>Un nombre tiene como máximo {n} caracteres.</translation>
    </message>
    <message>
        <source>A routine needs a name.</source>
        <translation>Una rutina necesita un nombre.</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation>Editar descripción</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Name problem</source>
        <translation>Problema con el nombre</translation>
    </message>
    <message>
        <source>No steps yet</source>
        <translation>Todavía no hay pasos</translation>
    </message>
    <message>
        <source>Rename routine</source>
        <translation>Cambiar nombre de la rutina</translation>
    </message>
    <message>
        <source>Routine description</source>
        <translation>Descripción de la rutina</translation>
    </message>
    <message>
        <source>Routine name</source>
        <translation>Nombre de la rutina</translation>
    </message>
    <message>
        <source>There is already a routine called “{name}”.</source>
        <translation>Ya hay una rutina llamada “{name}”.</translation>
    </message>
    <message>
        <source>Total duration</source>
        <translation>Duración total</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total:</translation>
    </message>
    <message>
        <source>What this routine is for, when to do it, where the points come from</source>
        <translation>Para qué sirve esta rutina, cuándo hacerla, de dónde vienen los puntos</translation>
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
            <numerusform>%n paso</numerusform>
            <numerusform>%n pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>Built-in (read-only). {text}</source>
        <translation>Predefinida (solo lectura). {text}</translation>
    </message>
    <message>
        <source>Built-in routines are read-only. Create a new routine, or duplicate one to make it your own.</source>
        <translation>Las rutinas predefinidas son de solo lectura. Crea una rutina nueva o duplica una para hacerla tuya.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <source>Rou&amp;tines</source>
        <translation>&amp;Rutinas</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
</context>
<context>
    <name>RoutinesPage</name>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n paso</numerusform>
            <numerusform>%n pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete routine</source>
        <translation>&amp;Eliminar rutina</translation>
    </message>
    <message>
        <source>&amp;Export routine…</source>
        <translation>E&amp;xportar rutina…</translation>
    </message>
    <message>
        <source>&amp;Import routine…</source>
        <translation>&amp;Importar rutina…</translation>
    </message>
    <message>
        <source>&amp;New routine</source>
        <translation>&amp;Nueva rutina</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message numerus="yes">
        <source>Add %n point(s)</source>
        <translation>
            <numerusform>Añadir %n punto</numerusform>
            <numerusform>Añadir %n puntos</numerusform>
        </translation>
    </message>
    <message>
        <source>Add {code}</source>
        <translation>Añadir {code}</translation>
    </message>
    <message>
        <source>Built-in routines cannot be deleted.</source>
        <translation>Las rutinas predefinidas no se pueden eliminar.</translation>
    </message>
    <message>
        <source>Built-in, read-only</source>
        <translation>Incluida, solo lectura</translation>
    </message>
    <message>
        <source>Caution in pregnancy</source>
        <translation>Precaución en el embarazo</translation>
    </message>
    <message>
        <source>Change step</source>
        <translation>Cambiar paso</translation>
    </message>
    <message>
        <source>D&amp;uplicate routine</source>
        <translation>D&amp;uplicar rutina</translation>
    </message>
    <message>
        <source>Drag steps out</source>
        <translation>Quitar pasos arrastrando</translation>
    </message>
    <message>
        <source>Duplicate step</source>
        <translation>Duplicar paso</translation>
    </message>
    <message>
        <source>Export routine</source>
        <translation>Exportar rutina</translation>
    </message>
    <message>
        <source>Import routine</source>
        <translation>Importar rutina</translation>
    </message>
    <message numerus="yes">
        <source>Move %n step(s)</source>
        <translation>
            <numerusform>Mover %n paso</numerusform>
            <numerusform>Mover %n pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>Mover paso</translation>
    </message>
    <message>
        <source>Move step down</source>
        <translation>Bajar paso</translation>
    </message>
    <message>
        <source>Move step up</source>
        <translation>Subir paso</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nueva rutina</translation>
    </message>
    <message>
        <source>Open or create a routine first.</source>
        <translation>Primero abre o crea una rutina.</translation>
    </message>
    <message>
        <source>Point not in the catalogue</source>
        <translation>El punto no está en el catálogo</translation>
    </message>
    <message>
        <source>Re&amp;name routine</source>
        <translation>&amp;Cambiar nombre de la rutina</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n step(s)</source>
        <translation>
            <numerusform>Quitar %n paso</numerusform>
            <numerusform>Quitar %n pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Quitar paso</translation>
    </message>
    <message>
        <source>Routine files (*.json)</source>
        <translation>Archivos de rutina (*.json)</translation>
    </message>
    <message>
        <source>Routine files (*.json);;All files (*)</source>
        <translation>Archivos de rutina (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The point {code} is not in the catalogue of this version. The step is kept in the routine but skipped when you run it.</source>
        <translation>El punto {code} no está en el catálogo de esta versión. El paso se conserva en la rutina, pero se omite al hacerla.</translation>
    </message>
    <message>
        <source>hold {hold} s · rest {rest} s · {reps}× · {sides} · prepare {prepare} s</source>
        <translation>presiona {hold} s · descansa {rest} s · {reps}× · {sides} · prepárate {prepare} s</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>{n}. unknown point {code}</source>
        <translation>{n}. punto desconocido {code}</translation>
    </message>
    <message>
        <source>“{name}” is a built-in routine: use “Duplicate to edit” to change it.</source>
        <translation>“{name}” es una rutina predefinida: usa “Duplicar para editar” para cambiarla.</translation>
    </message>
</context>
<context>
    <name>RunningPanel</name>
    <message>
        <source>Cautions</source>
        <translation>Precauciones</translation>
    </message>
    <message>
        <source>For your helper:</source>
        <translation>Para quien te ayuda:</translation>
    </message>
    <message>
        <source>If you cannot reach it:</source>
        <translation>Si no llegas al punto:</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <source>Instructions and cautions</source>
        <translation>Instrucciones y precauciones</translation>
    </message>
    <message>
        <source>Needs a partner.</source>
        <translation>Necesita otra persona.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next: done</source>
        <translation>Siguiente: fin</translation>
    </message>
    <message>
        <source>Next: {name}</source>
        <translation>Siguiente: {name}</translation>
    </message>
    <message>
        <source>Next: {phase}</source>
        <translation>Siguiente: {phase}</translation>
    </message>
    <message>
        <source>Paused · {phase}</source>
        <translation>En pausa · {phase}</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Postura</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Repetition</source>
        <translation>Repetición</translation>
    </message>
    <message>
        <source>Repetition {x} of {n}</source>
        <translation>Repetición {x} de {n}</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Step {x} of {n}  ·  {time} left</source>
        <translation>Paso {x} de {n}  ·  quedan {time}</translation>
    </message>
    <message>
        <source>The sources give no way to do this one alone: skip it (Right) if no one can help.</source>
        <translation>Las fuentes no indican cómo hacer este punto sin ayuda: sáltalo (tecla Derecha) si nadie puede ayudarte.</translation>
    </message>
    <message>
        <source>Then the next point:</source>
        <translation>Después, el siguiente punto:</translation>
    </message>
    <message>
        <source>Where to press:</source>
        <translation>Dónde presionar:</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Dónde:</translation>
    </message>
</context>
<context>
    <name>SafetyNotice</name>
    <message>
        <source>&amp;I understand</source>
        <translation>&amp;Entendido</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>Acupressure is gentle, but it is not for every body or every day. Please read this once before your first session.</source>
        <translation>La acupresión es suave, pero no es adecuada para todo el mundo ni para todos los días. Por favor, lee esto una vez antes de tu primera sesión.</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>Entendido</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Safety cautions</source>
        <translation>Precauciones de seguridad</translation>
    </message>
    <message>
        <source>Safety notice</source>
        <translation>Aviso de seguridad</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>{action} (Space)</source>
        <translation>{action} (Espacio)</translation>
    </message>
</context>
<context>
    <name>SessionDetail</name>
    <message numerus="yes">
        <source>%Ln hold(s), {held} held</source>
        <translation>
            <numerusform>%Ln presión, {held} de presión</numerusform>
            <numerusform>%Ln presiones, {held} de presión</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Presionado</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Presiones</translation>
    </message>
    <message>
        <source>How did it feel? Anything to remember next time?</source>
        <translation>¿Cómo te sentiste? ¿Algo que recordar para la próxima vez?</translation>
    </message>
    <message>
        <source>No session matches these filters.</source>
        <translation>Ninguna sesión coincide con estos filtros.</translation>
    </message>
    <message>
        <source>No sessions yet. Run one on the Session page (Ctrl+1): it appears here with its holds, and you can rate how it helped. You can also import a CSV file.</source>
        <translation>Todavía no hay sesiones. Haz una en la página Sesión (Ctrl+1): aparecerá aquí con sus presiones y podrás valorar cuánto te ayudó. También puedes importar un archivo CSV.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Pain &amp;after:</source>
        <translation>Dolor desp&amp;ués:</translation>
    </message>
    <message>
        <source>Pain &amp;before:</source>
        <translation>Dolor &amp;antes:</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>Dolor después</translation>
    </message>
    <message>
        <source>Pain before</source>
        <translation>Dolor antes</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Rep.</source>
        <translation>Rep.</translation>
    </message>
    <message>
        <source>Repetition on this side</source>
        <translation>Repetición en este lado</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Revert ratings and note</source>
        <translation>Revertir valoraciones y nota</translation>
    </message>
    <message>
        <source>Save chan&amp;ges</source>
        <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
        <source>Save ratings and note</source>
        <translation>Guardar valoraciones y nota</translation>
    </message>
    <message>
        <source>Save the ratings and the note (Ctrl+S)</source>
        <translation>Guardar las valoraciones y la nota (Ctrl+S)</translation>
    </message>
    <message>
        <source>Select a session to see its holds, ratings and note.</source>
        <translation>Selecciona una sesión para ver sus presiones, valoraciones y nota.</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>Resumen de la sesión</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>The app closed during this session; the holds finished before were kept.</source>
        <translation>La aplicación se cerró durante esta sesión; se conservaron las presiones terminadas hasta entonces.</translation>
    </message>
    <message>
        <source>The ratings and the note could not be saved: {error}</source>
        <translation>No se pudieron guardar las valoraciones ni la nota: {error}</translation>
    </message>
    <message>
        <source>Weekly check-in: pain got in the way {interference}/10, slept {sleep}/10</source>
        <translation>Seguimiento semanal: interferencia del dolor {interference}/10, sueño {sleep}/10</translation>
    </message>
    <message>
        <source>Where it hurt: {regions}</source>
        <translation>Dónde dolía: {regions}</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message numerus="yes">
        <source>%n hold(s)</source>
        <translation>
            <numerusform>%n presión</numerusform>
            <numerusform>%n presiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n punto</numerusform>
            <numerusform>%n puntos</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation>&amp;Mantenerlos</translation>
    </message>
    <message>
        <source>&amp;Skip them</source>
        <translation>&amp;Saltarlos</translation>
    </message>
    <message>
        <source>&amp;Stop session</source>
        <translation>&amp;Detener la sesión</translation>
    </message>
    <message>
        <source>Paused. Press Space to go on.</source>
        <translation>En pausa. Pulsa Espacio para continuar.</translation>
    </message>
    <message>
        <source>Paused: the computer was asleep. Press Space to go on.</source>
        <translation>En pausa: el equipo estaba en suspensión. Pulsa Espacio para continuar.</translation>
    </message>
    <message>
        <source>Points to avoid in pregnancy</source>
        <translation>Puntos que evitar en el embarazo</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Session complete. Well done.</source>
        <translation>Sesión completada. Muy bien.</translation>
    </message>
    <message>
        <source>Session ended.</source>
        <translation>Sesión terminada.</translation>
    </message>
    <message>
        <source>Session stopped.</source>
        <translation>Sesión detenida.</translation>
    </message>
    <message>
        <source>Stop now? What you have done so far is kept in your history.</source>
        <translation>¿Detener ahora? Lo que has hecho hasta ahora se guarda en tu historial.</translation>
    </message>
    <message>
        <source>Stop the session?</source>
        <translation>¿Detener la sesión?</translation>
    </message>
    <message>
        <source>The session was paused: the computer stopped responding for {duration}. Press Space to go on.</source>
        <translation>La sesión se pausó: el equipo dejó de responder durante {duration}. Pulsa Espacio para continuar.</translation>
    </message>
    <message>
        <source>This routine has no points that can be run.</source>
        <translation>Esta rutina no tiene puntos que se puedan hacer.</translation>
    </message>
    <message>
        <source>This routine includes {codes}. The sources say these points can induce labour and should be avoided in pregnancy.</source>
        <translation>Esta rutina incluye {codes}. Según las fuentes, estos puntos pueden inducir el parto y deben evitarse en el embarazo.</translation>
    </message>
</context>
<context>
    <name>SessionRun</name>
    <message>
        <source>History could not be written: {error}</source>
        <translation>No se pudo escribir en el historial: {error}</translation>
    </message>
</context>
<context>
    <name>SessionTable</name>
    <message>
        <source>Holds</source>
        <translation>Presiones</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
</context>
<context>
    <name>SessionText</name>
    <message>
        <source>Change position</source>
        <translation>Cambia de postura</translation>
    </message>
    <message>
        <source>Change position: {how}.</source>
        <translation>Cambia de postura: {how}.</translation>
    </message>
    <message>
        <source>Find the point</source>
        <translation>Busca el punto</translation>
    </message>
    <message>
        <source>Find {name}, {side}.</source>
        <translation>Busca {name}, {side}.</translation>
    </message>
    <message>
        <source>Find {name}.</source>
        <translation>Busca {name}.</translation>
    </message>
    <message>
        <source>Get comfortable for the next point</source>
        <translation>Acomódate para el siguiente punto</translation>
    </message>
    <message>
        <source>Helper: find {name}.</source>
        <translation>Ayudante: busca {name}.</translation>
    </message>
    <message>
        <source>Helper: press now.</source>
        <translation>Ayudante: presiona ahora.</translation>
    </message>
    <message>
        <source>Helper: release.</source>
        <translation>Ayudante: suelta.</translation>
    </message>
    <message>
        <source>Helper: the other side.</source>
        <translation>Ayudante: el otro lado.</translation>
    </message>
    <message>
        <source>Next point</source>
        <translation>Siguiente punto</translation>
    </message>
    <message>
        <source>Next: {name}.</source>
        <translation>Siguiente: {name}.</translation>
    </message>
    <message>
        <source>Press</source>
        <extracomment>Translators: a phase shown in large letters: press the point now (an instruction).</extracomment>
        <translation>Presiona</translation>
    </message>
    <message>
        <source>Press.</source>
        <translation>Presiona.</translation>
    </message>
    <message>
        <source>Release</source>
        <extracomment>Translators: a phase shown in large letters: stop pressing and rest (an instruction).</extracomment>
        <translation>Suelta</translation>
    </message>
    <message>
        <source>Release.</source>
        <translation>Suelta.</translation>
    </message>
    <message>
        <source>Switch to the left side</source>
        <translation>Cambia al lado izquierdo</translation>
    </message>
    <message>
        <source>Switch to the right side</source>
        <translation>Cambia al lado derecho</translation>
    </message>
</context>
<context>
    <name>SessionsPanel</name>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln sesión</numerusform>
            <numerusform>%Ln sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>Add the sessions of a history CSV file; sessions already here are skipped</source>
        <translation>Añadir las sesiones de un archivo CSV de historial; las sesiones que ya están aquí se omiten</translation>
    </message>
    <message>
        <source>Delete the selected sessions</source>
        <translation>Eliminar las sesiones seleccionadas</translation>
    </message>
    <message>
        <source>Delete the selected sessions (Del); can be undone</source>
        <translation>Eliminar las sesiones seleccionadas (Supr); se puede deshacer</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>Exportar historial como CSV</translation>
    </message>
    <message>
        <source>Export the whole history as a CSV file (Ctrl+E)</source>
        <translation>Exportar todo el historial como archivo CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>Import history from CSV</source>
        <translation>Importar historial desde CSV</translation>
    </message>
    <message>
        <source>Number of sessions shown</source>
        <translation>Número de sesiones mostradas</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln session(s) shown</source>
        <translation>
            <numerusform>Mostrando {shown} de %Ln sesión</numerusform>
            <numerusform>Mostrando {shown} de %Ln sesiones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsKeeper</name>
    <message>
        <source>Sound off</source>
        <translation>Sonido desactivado</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>Sonido activado</translation>
    </message>
    <message>
        <source>Text size {percent} %</source>
        <translation>Tamaño del texto {percent} %</translation>
    </message>
    <message>
        <source>The new language is used the next time you start acupress-gui.</source>
        <translation>El nuevo idioma se usará la próxima vez que inicies acupress-gui.</translation>
    </message>
</context>
<context>
    <name>SettingsMenu</name>
    <message>
        <source>&amp;Breathing guide during holds</source>
        <translation>&amp;Guía de respiración durante las presiones</translation>
    </message>
    <message>
        <source>&amp;Reduce motion</source>
        <translation>&amp;Reducir movimiento</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>Breathe in as the ring grows, out slowly as it shrinks (6 breaths a minute)</source>
        <translation>Inhala mientras el anillo crece y exhala despacio mientras se encoge (6 respiraciones por minuto)</translation>
    </message>
    <message>
        <source>Flag points the sources advise against in pregnancy, and ask before them</source>
        <translation>Marcar los puntos que las fuentes desaconsejan en el embarazo y preguntar antes de hacerlos</translation>
    </message>
    <message>
        <source>I am &amp;pregnant</source>
        <translation>Estoy &amp;embarazada</translation>
    </message>
    <message>
        <source>Once a week: how much pain got in the way, and how well you slept (0-10)</source>
        <translation>Una vez a la semana: cuánto interfirió el dolor y qué tal dormiste (0-10)</translation>
    </message>
    <message>
        <source>Practice reminders, the tray, starting at log-in and your weekly goal</source>
        <translation>Recordatorios de práctica, la bandeja del sistema, el inicio automático y tu objetivo semanal</translation>
    </message>
    <message>
        <source>R&amp;eminders…</source>
        <translation>Re&amp;cordatorios…</translation>
    </message>
    <message>
        <source>Session &amp;timing…</source>
        <translation>&amp;Tiempos de la sesión…</translation>
    </message>
    <message>
        <source>Sound &amp;volume</source>
        <translation>V&amp;olumen del sonido</translation>
    </message>
    <message>
        <source>V&amp;oice cues</source>
        <translation>Avisos de &amp;voz</translation>
    </message>
    <message>
        <source>Weekly &amp;check-in after a session</source>
        <translation>&amp;Seguimiento semanal después de una sesión</translation>
    </message>
</context>
<context>
    <name>SetupPanel</name>
    <message>
        <source>&amp;Pain now (0–10, optional):</source>
        <translation>&amp;Dolor ahora (0–10, opcional):</translation>
    </message>
    <message>
        <source>&amp;Where it hurts (optional):</source>
        <translation>Dónde &amp;te duele (opcional):</translation>
    </message>
    <message>
        <source>A &amp;helper presses for me</source>
        <translation>Un &amp;ayudante presiona por mí</translation>
    </message>
    <message>
        <source>A helper presses for me</source>
        <translation>Un ayudante presiona por mí</translation>
    </message>
    <message>
        <source>Guided session</source>
        <translation>Sesión guiada</translation>
    </message>
    <message>
        <source>No routine yet: make one on the Routines page.</source>
        <translation>Todavía no hay ninguna rutina: crea una en la página Rutinas.</translation>
    </message>
    <message>
        <source>Optional: how much does your back hurt now? 0 = none</source>
        <translation>Opcional: ¿cuánto te duele la espalda ahora? 0 = nada</translation>
    </message>
    <message>
        <source>Pain before, 0 to 10</source>
        <translation>Dolor antes, de 0 a 10</translation>
    </message>
    <message>
        <source>Points that need a partner are explained to your helper, in their words</source>
        <translation>Los puntos que necesitan otra persona se le explican directamente a tu ayudante</translation>
    </message>
    <message>
        <source>R&amp;outine:</source>
        <translation>&amp;Rutina:</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Routine overview</source>
        <translation>Resumen de la rutina</translation>
    </message>
    <message>
        <source>Start  (Space)</source>
        <translation>Empezar  (Espacio)</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>Empezar la sesión</translation>
    </message>
    <message>
        <source>This routine has no points that can be run.</source>
        <translation>Esta rutina no tiene puntos que se puedan hacer.</translation>
    </message>
    <message>
        <source>This week&apos;s progress toward your goal</source>
        <translation>Progreso de esta semana hacia tu objetivo</translation>
    </message>
    <message>
        <source>Your helper presses {codes}: the session speaks to them there.</source>
        <translation>Tu ayudante presiona {codes}: en esos puntos, la sesión se dirige a tu ayudante.</translation>
    </message>
    <message>
        <source>avoid in pregnancy</source>
        <translation>evitar en el embarazo</translation>
    </message>
    <message>
        <source>needs a partner</source>
        <translation>necesita otra persona</translation>
    </message>
    <message>
        <source>your helper presses</source>
        <translation>presiona tu ayudante</translation>
    </message>
    <message>
        <source>{codes} need a partner; the session shows what you can do alone.</source>
        <translation>{codes} necesitan otra persona; la sesión muestra lo que puedes hacer sin ayuda.</translation>
    </message>
    <message>
        <source>{codes} needs a partner; the session shows what you can do alone.</source>
        <translation>{codes} necesita otra persona; la sesión muestra lo que puedes hacer sin ayuda.</translation>
    </message>
    <message>
        <source>{codes}: not in the point catalogue, left out.</source>
        <translation>{codes}: no está en el catálogo de puntos; se omite.</translation>
    </message>
    <message>
        <source>{hold} × {reps}</source>
        <translation>{hold} × {reps}</translation>
    </message>
    <message>
        <source>{name} (yours)</source>
        <translation>{name} (tuya)</translation>
    </message>
    <message>
        <source>{n}. {code}: unknown point, left out</source>
        <translation>{n}. {code}: punto desconocido, se omite</translation>
    </message>
    <message>
        <source>{points} · {time}</source>
        <translation>{points} · {time}</translation>
    </message>
    <message>
        <source>⚠ {codes}: the sources advise against these in pregnancy.</source>
        <translation>⚠ {codes}: las fuentes los desaconsejan en el embarazo.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>Sides</name>
    <message>
        <source>Left side</source>
        <translation>Lado izquierdo</translation>
    </message>
    <message>
        <source>Middle of the body</source>
        <translation>Centro del cuerpo</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lado derecho</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>ambos lados</translation>
    </message>
    <message>
        <source>left</source>
        <extracomment>Translators: the side of the body of one hold, in a narrow table column.</extracomment>
        <translation>izquierdo</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>lado izquierdo</translation>
    </message>
    <message>
        <source>left side only</source>
        <translation>solo lado izquierdo</translation>
    </message>
    <message>
        <source>midline</source>
        <translation>línea media</translation>
    </message>
    <message>
        <source>right</source>
        <translation>derecho</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>lado derecho</translation>
    </message>
    <message>
        <source>right side only</source>
        <translation>solo lado derecho</translation>
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
        <translation>Un punto de la línea media se presiona una sola vez, en el centro.</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Ambos lados</translation>
    </message>
    <message>
        <source>Both sides (left, then right), or one side only</source>
        <translation>Ambos lados (primero el izquierdo y luego el derecho) o solo un lado</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Presión</translation>
    </message>
    <message>
        <source>Hold seconds</source>
        <translation>Segundos de presión</translation>
    </message>
    <message>
        <source>Hold:</source>
        <translation>Presión:</translation>
    </message>
    <message>
        <source>Left only</source>
        <translation>Solo el izquierdo</translation>
    </message>
    <message>
        <source>Middle</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Prepare seconds</source>
        <translation>Segundos de preparación</translation>
    </message>
    <message>
        <source>Prepare time</source>
        <translation>Tiempo de preparación</translation>
    </message>
    <message>
        <source>Prepare:</source>
        <translation>Preparación:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Repeticiones:</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Rest seconds</source>
        <translation>Segundos de descanso</translation>
    </message>
    <message>
        <source>Rest:</source>
        <translation>Descanso:</translation>
    </message>
    <message>
        <source>Right only</source>
        <translation>Solo el derecho</translation>
    </message>
    <message numerus="yes">
        <source>Settings of %n step(s)</source>
        <translation>
            <numerusform>Ajustes de %n paso</numerusform>
            <numerusform>Ajustes de %n pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Lados</translation>
    </message>
    <message>
        <source>Sides:</source>
        <translation>Lados:</translation>
    </message>
    <message>
        <source>Skipped: unknown point</source>
        <translation>Se omite: punto desconocido</translation>
    </message>
    <message>
        <source>Step settings</source>
        <translation>Ajustes del paso</translation>
    </message>
    <message>
        <source>Step settings problem</source>
        <translation>Problema con los ajustes del paso</translation>
    </message>
    <message>
        <source>Step settings: select a step</source>
        <translation>Ajustes del paso: selecciona un paso</translation>
    </message>
    <message>
        <source>Step takes {duration}</source>
        <translation>El paso dura {duration}</translation>
    </message>
    <message>
        <source>Step {n} settings: {code} {name}</source>
        <translation>Ajustes del paso {n}: {code} {name}</translation>
    </message>
    <message>
        <source>unknown point</source>
        <translation>punto desconocido</translation>
    </message>
    <message>
        <source>{low} to {high}{unit}</source>
        <translation>De {low} a {high}{unit}</translation>
    </message>
    <message>
        <source>{what} must be between {low} and {high}{unit}. The step keeps {kept}{unit} until you type a number in that range.</source>
        <translation>{what}: debe estar entre {low} y {high}{unit}. El paso mantiene {kept}{unit} hasta que escribas un número en ese rango.</translation>
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
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Choose a routine on the left, or create one.</source>
        <translation>Elige una rutina a la izquierda o crea una.</translation>
    </message>
    <message>
        <source>Drag steps to reorder them, or back to the library to remove them.</source>
        <translation>Arrastra para reordenar, o a la biblioteca para quitar.</translation>
    </message>
    <message>
        <source>Drag to reorder, Ctrl+Up and Ctrl+Down to move, Delete to remove the selected steps.</source>
        <translation>Arrastra para cambiar el orden; usa Ctrl+Arriba y Ctrl+Abajo para mover y Supr para quitar los pasos seleccionados.</translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation>&amp;Duplicar</translation>
    </message>
    <message>
        <source>Duplicate to edit</source>
        <translation>Duplicar para editar</translation>
    </message>
    <message>
        <source>Make an editable copy of this built-in routine</source>
        <translation>Hacer una copia editable de esta rutina predefinida</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <source>No steps yet.

Drag points here from the library, or select a point and press Enter.</source>
        <translation>Todavía no hay pasos.

Arrastra puntos aquí desde la biblioteca, o selecciona un punto y pulsa Intro.</translation>
    </message>
    <message>
        <source>On your own: {text}</source>
        <translation>Sin ayuda: {text}</translation>
    </message>
    <message>
        <source>Ro&amp;utine steps</source>
        <translation>&amp;Pasos de la rutina</translation>
    </message>
    <message>
        <source>Routine steps</source>
        <translation>Pasos de la rutina</translation>
    </message>
    <message>
        <source>{code} needs a partner or therapist to press it.</source>
        <translation>{code} necesita que lo presione otra persona o un terapeuta.</translation>
    </message>
    <message>
        <source>“{name}” is built-in and read-only.</source>
        <translation>“{name}” es predefinida y de solo lectura.</translation>
    </message>
    <message>
        <source>⚠ {code}: caution in pregnancy. {text}</source>
        <translation>⚠ {code}: precaución en el embarazo. {text}</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message numerus="yes">
        <source>%n day(s) in a row with a session.</source>
        <translation>
            <numerusform>%n día seguido con sesión.</numerusform>
            <numerusform>%n días seguidos con sesión.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>&amp;Pain now (0–10, optional):</source>
        <translation>&amp;Dolor ahora (0–10, opcional):</translation>
    </message>
    <message>
        <source>It could not be written to your history yet; it is kept in memory.</source>
        <translation>Todavía no se pudo guardar en tu historial; se conserva en memoria.</translation>
    </message>
    <message>
        <source>It is saved in your history.</source>
        <translation>Está guardada en tu historial.</translation>
    </message>
    <message>
        <source>Most holds were skipped ({held} of {planned} held); it is kept in your history as it was.</source>
        <translation>Se omitieron la mayoría de las presiones ({held} presionando de {planned} previstos); queda en tu historial tal como fue.</translation>
    </message>
    <message>
        <source>Ne&amp;w session</source>
        <translation>Nueva &amp;sesión</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Optional: how did it go?</source>
        <translation>Opcional: ¿cómo te fue?</translation>
    </message>
    <message>
        <source>Pain after, 0 to 10</source>
        <translation>Dolor después, de 0 a 10</translation>
    </message>
    <message>
        <source>Pain before and after</source>
        <translation>Dolor antes y después</translation>
    </message>
    <message>
        <source>Pain before: {before}. How is it now?</source>
        <translation>Dolor antes: {before}. ¿Y ahora?</translation>
    </message>
    <message>
        <source>Pain {before} → {after} ({change:+d})</source>
        <translation>Dolor {before} → {after} ({change:+d})</translation>
    </message>
    <message>
        <source>Sav&amp;e</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save rating and note</source>
        <translation>Guardar valoración y nota</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Sesión terminada</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>Sesión detenida</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>Resumen de la sesión</translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>Racha</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Muy bien</translation>
    </message>
    <message>
        <source>Where it &amp;hurts (optional):</source>
        <translation>Dónde &amp;te duele (opcional):</translation>
    </message>
    <message>
        <source>{routine}: {holds} on {points}, {held} of pressing in {spent}.</source>
        <translation>{routine}: {holds} en {points}, {held} de presión en {spent}.</translation>
    </message>
</context>
<context>
    <name>SummaryStrip</name>
    <message>
        <source>All time</source>
        <translation>Todo el historial</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>La semana pasada</translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>Racha</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
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
        <translation>&amp;Buscar el punto (pasos nuevos):</translation>
    </message>
    <message>
        <source>&amp;Switch sides:</source>
        <translation>&amp;Cambiar de lado:</translation>
    </message>
    <message>
        <source>Find it &amp;again on the new side:</source>
        <translation>&amp;Volver a buscarlo en el otro lado:</translation>
    </message>
    <message>
        <source>Lying on the floor, a few more seconds between holds make it calmer.</source>
        <translation>Si estás en el suelo, unos segundos más entre presiones hacen la sesión más tranquila.</translation>
    </message>
    <message>
        <source>Session timing</source>
        <translation>Tiempos de la sesión</translation>
    </message>
    <message>
        <source>Session timing problem</source>
        <translation>Problema con los tiempos de la sesión</translation>
    </message>
    <message>
        <source>This time must be between {low} and {high}{unit}; it stays {kept}{unit} until you type a number in that range.</source>
        <translation>Este tiempo debe estar entre {low} y {high}{unit}; se mantiene en {kept}{unit} hasta que escribas un número en ese rango.</translation>
    </message>
    <message>
        <source>Time to find the point again on the new side</source>
        <translation>Tiempo para volver a buscar el punto en el otro lado</translation>
    </message>
    <message>
        <source>Time to find the point, for new steps</source>
        <translation>Tiempo para buscar el punto, en los pasos nuevos</translation>
    </message>
    <message>
        <source>Time to switch sides</source>
        <translation>Tiempo para cambiar de lado</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>There is no translation for the language “{code}”, so the app is in English. The languages are: {known}.</source>
        <translation>No hay traducción para el idioma «{code}», así que la aplicación está en inglés. Los idiomas son: {known}.</translation>
    </message>
</context>
<context>
    <name>ViewOptions</name>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;Larger</source>
        <translation>&amp;Más grande</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>Tamaño &amp;normal</translation>
    </message>
    <message>
        <source>&amp;Smaller</source>
        <translation>Más &amp;pequeño</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Tamaño del texto</translation>
    </message>
    <message>
        <source>Like the &amp;desktop</source>
        <translation>Como el &amp;escritorio</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>T&amp;ema</translation>
    </message>
</context>
<context>
    <name>VoiceCues</name>
    <message>
        <source>Qt TextToSpeech could not be loaded: {error}</source>
        <translation>no se pudo cargar Qt TextToSpeech: {error}</translation>
    </message>
    <message>
        <source>Voice is unavailable ({reason}); spoken cues were turned off.</source>
        <translation>La voz no está disponible ({reason}); se desactivaron los avisos hablados.</translation>
    </message>
    <message>
        <source>the speech engine is still not responding</source>
        <translation>el motor de voz sigue sin responder</translation>
    </message>
    <message>
        <source>the speech engine was not ready within {seconds:g} s</source>
        <translation>el motor de voz no estuvo listo en {seconds:g} s</translation>
    </message>
</context>
<context>
    <name>cues</name>
    <message>
        <source>Qt Multimedia could not be loaded: {error}</source>
        <translation>No se pudo cargar Qt Multimedia: {error}</translation>
    </message>
    <message>
        <source>no audio output device was found</source>
        <translation>no se encontró ningún dispositivo de salida de audio</translation>
    </message>
    <message>
        <source>no default audio output device is set</source>
        <translation>no hay un dispositivo de salida de audio predeterminado</translation>
    </message>
    <message>
        <source>no speech engine is installed</source>
        <translation>no hay ningún motor de voz instalado</translation>
    </message>
    <message>
        <source>the speech engine failed</source>
        <translation>el motor de voz falló</translation>
    </message>
    <message>
        <source>the speech engine “{engine}” is not installed</source>
        <translation>el motor de voz «{engine}» no está instalado</translation>
    </message>
    <message>
        <source>{name} cannot be played on this audio device</source>
        <translation>{name} no se puede reproducir en este dispositivo de audio</translation>
    </message>
</context>
</TS>
