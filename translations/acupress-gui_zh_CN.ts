<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AppTray</name>
    <message>
        <source>Acupressure</source>
        <translation>穴位按压</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Pause reminders for today</source>
        <translation>今天暂停提醒</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>开始练习</translation>
    </message>
    <message>
        <source>Start {routine}</source>
        <translation>开始“{routine}”</translation>
    </message>
    <message>
        <source>Tray menu</source>
        <translation>托盘菜单</translation>
    </message>
</context>
<context>
    <name>AppWindow</name>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Copy what can be read</source>
        <translation>复制可读取的部分(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Import history from CSV…</source>
        <translation>从 CSV 导入历史记录(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Points</source>
        <translation>穴位(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Routine</source>
        <translation>练习方案(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation>练习方案(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Safety notice</source>
        <translation>安全须知(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>练习(&amp;S)</translation>
    </message>
    <message>
        <source>About acupress-gui</source>
        <translation>关于 acupress-gui</translation>
    </message>
    <message>
        <source>E&amp;xport history as CSV…</source>
        <translation>将历史记录导出为 CSV(&amp;X)…</translation>
    </message>
    <message>
        <source>Every readable session was copied to {path}.</source>
        <translation>所有可读取的练习记录已复制到 {path}。</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>导出报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Guided acupressure session</source>
        <translation>引导式穴位按压练习</translation>
    </message>
    <message>
        <source>His&amp;tory</source>
        <translation>历史记录(&amp;T)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Please read the safety notice (Help menu) before your first session.</source>
        <translation>首次练习前，请先阅读安全须知（在“帮助”菜单中）。</translation>
    </message>
    <message>
        <source>Practise {point}</source>
        <translation>练习 {point}</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>练习方案</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>练习</translation>
    </message>
    <message>
        <source>Session finished</source>
        <translation>练习已完成</translation>
    </message>
    <message>
        <source>The German, Spanish and Chinese translations, of the app and of the point texts, were made with care but have not yet been reviewed by native-speaking practitioners. Corrections are welcome: {url}</source>
        <translation>本应用及穴位说明的德语、西班牙语和中文翻译经过认真制作，但尚未经母语专业人士审校。欢迎指正：{url}</translation>
    </message>
    <message>
        <source>The copy could not be made: {error}</source>
        <translation>无法创建副本：{error}</translation>
    </message>
    <message>
        <source>There is no routine called {name!r}.</source>
        <translation>没有名为 {name!r} 的练习方案。</translation>
    </message>
    <message>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Voice cues were turned off: {reason}</source>
        <translation>语音提示已关闭：{reason}</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Your history is damaged</source>
        <translation>您的历史记录已损坏</translation>
    </message>
    <message>
        <source>acupress-gui {version}

Guided acupressure for back pain. The points, timings and cautions come from the articles named on each point. This app is not a substitute for professional care.</source>
        <translation>acupress-gui {version}

针对背痛的引导式穴位按压。穴位、时间和注意事项均来自每个穴位所注明的文章。本应用不能替代专业医疗护理。</translation>
    </message>
    <message>
        <source>{point} added to {routine}.</source>
        <translation>已将 {point} 添加到“{routine}”。</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Acupressure</source>
        <translation>穴位按压</translation>
    </message>
</context>
<context>
    <name>BreathingPacer</name>
    <message>
        <source>Breathe in</source>
        <translation>吸气</translation>
    </message>
    <message>
        <source>Breathe out slowly</source>
        <translation>慢慢呼气</translation>
    </message>
    <message>
        <source>Breathing pace</source>
        <translation>呼吸节奏</translation>
    </message>
</context>
<context>
    <name>ChartsTab</name>
    <message>
        <source>Drawing the charts…</source>
        <translation>正在绘制图表…</translation>
    </message>
    <message>
        <source>The charts cannot be drawn: the charting library (pyqtgraph) could not be loaded. Reinstalling acupress-gui brings it back.</source>
        <translation>无法绘制图表：图表库 (pyqtgraph) 无法加载。重新安装 acupress-gui 即可恢复。</translation>
    </message>
</context>
<context>
    <name>CheckinForm</name>
    <message>
        <source>How much did pain get in the way of your &amp;daily activities this week?</source>
        <translation>本周疼痛对您日常活动的影响有多大(&amp;D)？</translation>
    </message>
    <message>
        <source>How well did you s&amp;leep this week?</source>
        <translation>本周您的睡眠怎么样(&amp;L)？</translation>
    </message>
    <message>
        <source>This week, how much did pain get in the way of your daily activities, 0 to 10</source>
        <translation>本周疼痛对日常活动的影响，0 到 10</translation>
    </message>
    <message>
        <source>This week, how well did you sleep, 0 to 10</source>
        <translation>本周睡眠情况，0 到 10</translation>
    </message>
    <message>
        <source>Weekly check-in (optional, once a week):</source>
        <translation>每周自评（可选，每周一次）：</translation>
    </message>
    <message>
        <source>completely</source>
        <translation>完全受影响</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>未回答</translation>
    </message>
    <message>
        <source>not at all</source>
        <translation>毫无影响</translation>
    </message>
    <message>
        <source>very badly</source>
        <translation>非常差</translation>
    </message>
    <message>
        <source>very well</source>
        <translation>非常好</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <source>Countdown</source>
        <translation>倒计时</translation>
    </message>
    <message>
        <source>{seconds} seconds left</source>
        <translation>剩余 {seconds} 秒</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Something went wrong</source>
        <translation>出了点问题</translation>
    </message>
    <message>
        <source>The details were printed to the terminal (no log file could be made).</source>
        <translation>详细信息已输出到终端（无法创建日志文件）。</translation>
    </message>
    <message>
        <source>The details were written to:
{path}</source>
        <translation>详细信息已写入：
{path}</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>acupress-gui ran into a problem it did not expect. Your settings, routines and finished holds are saved. The app keeps running, but if something looks wrong, close it and start it again.</source>
        <translation>acupress-gui 遇到了意外问题。您的设置、练习方案和已完成的按压均已保存。应用会继续运行，但如果看起来有不对劲的地方，请关闭应用后重新启动。</translation>
    </message>
</context>
<context>
    <name>CuePlayer</name>
    <message>
        <source>Sound is unavailable ({reason}); cues are shown as a flash instead.</source>
        <translation>声音不可用（{reason}）；提示将改为屏幕闪烁。</translation>
    </message>
    <message>
        <source>sound could not be set up: {error}</source>
        <translation>无法设置声音：{error}</translation>
    </message>
    <message>
        <source>the sound file {name} is missing</source>
        <translation>缺少声音文件 {name}</translation>
    </message>
    <message>
        <source>the sounds did not load within {seconds:g} s</source>
        <translation>声音未能在 {seconds:g} 秒内加载完成</translation>
    </message>
</context>
<context>
    <name>CueRouter</name>
    <message>
        <source>A cue failed: {error}</source>
        <translation>提示出错：{error}</translation>
    </message>
</context>
<context>
    <name>DailyPractice</name>
    <message>
        <source>A session is running already.</source>
        <translation>已有练习正在进行。</translation>
    </message>
    <message>
        <source>Acupressure is still running</source>
        <translation>穴位按压仍在运行</translation>
    </message>
    <message>
        <source>It waits in the tray for your reminders. Quit from its menu.</source>
        <translation>它会在托盘中等待，按时为您提醒。如需退出，请使用托盘菜单。</translation>
    </message>
    <message>
        <source>Starting at log-in could not be changed: {error}</source>
        <translation>无法更改登录时启动的设置：{error}</translation>
    </message>
    <message>
        <source>The reminder&apos;s routine {name!r} is not there any more.</source>
        <translation>该提醒所用的练习方案 {name!r} 已不存在。</translation>
    </message>
    <message>
        <source>acupress-gui no longer starts when you log in.</source>
        <translation>acupress-gui 将不再在您登录时启动。</translation>
    </message>
    <message>
        <source>acupress-gui now starts in the tray when you log in ({path}).</source>
        <translation>acupress-gui 现在会在您登录时于托盘中启动（{path}）。</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n day(s) this week</source>
        <translation>
            <numerusform>本周已练习 {done} / %n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateAxis</name>
    <message>
        <source>d MMM</source>
        <extracomment>Translators: a Qt date format of a day and a short month (German &quot;d. MMM&quot;).</extracomment>
        <translation>M月d日</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>Translators: a Qt date format (d day, MMM short month name, yyyy year), as the History filter bar&apos;s date fields write dates.</extracomment>
        <translation>yyyy年M月d日</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <source>about {duration}</source>
        <translation>约 {duration}</translation>
    </message>
    <message>
        <source>{h} h</source>
        <translation>{h} 小时</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} 小时 {m} 分钟</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} 分钟</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s} 秒</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>&amp;Clear filters</source>
        <translation>清除筛选(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>时间段(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Routine:</source>
        <translation>练习方案(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>部位(&amp;W)：</translation>
    </message>
    <message>
        <source>All routines</source>
        <translation>所有练习方案</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>任意部位</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>自定义日期</translation>
    </message>
    <message>
        <source>Filter by period</source>
        <translation>按时间段筛选</translation>
    </message>
    <message>
        <source>Filter by routine</source>
        <translation>按练习方案筛选</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <source>Filter by where it hurt</source>
        <translation>按疼痛部位筛选</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>最近 3 个月</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>最近 4 周</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>至(&amp;O)：</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>Translators: a Qt date format (d, M, MMM, yyyy) for the filter&apos;s dates, &quot;3 Mar 2025&quot; in English.</extracomment>
        <translation>yyyy年M月d日</translation>
    </message>
</context>
<context>
    <name>HistoryCharts</name>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln 次练习</numerusform>
        </translation>
    </message>
    <message>
        <source>Average pain before and after: {b0} → {a0} in the week of {d0}, {b1} → {a1} in the week of {d1}.</source>
        <translation>练习前后的平均疼痛：{d0} 那一周为 {b0} → {a0}，{d1} 那一周为 {b1} → {a1}。</translation>
    </message>
    <message>
        <source>Charts in words</source>
        <translation>图表文字说明</translation>
    </message>
    <message>
        <source>Charts of sessions, minutes and pain</source>
        <translation>练习次数、分钟数和疼痛图表</translation>
    </message>
    <message>
        <source>Charts, scrolling on a short window</source>
        <translation>图表（窗口较矮时可滚动）</translation>
    </message>
    <message numerus="yes">
        <source>Last %Ln week(s)</source>
        <translation>
            <numerusform>最近 %Ln 周</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes per week</source>
        <translation>每周分钟数</translation>
    </message>
    <message>
        <source>No sessions yet.</source>
        <translation>还没有练习记录。</translation>
    </message>
    <message>
        <source>Pain before and after (weekly average, 0–10)</source>
        <translation>练习前后的疼痛（每周平均，0–10）</translation>
    </message>
    <message>
        <source>Sessions per week</source>
        <translation>每周练习次数</translation>
    </message>
    <message>
        <source>Weekly charts</source>
        <translation>每周图表</translation>
    </message>
    <message>
        <source>after</source>
        <translation>练习后</translation>
    </message>
    <message>
        <source>before</source>
        <translation>练习前</translation>
    </message>
    <message>
        <source>{weeks}: {sessions}, {length}.</source>
        <translation>{weeks}：{sessions}，{length}。</translation>
    </message>
</context>
<context>
    <name>HistoryCommands</name>
    <message numerus="yes">
        <source>Delete %Ln session(s)</source>
        <translation>
            <numerusform>删除 %Ln 次练习</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln session(s).</source>
        <translation>
            <numerusform>已删除 %Ln 次练习。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %Ln session(s).</source>
        <translation>
            <numerusform>已恢复 %Ln 次练习。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryCsv</name>
    <message numerus="yes">
        <source>%Ln hold(s)</source>
        <translation>
            <numerusform>%Ln 次按压</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln 次练习</numerusform>
        </translation>
    </message>
    <message>
        <source>; skipped {n} already in the history</source>
        <translation>；跳过了 {n} 次已在历史记录中的练习</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>导出历史记录</translation>
    </message>
    <message>
        <source>Exported {sessions} ({holds}) to {file}.</source>
        <translation>已将 {sessions}（{holds}）导出到 {file}。</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>导入历史记录</translation>
    </message>
    <message>
        <source>Imported {sessions}</source>
        <translation>已导入 {sessions}</translation>
    </message>
    <message>
        <source>The history could not be written to {file}: {error}</source>
        <translation>无法将历史记录写入 {file}：{error}</translation>
    </message>
    <message>
        <source>{error} Nothing was imported.</source>
        <translation>{error} 未导入任何内容。</translation>
    </message>
    <message>
        <source>{error}; nothing was imported.</source>
        <translation>{error}；未导入任何内容。</translation>
    </message>
    <message>
        <source>{file} could not be read: {error}</source>
        <translation>无法读取 {file}：{error}</translation>
    </message>
</context>
<context>
    <name>HistoryFormat</name>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>Running</source>
        <extracomment>Translators: the status of a session in the history table: still going on, ran to its end, stopped by the person, cut off (the app was closed or crashed).</extracomment>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <extracomment>Translators: a Qt date format (d, ddd, M, MMM, yyyy) for the day of a session, &quot;Mon 3 Mar 2025&quot; in English; the day and month names come from the language.</extracomment>
        <translation>yyyy年M月d日 ddd</translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation>{day} {time}</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import history from CSV…</source>
        <translation>从 CSV 导入历史记录(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Does it help?</source>
        <translation>有帮助吗？</translation>
    </message>
    <message>
        <source>E&amp;xport history as CSV…</source>
        <translation>将历史记录导出为 CSV(&amp;X)…</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>练习</translation>
    </message>
    <message>
        <source>Session details, relief per routine and charts</source>
        <translation>练习详情、各练习方案的缓解效果和图表</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>撤销删除</translation>
    </message>
</context>
<context>
    <name>HistorySummary</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln 次练习</numerusform>
        </translation>
    </message>
    <message>
        <source>No sessions yet</source>
        <translation>还没有练习记录</translation>
    </message>
    <message>
        <source>None now</source>
        <translation>目前没有</translation>
    </message>
    <message numerus="yes">
        <source>longest %Ln day(s)</source>
        <translation>
            <numerusform>最长 %Ln 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Has a note</source>
        <translation>有备注</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>按压次数</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>疼痛</translation>
    </message>
    <message>
        <source>Pain before → after the session (0 = none, 10 = the worst)</source>
        <translation>练习前 → 练习后的疼痛（0 = 无痛，10 = 最痛）</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>练习方案</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>IllustrationView</name>
    <message>
        <source>L</source>
        <extracomment>Translators: the one-letter badge on the marker of the left side&apos;s point.</extracomment>
        <translation>左</translation>
    </message>
    <message>
        <source>Point illustration</source>
        <translation>穴位示意图</translation>
    </message>
    <message>
        <source>R</source>
        <extracomment>Translators: the one-letter badge on the marker of the right side&apos;s point.</extracomment>
        <translation>右</translation>
    </message>
    <message>
        <source>Right side shown; the left is its mirror image</source>
        <translation>图中显示右侧；左侧与之镜像对称</translation>
    </message>
    <message>
        <source>{title}, with {code} marked. {caption}</source>
        <translation>{title}，已标出 {code}。{caption}</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Changes at the next start</source>
        <translation>下次启动时生效</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>Translators: the language of the desktop (LANGUAGE, LANG or the system setting).</extracomment>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>The language changes at the next start</source>
        <translation>语言将在下次启动时更改</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>&amp;Add to routine</source>
        <translation>添加到练习方案(&amp;A)</translation>
    </message>
    <message>
        <source>Add to routine  ⏎</source>
        <translation>添加到练习方案  ⏎</translation>
    </message>
    <message>
        <source>All complaints</source>
        <translation>所有症状</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>所有部位</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>清除搜索和筛选</translation>
    </message>
    <message>
        <source>Code (B54, UB40), name or complaint</source>
        <translation>代码（B54、UB40）、名称或症状</translation>
    </message>
    <message>
        <source>Complaint filter</source>
        <translation>症状筛选</translation>
    </message>
    <message>
        <source>Drag points into the routine, or press Enter to add the selected points.</source>
        <translation>将穴位拖入练习方案，或按回车键添加所选穴位。</translation>
    </message>
    <message>
        <source>Hide points that need a partner or therapist</source>
        <translation>隐藏需要他人或治疗师按压的穴位</translation>
    </message>
    <message>
        <source>Hide points that sources advise against during pregnancy</source>
        <translation>隐藏资料来源建议孕期避免按压的穴位</translation>
    </message>
    <message>
        <source>Hide pregnanc&amp;y cautions</source>
        <translation>隐藏孕期慎用穴位(&amp;Y)</translation>
    </message>
    <message>
        <source>Hide pregnancy-cautioned points</source>
        <translation>隐藏孕期慎用穴位</translation>
    </message>
    <message>
        <source>No point matches your search and filters.</source>
        <translation>没有符合搜索和筛选条件的穴位。</translation>
    </message>
    <message>
        <source>Point &amp;library</source>
        <translation>穴位库(&amp;L)</translation>
    </message>
    <message>
        <source>Point library</source>
        <translation>穴位库</translation>
    </message>
    <message>
        <source>Points shown</source>
        <translation>显示的穴位数</translation>
    </message>
    <message>
        <source>Region filter</source>
        <translation>部位筛选</translation>
    </message>
    <message>
        <source>Search points</source>
        <translation>搜索穴位</translation>
    </message>
    <message>
        <source>Self-applicable &amp;only</source>
        <translation>仅显示可自行按压的穴位(&amp;O)</translation>
    </message>
    <message>
        <source>Self-applicable only</source>
        <translation>仅显示可自行按压的穴位</translation>
    </message>
    <message numerus="yes">
        <source>all %n point(s)</source>
        <translation>
            <numerusform>全部 %n 个穴位</numerusform>
        </translation>
    </message>
    <message>
        <source>caution in pregnancy</source>
        <translation>孕期慎用</translation>
    </message>
    <message>
        <source>needs a partner</source>
        <translation>需要他人协助</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n point(s)</source>
        <translation>
            <numerusform>%n 个穴位中的 {shown} 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Acupressure for back pain</source>
        <translation>背痛穴位按压</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Some files could not be used</source>
        <translation>部分文件无法使用</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>关闭消息</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
</context>
<context>
    <name>PainMap</name>
    <message>
        <source>Pain in the {region}</source>
        <translation>{region}疼痛</translation>
    </message>
    <message>
        <source>Where it hurts</source>
        <translation>疼痛部位</translation>
    </message>
</context>
<context>
    <name>PainRating</name>
    <message>
        <source>0 (no pain)</source>
        <translation>0（无痛）</translation>
    </message>
    <message>
        <source>0 = no pain, 10 = the worst pain imaginable</source>
        <translation>0 = 无痛，10 = 能想象到的最剧烈疼痛</translation>
    </message>
    <message>
        <source>10 (worst)</source>
        <translation>10（最痛）</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>未评分</translation>
    </message>
</context>
<context>
    <name>PointBrowser</name>
    <message>
        <source>&amp;Add to my routine</source>
        <translation>添加到我的练习方案(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Find a point:</source>
        <translation>查找穴位(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Practise this point</source>
        <translation>练习此穴位(&amp;P)</translation>
    </message>
    <message>
        <source>Add to my routine</source>
        <translation>添加到我的练习方案</translation>
    </message>
    <message>
        <source>No point matches your search.</source>
        <translation>没有符合搜索条件的穴位。</translation>
    </message>
    <message>
        <source>Point instructions</source>
        <translation>穴位说明</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>穴位</translation>
    </message>
    <message>
        <source>Practise this point</source>
        <translation>练习此穴位</translation>
    </message>
    <message>
        <source>Search points</source>
        <translation>搜索穴位</translation>
    </message>
    <message>
        <source>Search: code (B54, UB40), name or complaint</source>
        <translation>搜索：代码（B54、UB40）、名称或症状</translation>
    </message>
    <message>
        <source>avoid in pregnancy</source>
        <translation>孕期避免按压</translation>
    </message>
    <message>
        <source>needs a partner</source>
        <translation>需要他人协助</translation>
    </message>
</context>
<context>
    <name>PointText</name>
    <message>
        <source>Avoid in pregnancy</source>
        <translation>孕期请避免按压</translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation>血压</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation>注意事项</translation>
    </message>
    <message>
        <source>For the helper</source>
        <translation>给协助者</translation>
    </message>
    <message>
        <source>Helps with:</source>
        <translation>有助于：</translation>
    </message>
    <message>
        <source>Hold {hold} s, rest {rest} s, {times}</source>
        <translation>按压 {hold} 秒，休息 {rest} 秒，{times}</translation>
    </message>
    <message>
        <source>How to press</source>
        <translation>按压方法</translation>
    </message>
    <message>
        <source>Lie on your back</source>
        <extracomment>Translators: how to lie, sit or stand for a point, as an instruction.</extracomment>
        <translation>仰卧</translation>
    </message>
    <message>
        <source>Lie on your front</source>
        <translation>俯卧</translation>
    </message>
    <message>
        <source>Needs a partner or therapist</source>
        <translation>需要他人或治疗师帮忙按压</translation>
    </message>
    <message>
        <source>Nerve</source>
        <translation>神经</translation>
    </message>
    <message>
        <source>On your own:</source>
        <translation>自己按压：</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>他人协助</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>孕期</translation>
    </message>
    <message>
        <source>Pressure</source>
        <extracomment>Translators: headings of the kinds of caution: how hard to press, the skin, a nerve close by, points a partner must press.</extracomment>
        <translation>按压力度</translation>
    </message>
    <message>
        <source>Sit</source>
        <translation>坐好</translation>
    </message>
    <message>
        <source>Skin</source>
        <translation>皮肤</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>站立</translation>
    </message>
    <message>
        <source>Where</source>
        <extracomment>Translators: a heading, where on the body the point is.</extracomment>
        <translation>位置</translation>
    </message>
    <message>
        <source>Where to press:</source>
        <translation>按压位置：</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>位置：</translation>
    </message>
    <message>
        <source>also called {name}</source>
        <translation>又名 {name}</translation>
    </message>
    <message>
        <source>also called {name} in {article}</source>
        <translation>又名 {name}（见 {article}）</translation>
    </message>
    <message>
        <source>also written {codes}</source>
        <translation>也写作 {codes}</translation>
    </message>
    <message>
        <source>from standard safety references</source>
        <translation>出自通用安全参考资料</translation>
    </message>
    <message>
        <source>from the source articles</source>
        <translation>出自来源文章</translation>
    </message>
    <message>
        <source>from {sources}</source>
        <translation>出自 {sources}</translation>
    </message>
    <message>
        <source>on each side</source>
        <translation>（每侧）</translation>
    </message>
    <message>
        <source>once</source>
        <translation>1 次</translation>
    </message>
    <message>
        <source>standard name (WHO 2008)</source>
        <translation>标准名称（WHO 2008）</translation>
    </message>
    <message>
        <source>{n} times</source>
        <translation>{n} 次</translation>
    </message>
</context>
<context>
    <name>PracticeCalendar</name>
    <message>
        <source>Days practised</source>
        <translation>练习日</translation>
    </message>
    <message>
        <source>Days with a session are bold and highlighted</source>
        <translation>有练习的日期以粗体高亮显示</translation>
    </message>
    <message numerus="yes">
        <source>Goal met %n week(s) in a row.</source>
        <translation>
            <numerusform>已连续 %n 周达成目标。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No week in a row at your goal of %n day(s) yet.</source>
        <translation>
            <numerusform>目前还未连续达成每周 %n 天的目标。</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected day</source>
        <translation>所选日期</translation>
    </message>
    <message>
        <source>This week&apos;s progress toward your goal</source>
        <translation>本周目标进度</translation>
    </message>
    <message>
        <source>Weeks in a row at your goal</source>
        <translation>连续达成目标的周数</translation>
    </message>
    <message>
        <source>{day}: no session</source>
        <translation>{day}：未练习</translation>
    </message>
    <message>
        <source>{day}: practised</source>
        <translation>{day}：已练习</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n day(s) this week</source>
        <translation>
            <numerusform>本周已练习 {done} / %n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Regions</name>
    <message>
        <source>hips and buttocks</source>
        <translation>髋部和臀部</translation>
    </message>
    <message>
        <source>legs</source>
        <translation>腿部</translation>
    </message>
    <message>
        <source>lower back, left</source>
        <translation>腰部左侧</translation>
    </message>
    <message>
        <source>lower back, right</source>
        <translation>腰部右侧</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>颈部</translation>
    </message>
    <message>
        <source>upper back</source>
        <translation>上背部</translation>
    </message>
</context>
<context>
    <name>ReliefPanel</name>
    <message>
        <source>Does it help? Change in pain per routine</source>
        <translation>有帮助吗？各练习方案的疼痛变化</translation>
    </message>
    <message>
        <source>No clear change</source>
        <translation>无明显变化</translation>
    </message>
    <message>
        <source>Pain after minus pain before, on average (negative: less pain after)</source>
        <translation>练习后疼痛减去练习前疼痛的平均值（负数表示练习后疼痛减轻）</translation>
    </message>
    <message>
        <source>Pain change</source>
        <translation>疼痛变化</translation>
    </message>
    <message>
        <source>Pain is higher after</source>
        <translation>练习后疼痛加重</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>已评分</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>练习方案</translation>
    </message>
    <message>
        <source>Seems to help</source>
        <translation>似乎有帮助</translation>
    </message>
    <message>
        <source>Sessions rated before and after, of all the routine&apos;s sessions</source>
        <translation>前后都已评分的练习次数 / 该练习方案的全部练习次数</translation>
    </message>
    <message>
        <source>The average change in pain from before to after a session, over the sessions rated both times (0 = no pain, 10 = the worst). A routine needs {n} rated sessions before it can be judged.</source>
        <translation>练习前后疼痛的平均变化，只统计前后都评分的练习（0 = 无痛，10 = 最痛）。一个练习方案需要有 {n} 次已评分的练习，才能判断效果。</translation>
    </message>
    <message>
        <source>Too few ratings yet</source>
        <translation>评分还太少</translation>
    </message>
    <message>
        <source>What it suggests</source>
        <translation>说明什么</translation>
    </message>
    <message>
        <source>{rated} of {sessions}</source>
        <translation>{rated} / {sessions}</translation>
    </message>
</context>
<context>
    <name>ReminderNotices</name>
    <message>
        <source>In 10 minutes</source>
        <translation>10 分钟后再提醒</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>立即开始</translation>
    </message>
    <message>
        <source>Time for {routine}</source>
        <translation>{routine}的时间到了</translation>
    </message>
    <message>
        <source>Your daily acupressure for back pain is due.</source>
        <translation>该做今天的背痛穴位按压了。</translation>
    </message>
    <message>
        <source>your acupressure</source>
        <translation>穴位按压</translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <source> days a week</source>
        <translation> 天/周</translation>
    </message>
    <message>
        <source>&amp;Add reminder</source>
        <translation>添加提醒(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>关闭窗口后继续在托盘中运行(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Remove reminder</source>
        <translation>移除提醒(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>时间(&amp;T)：</translation>
    </message>
    <message>
        <source>Acupressure helps most when done every day. A reminder is a desktop notification at a time of day; it says nothing when you already practised that routine today.</source>
        <translation>穴位按压每天坚持，效果最好。提醒是在每天设定时间弹出的桌面通知；如果您今天已经练习过该练习方案，就不会提醒。</translation>
    </message>
    <message>
        <source>Add reminder</source>
        <translation>添加提醒</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>星期：</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>关闭窗口后继续在托盘中运行</translation>
    </message>
    <message>
        <source>R&amp;outine:</source>
        <translation>练习方案(&amp;O)：</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>提醒时间</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Reminders and daily practice</source>
        <translation>提醒与每日练习</translation>
    </message>
    <message>
        <source>Remove reminder</source>
        <translation>移除提醒</translation>
    </message>
    <message>
        <source>Routine of the reminder</source>
        <translation>提醒所用的练习方案</translation>
    </message>
    <message>
        <source>Selected reminder</source>
        <translation>所选提醒</translation>
    </message>
    <message>
        <source>Start in the tray when I &amp;log in</source>
        <translation>登录时在托盘中启动(&amp;L)</translation>
    </message>
    <message>
        <source>Start in the tray when I log in</source>
        <translation>登录时在托盘中启动</translation>
    </message>
    <message>
        <source>The routine used last</source>
        <translation>上次使用的练习方案</translation>
    </message>
    <message>
        <source>This desktop shows no tray icons: acupress-gui cannot stay in the background, so reminders come only while its window is open.</source>
        <translation>此桌面不显示托盘图标：acupress-gui 无法在后台运行，因此只有在窗口打开时才会提醒。</translation>
    </message>
    <message>
        <source>Weekly &amp;goal:</source>
        <translation>每周目标(&amp;G)：</translation>
    </message>
    <message>
        <source>Weekly goal in days</source>
        <translation>每周目标天数</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>the routine used last</source>
        <translation>上次使用的练习方案</translation>
    </message>
    <message>
        <source>weekdays</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>{time}, {days}: {routine}</source>
        <translation>{time}，{days}：{routine}</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n 次练习</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n 次练习</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>预览(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>保存 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>至(&amp;T)：</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Include my &amp;notes (they are private)</source>
        <translation>包含我的备注（备注属于个人隐私）(&amp;N)</translation>
    </message>
    <message>
        <source>Include my notes</source>
        <translation>包含我的备注</translation>
    </message>
    <message>
        <source>Name on the report (optional)</source>
        <translation>报告上的姓名（可选）</translation>
    </message>
    <message>
        <source>Optional: who the report is for</source>
        <translation>可选：这份报告是给谁的</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Preview the report</source>
        <translation>预览报告</translation>
    </message>
    <message>
        <source>Report from date</source>
        <translation>报告起始日期</translation>
    </message>
    <message>
        <source>Report not made</source>
        <translation>无法生成报告</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>报告未保存</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>报告预览</translation>
    </message>
    <message>
        <source>Report saved to {file} ({pages}).</source>
        <translation>报告已保存到 {file}（{pages}）。</translation>
    </message>
    <message>
        <source>Report to date</source>
        <translation>报告结束日期</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>将报告保存为 PDF</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}. Choose another folder.</source>
        <translation>无法写入 {file}：{reason}。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>{sessions} in this period. Paper: {paper}.</source>
        <translation>此时间段内共有 {sessions}。纸张：{paper}。</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n 次练习</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n 周</numerusform>
        </translation>
    </message>
    <message>
        <source>A record the person kept themselves with acupress-gui, not a diagnosis. {first} – {last}</source>
        <translation>由本人使用 acupress-gui 自行记录，并非诊断。{first} – {last}</translation>
    </message>
    <message>
        <source>Acupressure for back pain: a self-kept record</source>
        <translation>背痛穴位按压：自我记录</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>For: {name}</source>
        <translation>报告对象：{name}</translation>
    </message>
    <message>
        <source>General cautions</source>
        <translation>一般注意事项</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>按压次数</translation>
    </message>
    <message>
        <source>Made on {day}</source>
        <translation>生成日期：{day}</translation>
    </message>
    <message>
        <source>No clear change</source>
        <translation>无明显变化</translation>
    </message>
    <message>
        <source>No notes in this period.</source>
        <translation>此时间段内没有备注。</translation>
    </message>
    <message>
        <source>No session in this period.</source>
        <translation>此时间段内没有练习。</translation>
    </message>
    <message>
        <source>No session of this period marked where it hurt.</source>
        <translation>此时间段内没有标记了疼痛部位的练习。</translation>
    </message>
    <message>
        <source>No session of this period was rated before and after.</source>
        <translation>此时间段内没有前后都评分的练习。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Once a week, after a session, two questions of the app&apos;s own (not a published questionnaire), each from 0 to 10: how much did pain get in the way of your daily activities (0 = not at all, 10 = completely), and how well did you sleep (0 = very badly, 10 = very well).</source>
        <translation>每周一次，在练习后回答本应用自拟的两个问题（并非已发表的问卷），每题 0 到 10 分：疼痛对您日常活动的影响有多大（0 = 毫无影响，10 = 完全受影响），以及您的睡眠怎么样（0 = 非常差，10 = 非常好）。</translation>
    </message>
    <message>
        <source>Page {n}</source>
        <translation>第 {n} 页</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>练习后疼痛</translation>
    </message>
    <message>
        <source>Pain before</source>
        <translation>练习前疼痛</translation>
    </message>
    <message>
        <source>Pain before and after each session</source>
        <translation>每次练习前后的疼痛</translation>
    </message>
    <message>
        <source>Pain before and after: the averages of the sessions rated both times that week.</source>
        <translation>练习前疼痛和练习后疼痛：该周内前后都评分的练习的平均值。</translation>
    </message>
    <message>
        <source>Pain change</source>
        <translation>疼痛变化</translation>
    </message>
    <message>
        <source>Pain change: the average of pain after minus pain before over the sessions rated both times (negative: less pain after).</source>
        <translation>疼痛变化：在前后都评分的练习中，练习后疼痛减去练习前疼痛的平均值（负数表示练习后疼痛减轻）。</translation>
    </message>
    <message>
        <source>Pain from 0 (none) to 10 (the worst). Each session rated before and after is a pair of marks; the lines join the weekly averages.</source>
        <translation>疼痛从 0（无痛）到 10（最痛）。每次前后都评分的练习显示为一对标记；折线连接各周的平均值。</translation>
    </message>
    <message>
        <source>Pain in the way</source>
        <translation>疼痛影响</translation>
    </message>
    <message>
        <source>Pain is higher after</source>
        <translation>练习后疼痛加重</translation>
    </message>
    <message>
        <source>Period: {first} to {last} ({weeks})</source>
        <translation>时间段：{first} 至 {last}（{weeks}）</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>穴位</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>已评分</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>练习方案</translation>
    </message>
    <message>
        <source>Routines used, and does it help?</source>
        <translation>使用的练习方案：有帮助吗？</translation>
    </message>
    <message>
        <source>Seems to help</source>
        <translation>似乎有帮助</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>练习次数</translation>
    </message>
    <message>
        <source>Sessions and days practised per week</source>
        <translation>每周练习次数和练习天数</translation>
    </message>
    <message>
        <source>Share of sessions</source>
        <translation>占练习次数的比例</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>睡眠</translation>
    </message>
    <message numerus="yes">
        <source>The latest notes; %n older note(s) left out.</source>
        <translation>
            <numerusform>以下为最近的备注；另有 %n 条较早的备注未列出。</numerusform>
        </translation>
    </message>
    <message>
        <source>The person kept this record themselves with the acupress-gui app: the sessions of acupressure they did and how much their back hurt before and after (0 = no pain, 10 = the worst pain). It is not a diagnosis and not a medical assessment.</source>
        <translation>本记录由本人使用 acupress-gui 应用自行填写：包括所做的穴位按压练习，以及每次练习前后背部的疼痛程度（0 = 无痛，10 = 最剧烈的疼痛）。本记录不是诊断，也不是医学评估。</translation>
    </message>
    <message>
        <source>This is a self-kept record, not a diagnosis. Acupressure does not replace a medical examination; back pain that lasts, gets worse or comes with numbness, weakness or fever needs a professional.</source>
        <translation>这是一份自我记录，并非诊断。穴位按压不能代替医学检查；如果背痛持续不缓解、逐渐加重，或伴有麻木、无力或发热，请寻求专业医生诊治。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Time per point and side</source>
        <translation>各穴位及各侧的按压时长</translation>
    </message>
    <message>
        <source>Too few ratings yet</source>
        <translation>评分还太少</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>周起始日</translation>
    </message>
    <message>
        <source>Weekly check-in</source>
        <translation>每周自评</translation>
    </message>
    <message>
        <source>What it suggests</source>
        <translation>说明什么</translation>
    </message>
    <message>
        <source>Where the pain was</source>
        <translation>疼痛部位</translation>
    </message>
    <message>
        <source>after</source>
        <translation>练习后</translation>
    </message>
    <message>
        <source>before a session</source>
        <translation>练习前</translation>
    </message>
    <message>
        <source>pain got in the way</source>
        <translation>疼痛对活动的影响</translation>
    </message>
    <message>
        <source>slept well</source>
        <translation>睡眠质量</translation>
    </message>
    <message>
        <source>weekly average after</source>
        <translation>每周平均（练习后）</translation>
    </message>
    <message>
        <source>weekly average before</source>
        <translation>每周平均（练习前）</translation>
    </message>
    <message>
        <source>weekly average pain after</source>
        <translation>每周练习后平均疼痛</translation>
    </message>
    <message>
        <source>{rated} rated before and after: on average {before} before and {after} after.</source>
        <translation>其中 {rated}前后都有评分：练习前平均 {before}，练习后平均 {after}。</translation>
    </message>
    <message>
        <source>{sessions} on {days}, {time} in total.</source>
        <translation>在 {days}内进行了 {sessions}，总计 {time}。</translation>
    </message>
</context>
<context>
    <name>RoutineChanges</name>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n 个步骤</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “{name}”</source>
        <translation>删除“{name}”</translation>
    </message>
    <message>
        <source>Deleted “{name}”. {keys} brings it back.</source>
        <translation>已删除“{name}”。按 {keys} 可恢复。</translation>
    </message>
    <message>
        <source>Duplicate “{name}”</source>
        <translation>复制“{name}”</translation>
    </message>
    <message>
        <source>Exported “{name}” to {path}.</source>
        <translation>已将“{name}”导出到 {path}。</translation>
    </message>
    <message>
        <source>Import “{name}”</source>
        <translation>导入“{name}”</translation>
    </message>
    <message>
        <source>Imported “{name}” ({steps}).</source>
        <translation>已导入“{name}”（{steps}）。</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>新练习方案</translation>
    </message>
    <message>
        <source>The file of “{name}” could not be removed: {reason}</source>
        <translation>无法删除“{name}”的文件：{reason}</translation>
    </message>
    <message>
        <source>The routine could not be exported to {path}: {reason}</source>
        <translation>无法将练习方案导出到 {path}：{reason}</translation>
    </message>
    <message>
        <source>{file} was not imported: {reason}</source>
        <translation>未导入 {file}：{reason}</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name}（副本）</translation>
    </message>
    <message>
        <source>“{name}” could not be saved to {folder}: {reason}. The change is kept only until you close the app.</source>
        <translation>无法将“{name}”保存到 {folder}：{reason}。此更改只保留到您关闭应用为止。</translation>
    </message>
    <message>
        <source>“{name}” is your copy: drag points in, reorder, change the timings.</source>
        <translation>“{name}”是您的副本：可以拖入穴位、调整顺序、修改时间。</translation>
    </message>
</context>
<context>
    <name>RoutineDetails</name>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n 个步骤</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown point(s) skipped</source>
        <translation>
            <numerusform>已跳过 %n 个未知穴位</numerusform>
        </translation>
    </message>
    <message>
        <source>A description has at most {n} characters.</source>
        <translation>描述最多 {n} 个字符。</translation>
    </message>
    <message>
        <source>A name cannot contain line breaks or control characters.</source>
        <translation>名称不能包含换行符或控制字符。</translation>
    </message>
    <message>
        <source>A name has at most {n} characters.</source>
        <translation>名称最多 {n} 个字符。</translation>
    </message>
    <message>
        <source>A routine needs a name.</source>
        <translation>练习方案需要一个名称。</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation>编辑描述</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>名称(&amp;M)：</translation>
    </message>
    <message>
        <source>Name problem</source>
        <translation>名称问题</translation>
    </message>
    <message>
        <source>No steps yet</source>
        <translation>尚无步骤</translation>
    </message>
    <message>
        <source>Rename routine</source>
        <translation>重命名练习方案</translation>
    </message>
    <message>
        <source>Routine description</source>
        <translation>练习方案描述</translation>
    </message>
    <message>
        <source>Routine name</source>
        <translation>练习方案名称</translation>
    </message>
    <message>
        <source>There is already a routine called “{name}”.</source>
        <translation>已有名为“{name}”的练习方案。</translation>
    </message>
    <message>
        <source>Total duration</source>
        <translation>总时长</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>总计：</translation>
    </message>
    <message>
        <source>What this routine is for, when to do it, where the points come from</source>
        <translation>此练习方案的用途、适合何时练习、穴位出自哪里</translation>
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
            <numerusform>%n 个步骤</numerusform>
        </translation>
    </message>
    <message>
        <source>Built-in (read-only). {text}</source>
        <translation>内置（只读）。{text}</translation>
    </message>
    <message>
        <source>Built-in routines are read-only. Create a new routine, or duplicate one to make it your own.</source>
        <translation>内置练习方案为只读。请新建一个练习方案，或复制一个作为您自己的方案。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Rou&amp;tines</source>
        <translation>练习方案(&amp;T)</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>练习方案</translation>
    </message>
</context>
<context>
    <name>RoutinesPage</name>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n 个步骤</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete routine</source>
        <translation>删除练习方案(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Export routine…</source>
        <translation>导出练习方案(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import routine…</source>
        <translation>导入练习方案(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;New routine</source>
        <translation>新建练习方案(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message numerus="yes">
        <source>Add %n point(s)</source>
        <translation>
            <numerusform>添加 %n 个穴位</numerusform>
        </translation>
    </message>
    <message>
        <source>Add {code}</source>
        <translation>添加 {code}</translation>
    </message>
    <message>
        <source>Built-in routines cannot be deleted.</source>
        <translation>内置练习方案无法删除。</translation>
    </message>
    <message>
        <source>Built-in, read-only</source>
        <translation>内置，只读</translation>
    </message>
    <message>
        <source>Caution in pregnancy</source>
        <translation>孕期注意</translation>
    </message>
    <message>
        <source>Change step</source>
        <translation>修改步骤</translation>
    </message>
    <message>
        <source>D&amp;uplicate routine</source>
        <translation>复制练习方案(&amp;U)</translation>
    </message>
    <message>
        <source>Drag steps out</source>
        <translation>拖出步骤</translation>
    </message>
    <message>
        <source>Duplicate step</source>
        <translation>复制步骤</translation>
    </message>
    <message>
        <source>Export routine</source>
        <translation>导出练习方案</translation>
    </message>
    <message>
        <source>Import routine</source>
        <translation>导入练习方案</translation>
    </message>
    <message numerus="yes">
        <source>Move %n step(s)</source>
        <translation>
            <numerusform>移动 %n 个步骤</numerusform>
        </translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>移动步骤</translation>
    </message>
    <message>
        <source>Move step down</source>
        <translation>下移步骤</translation>
    </message>
    <message>
        <source>Move step up</source>
        <translation>上移步骤</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>新练习方案</translation>
    </message>
    <message>
        <source>Open or create a routine first.</source>
        <translation>请先打开或新建一个练习方案。</translation>
    </message>
    <message>
        <source>Point not in the catalogue</source>
        <translation>穴位不在目录中</translation>
    </message>
    <message>
        <source>Re&amp;name routine</source>
        <translation>重命名练习方案(&amp;N)</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n step(s)</source>
        <translation>
            <numerusform>移除 %n 个步骤</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>移除步骤</translation>
    </message>
    <message>
        <source>Routine files (*.json)</source>
        <translation>练习方案文件 (*.json)</translation>
    </message>
    <message>
        <source>Routine files (*.json);;All files (*)</source>
        <translation>练习方案文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The point {code} is not in the catalogue of this version. The step is kept in the routine but skipped when you run it.</source>
        <translation>当前版本的穴位目录中没有穴位 {code}。该步骤会保留在练习方案中，但运行时会跳过。</translation>
    </message>
    <message>
        <source>hold {hold} s · rest {rest} s · {reps}× · {sides} · prepare {prepare} s</source>
        <translation>按压 {hold} 秒 · 休息 {rest} 秒 · {reps} 次 · {sides} · 准备 {prepare} 秒</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>{n}. unknown point {code}</source>
        <translation>{n}. 未知穴位 {code}</translation>
    </message>
    <message>
        <source>“{name}” is a built-in routine: use “Duplicate to edit” to change it.</source>
        <translation>“{name}”是内置练习方案：如需修改，请使用“复制后编辑”。</translation>
    </message>
</context>
<context>
    <name>RunningPanel</name>
    <message>
        <source>Cautions</source>
        <translation>注意事项</translation>
    </message>
    <message>
        <source>For your helper:</source>
        <translation>给您的协助者：</translation>
    </message>
    <message>
        <source>If you cannot reach it:</source>
        <translation>如果您够不到：</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Instructions and cautions</source>
        <translation>说明和注意事项</translation>
    </message>
    <message>
        <source>Needs a partner.</source>
        <translation>需要他人协助。</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Next: done</source>
        <translation>下一步：完成</translation>
    </message>
    <message>
        <source>Next: {name}</source>
        <translation>下一步：{name}</translation>
    </message>
    <message>
        <source>Next: {phase}</source>
        <translation>下一步：{phase}</translation>
    </message>
    <message>
        <source>Paused · {phase}</source>
        <translation>已暂停 · {phase}</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>穴位</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>姿势</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Repetition</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Repetition {x} of {n}</source>
        <translation>第 {x} 次，共 {n} 次</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>左右侧</translation>
    </message>
    <message>
        <source>Step {x} of {n}  ·  {time} left</source>
        <translation>第 {x} 步，共 {n} 步  ·  剩余 {time}</translation>
    </message>
    <message>
        <source>The sources give no way to do this one alone: skip it (Right) if no one can help.</source>
        <translation>资料来源没有给出独自完成的方法：如果没有人能帮忙，请跳过（按右方向键）。</translation>
    </message>
    <message>
        <source>Then the next point:</source>
        <translation>然后是下一个穴位：</translation>
    </message>
    <message>
        <source>Where to press:</source>
        <translation>按压位置：</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>位置：</translation>
    </message>
</context>
<context>
    <name>SafetyNotice</name>
    <message>
        <source>&amp;I understand</source>
        <translation>我已了解(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>确定(&amp;O)</translation>
    </message>
    <message>
        <source>Acupressure is gentle, but it is not for every body or every day. Please read this once before your first session.</source>
        <translation>穴位按压很温和，但并不适合每个人，也不是每天都适合。首次练习前，请先阅读一遍以下内容。</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>开始之前</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>我已了解</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Safety cautions</source>
        <translation>安全注意事项</translation>
    </message>
    <message>
        <source>Safety notice</source>
        <translation>安全须知</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>静音</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>{action} (Space)</source>
        <translation>{action}（空格）</translation>
    </message>
</context>
<context>
    <name>SessionDetail</name>
    <message numerus="yes">
        <source>%Ln hold(s), {held} held</source>
        <translation>
            <numerusform>%Ln 次按压，共按压 {held}</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>实际按压</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>按压次数</translation>
    </message>
    <message>
        <source>How did it feel? Anything to remember next time?</source>
        <translation>感觉怎么样？下次有什么需要记住的吗？</translation>
    </message>
    <message>
        <source>No session matches these filters.</source>
        <translation>没有符合这些筛选条件的练习。</translation>
    </message>
    <message>
        <source>No sessions yet. Run one on the Session page (Ctrl+1): it appears here with its holds, and you can rate how it helped. You can also import a CSV file.</source>
        <translation>还没有练习记录。请在“练习”页面（Ctrl+1）进行一次练习：它会连同各次按压显示在这里，您可以评价效果。您也可以导入 CSV 文件。</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Pain &amp;after:</source>
        <translation>练习后疼痛(&amp;A)：</translation>
    </message>
    <message>
        <source>Pain &amp;before:</source>
        <translation>练习前疼痛(&amp;B)：</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>练习后疼痛</translation>
    </message>
    <message>
        <source>Pain before</source>
        <translation>练习前疼痛</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>穴位</translation>
    </message>
    <message>
        <source>Rep.</source>
        <translation>第几次</translation>
    </message>
    <message>
        <source>Repetition on this side</source>
        <translation>该侧的第几次重复</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Revert ratings and note</source>
        <translation>还原评分和备注</translation>
    </message>
    <message>
        <source>Save chan&amp;ges</source>
        <translation>保存更改(&amp;G)</translation>
    </message>
    <message>
        <source>Save ratings and note</source>
        <translation>保存评分和备注</translation>
    </message>
    <message>
        <source>Save the ratings and the note (Ctrl+S)</source>
        <translation>保存评分和备注（Ctrl+S）</translation>
    </message>
    <message>
        <source>Select a session to see its holds, ratings and note.</source>
        <translation>选择一次练习，即可查看其按压、评分和备注。</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>练习摘要</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>左右侧</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>The app closed during this session; the holds finished before were kept.</source>
        <translation>这次练习中途应用关闭了；之前已完成的按压均已保留。</translation>
    </message>
    <message>
        <source>The ratings and the note could not be saved: {error}</source>
        <translation>无法保存评分和备注：{error}</translation>
    </message>
    <message>
        <source>Weekly check-in: pain got in the way {interference}/10, slept {sleep}/10</source>
        <translation>每周自评：疼痛对活动的影响 {interference}/10，睡眠 {sleep}/10</translation>
    </message>
    <message>
        <source>Where it hurt: {regions}</source>
        <translation>疼痛部位：{regions}</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message numerus="yes">
        <source>%n hold(s)</source>
        <translation>
            <numerusform>%n 次按压</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n 个穴位</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>继续(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation>保留(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Skip them</source>
        <translation>跳过(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Stop session</source>
        <translation>停止练习(&amp;S)</translation>
    </message>
    <message>
        <source>Paused. Press Space to go on.</source>
        <translation>已暂停。按空格键继续。</translation>
    </message>
    <message>
        <source>Paused: the computer was asleep. Press Space to go on.</source>
        <translation>已暂停：电脑曾进入睡眠。按空格键继续。</translation>
    </message>
    <message>
        <source>Points to avoid in pregnancy</source>
        <translation>孕期应避免的穴位</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Session complete. Well done.</source>
        <translation>练习完成，做得很好。</translation>
    </message>
    <message>
        <source>Session ended.</source>
        <translation>练习已结束。</translation>
    </message>
    <message>
        <source>Session stopped.</source>
        <translation>练习已停止。</translation>
    </message>
    <message>
        <source>Stop now? What you have done so far is kept in your history.</source>
        <translation>现在停止吗？已完成的部分会保存在历史记录中。</translation>
    </message>
    <message>
        <source>Stop the session?</source>
        <translation>停止练习吗？</translation>
    </message>
    <message>
        <source>The session was paused: the computer stopped responding for {duration}. Press Space to go on.</source>
        <translation>练习已暂停：电脑有 {duration} 没有响应。按空格键继续。</translation>
    </message>
    <message>
        <source>This routine has no points that can be run.</source>
        <translation>此练习方案中没有可以运行的穴位。</translation>
    </message>
    <message>
        <source>This routine includes {codes}. The sources say these points can induce labour and should be avoided in pregnancy.</source>
        <translation>此练习方案包含 {codes}。据资料来源，这些穴位可能引发宫缩，孕期应避免按压。</translation>
    </message>
</context>
<context>
    <name>SessionRun</name>
    <message>
        <source>History could not be written: {error}</source>
        <translation>无法写入历史记录：{error}</translation>
    </message>
</context>
<context>
    <name>SessionTable</name>
    <message>
        <source>Holds</source>
        <translation>按压次数</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>练习记录</translation>
    </message>
</context>
<context>
    <name>SessionText</name>
    <message>
        <source>Change position</source>
        <translation>调整姿势</translation>
    </message>
    <message>
        <source>Change position: {how}.</source>
        <translation>调整姿势：{how}。</translation>
    </message>
    <message>
        <source>Find the point</source>
        <translation>找到穴位</translation>
    </message>
    <message>
        <source>Find {name}, {side}.</source>
        <translation>找到{side}的 {name}。</translation>
    </message>
    <message>
        <source>Find {name}.</source>
        <translation>找到 {name}。</translation>
    </message>
    <message>
        <source>Get comfortable for the next point</source>
        <translation>找个舒服的姿势，准备下一个穴位</translation>
    </message>
    <message>
        <source>Helper: find {name}.</source>
        <translation>协助者：请找到 {name}。</translation>
    </message>
    <message>
        <source>Helper: press now.</source>
        <translation>协助者：现在按压。</translation>
    </message>
    <message>
        <source>Helper: release.</source>
        <translation>协助者：松开。</translation>
    </message>
    <message>
        <source>Helper: the other side.</source>
        <translation>协助者：换另一侧。</translation>
    </message>
    <message>
        <source>Next point</source>
        <translation>下一个穴位</translation>
    </message>
    <message>
        <source>Next: {name}.</source>
        <translation>下一个：{name}。</translation>
    </message>
    <message>
        <source>Press</source>
        <extracomment>Translators: a phase shown in large letters: press the point now (an instruction).</extracomment>
        <translation>按压</translation>
    </message>
    <message>
        <source>Press.</source>
        <translation>按压。</translation>
    </message>
    <message>
        <source>Release</source>
        <extracomment>Translators: a phase shown in large letters: stop pressing and rest (an instruction).</extracomment>
        <translation>松开</translation>
    </message>
    <message>
        <source>Release.</source>
        <translation>松开。</translation>
    </message>
    <message>
        <source>Switch to the left side</source>
        <translation>换到左侧</translation>
    </message>
    <message>
        <source>Switch to the right side</source>
        <translation>换到右侧</translation>
    </message>
</context>
<context>
    <name>SessionsPanel</name>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln 次练习</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>Add the sessions of a history CSV file; sessions already here are skipped</source>
        <translation>添加历史记录 CSV 文件中的练习；已有的练习会被跳过</translation>
    </message>
    <message>
        <source>Delete the selected sessions</source>
        <translation>删除所选练习</translation>
    </message>
    <message>
        <source>Delete the selected sessions (Del); can be undone</source>
        <translation>删除所选练习（Del）；可以撤销</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>将历史记录导出为 CSV</translation>
    </message>
    <message>
        <source>Export the whole history as a CSV file (Ctrl+E)</source>
        <translation>将全部历史记录导出为 CSV 文件（Ctrl+E）</translation>
    </message>
    <message>
        <source>Import history from CSV</source>
        <translation>从 CSV 导入历史记录</translation>
    </message>
    <message>
        <source>Number of sessions shown</source>
        <translation>显示的练习次数</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln session(s) shown</source>
        <translation>
            <numerusform>显示 %Ln 次练习中的 {shown} 次</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsKeeper</name>
    <message>
        <source>Sound off</source>
        <translation>声音已关闭</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>声音已开启</translation>
    </message>
    <message>
        <source>Text size {percent} %</source>
        <translation>文字大小 {percent}%</translation>
    </message>
    <message>
        <source>The new language is used the next time you start acupress-gui.</source>
        <translation>新语言将在下次启动 acupress-gui 时生效。</translation>
    </message>
</context>
<context>
    <name>SettingsMenu</name>
    <message>
        <source>&amp;Breathing guide during holds</source>
        <translation>按压时显示呼吸引导(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Reduce motion</source>
        <translation>减少动画(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>Breathe in as the ring grows, out slowly as it shrinks (6 breaths a minute)</source>
        <translation>圆环变大时吸气，变小时慢慢呼气（每分钟 6 次呼吸）</translation>
    </message>
    <message>
        <source>Flag points the sources advise against in pregnancy, and ask before them</source>
        <translation>标出资料来源建议孕期避免按压的穴位，并在按压这些穴位前先询问您</translation>
    </message>
    <message>
        <source>I am &amp;pregnant</source>
        <translation>我正处于孕期(&amp;P)</translation>
    </message>
    <message>
        <source>Once a week: how much pain got in the way, and how well you slept (0-10)</source>
        <translation>每周一次：疼痛对活动的影响有多大，以及您的睡眠怎么样（0-10）</translation>
    </message>
    <message>
        <source>Practice reminders, the tray, starting at log-in and your weekly goal</source>
        <translation>练习提醒、托盘、登录时启动以及每周目标</translation>
    </message>
    <message>
        <source>R&amp;eminders…</source>
        <translation>提醒(&amp;E)…</translation>
    </message>
    <message>
        <source>Session &amp;timing…</source>
        <translation>练习时间设置(&amp;T)…</translation>
    </message>
    <message>
        <source>Sound &amp;volume</source>
        <translation>音量(&amp;V)</translation>
    </message>
    <message>
        <source>V&amp;oice cues</source>
        <translation>语音提示(&amp;O)</translation>
    </message>
    <message>
        <source>Weekly &amp;check-in after a session</source>
        <translation>练习后进行每周自评(&amp;C)</translation>
    </message>
</context>
<context>
    <name>SetupPanel</name>
    <message>
        <source>&amp;Pain now (0–10, optional):</source>
        <translation>当前疼痛（0–10，可选）(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Where it hurts (optional):</source>
        <translation>疼痛部位（可选）(&amp;W)：</translation>
    </message>
    <message>
        <source>A &amp;helper presses for me</source>
        <translation>由协助者为我按压(&amp;H)</translation>
    </message>
    <message>
        <source>A helper presses for me</source>
        <translation>由协助者为我按压</translation>
    </message>
    <message>
        <source>Guided session</source>
        <translation>引导式练习</translation>
    </message>
    <message>
        <source>No routine yet: make one on the Routines page.</source>
        <translation>还没有练习方案：请在“练习方案”页面创建一个。</translation>
    </message>
    <message>
        <source>Optional: how much does your back hurt now? 0 = none</source>
        <translation>可选：您的背现在有多痛？0 = 不痛</translation>
    </message>
    <message>
        <source>Pain before, 0 to 10</source>
        <translation>练习前疼痛，0 到 10</translation>
    </message>
    <message>
        <source>Points that need a partner are explained to your helper, in their words</source>
        <translation>需要他人协助的穴位，会直接向您的协助者讲解</translation>
    </message>
    <message>
        <source>R&amp;outine:</source>
        <translation>练习方案(&amp;O)：</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>练习方案</translation>
    </message>
    <message>
        <source>Routine overview</source>
        <translation>练习方案概览</translation>
    </message>
    <message>
        <source>Start  (Space)</source>
        <translation>开始（空格）</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>开始练习</translation>
    </message>
    <message>
        <source>This routine has no points that can be run.</source>
        <translation>此练习方案中没有可以运行的穴位。</translation>
    </message>
    <message>
        <source>This week&apos;s progress toward your goal</source>
        <translation>本周目标进度</translation>
    </message>
    <message>
        <source>Your helper presses {codes}: the session speaks to them there.</source>
        <translation>{codes} 由您的协助者按压：练习到这里时，会直接对协助者说明。</translation>
    </message>
    <message>
        <source>avoid in pregnancy</source>
        <translation>孕期避免按压</translation>
    </message>
    <message>
        <source>needs a partner</source>
        <translation>需要他人协助</translation>
    </message>
    <message>
        <source>your helper presses</source>
        <translation>由协助者按压</translation>
    </message>
    <message>
        <source>{codes} need a partner; the session shows what you can do alone.</source>
        <translation>{codes} 需要他人协助；练习中会显示您独自可以怎么做。</translation>
    </message>
    <message>
        <source>{codes} needs a partner; the session shows what you can do alone.</source>
        <translation>{codes} 需要他人协助；练习中会显示您独自可以怎么做。</translation>
    </message>
    <message>
        <source>{codes}: not in the point catalogue, left out.</source>
        <translation>{codes}：不在穴位目录中，已略过。</translation>
    </message>
    <message>
        <source>{hold} × {reps}</source>
        <translation>{hold} × {reps}</translation>
    </message>
    <message>
        <source>{name} (yours)</source>
        <translation>{name}（我的）</translation>
    </message>
    <message>
        <source>{n}. {code}: unknown point, left out</source>
        <translation>{n}. {code}：未知穴位，已略过</translation>
    </message>
    <message>
        <source>{points} · {time}</source>
        <translation>{points} · {time}</translation>
    </message>
    <message>
        <source>⚠ {codes}: the sources advise against these in pregnancy.</source>
        <translation>⚠ {codes}：资料来源建议孕期避免按压这些穴位。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>Sides</name>
    <message>
        <source>Left side</source>
        <translation>左侧</translation>
    </message>
    <message>
        <source>Middle of the body</source>
        <translation>身体中线</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>右侧</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>两侧</translation>
    </message>
    <message>
        <source>left</source>
        <extracomment>Translators: the side of the body of one hold, in a narrow table column.</extracomment>
        <translation>左</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>左侧</translation>
    </message>
    <message>
        <source>left side only</source>
        <translation>仅左侧</translation>
    </message>
    <message>
        <source>midline</source>
        <translation>中线</translation>
    </message>
    <message>
        <source>right</source>
        <translation>右</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>右侧</translation>
    </message>
    <message>
        <source>right side only</source>
        <translation>仅右侧</translation>
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>A midline point is pressed once, in the middle.</source>
        <translation>正中线上的穴位只按压一次，按在正中。</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>两侧</translation>
    </message>
    <message>
        <source>Both sides (left, then right), or one side only</source>
        <translation>两侧（先左后右），或仅一侧</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>按压</translation>
    </message>
    <message>
        <source>Hold seconds</source>
        <translation>按压秒数</translation>
    </message>
    <message>
        <source>Hold:</source>
        <translation>按压：</translation>
    </message>
    <message>
        <source>Left only</source>
        <translation>仅左侧</translation>
    </message>
    <message>
        <source>Middle</source>
        <translation>正中</translation>
    </message>
    <message>
        <source>Prepare seconds</source>
        <translation>准备秒数</translation>
    </message>
    <message>
        <source>Prepare time</source>
        <translation>准备时间</translation>
    </message>
    <message>
        <source>Prepare:</source>
        <translation>准备：</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>重复：</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>重复次数</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>Rest seconds</source>
        <translation>休息秒数</translation>
    </message>
    <message>
        <source>Rest:</source>
        <translation>休息：</translation>
    </message>
    <message>
        <source>Right only</source>
        <translation>仅右侧</translation>
    </message>
    <message numerus="yes">
        <source>Settings of %n step(s)</source>
        <translation>
            <numerusform>%n 个步骤的设置</numerusform>
        </translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>左右侧</translation>
    </message>
    <message>
        <source>Sides:</source>
        <translation>左右侧：</translation>
    </message>
    <message>
        <source>Skipped: unknown point</source>
        <translation>已跳过：未知穴位</translation>
    </message>
    <message>
        <source>Step settings</source>
        <translation>步骤设置</translation>
    </message>
    <message>
        <source>Step settings problem</source>
        <translation>步骤设置问题</translation>
    </message>
    <message>
        <source>Step settings: select a step</source>
        <translation>步骤设置：请选择一个步骤</translation>
    </message>
    <message>
        <source>Step takes {duration}</source>
        <translation>此步骤用时 {duration}</translation>
    </message>
    <message>
        <source>Step {n} settings: {code} {name}</source>
        <translation>第 {n} 步设置：{code} {name}</translation>
    </message>
    <message>
        <source>unknown point</source>
        <translation>未知穴位</translation>
    </message>
    <message>
        <source>{low} to {high}{unit}</source>
        <translation>{low} 到 {high}{unit}</translation>
    </message>
    <message>
        <source>{what} must be between {low} and {high}{unit}. The step keeps {kept}{unit} until you type a number in that range.</source>
        <translation>{what}必须在 {low} 到 {high}{unit}之间。在您输入此范围内的数字之前，该步骤保持 {kept}{unit}。</translation>
    </message>
    <message>
        <source>×</source>
        <translation> 次</translation>
    </message>
</context>
<context>
    <name>StepsPanel</name>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Choose a routine on the left, or create one.</source>
        <translation>请在左侧选择一个练习方案，或新建一个。</translation>
    </message>
    <message>
        <source>Drag steps to reorder them, or back to the library to remove them.</source>
        <translation>拖动步骤可调整顺序，拖回穴位库即可移除。</translation>
    </message>
    <message>
        <source>Drag to reorder, Ctrl+Up and Ctrl+Down to move, Delete to remove the selected steps.</source>
        <translation>拖动可调整顺序，按 Ctrl+↑ 和 Ctrl+↓ 移动，按 Delete 键删除所选步骤。</translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation>复制(&amp;P)</translation>
    </message>
    <message>
        <source>Duplicate to edit</source>
        <translation>复制后编辑</translation>
    </message>
    <message>
        <source>Make an editable copy of this built-in routine</source>
        <translation>为此内置练习方案创建一个可编辑的副本</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation>下移(&amp;N)</translation>
    </message>
    <message>
        <source>No steps yet.

Drag points here from the library, or select a point and press Enter.</source>
        <translation>尚无步骤。

从穴位库将穴位拖到这里，或选择一个穴位后按回车键。</translation>
    </message>
    <message>
        <source>On your own: {text}</source>
        <translation>独自练习时：{text}</translation>
    </message>
    <message>
        <source>Ro&amp;utine steps</source>
        <translation>练习方案步骤(&amp;U)</translation>
    </message>
    <message>
        <source>Routine steps</source>
        <translation>练习方案步骤</translation>
    </message>
    <message>
        <source>{code} needs a partner or therapist to press it.</source>
        <translation>{code} 需要他人或治疗师帮忙按压。</translation>
    </message>
    <message>
        <source>“{name}” is built-in and read-only.</source>
        <translation>“{name}”是内置练习方案，为只读。</translation>
    </message>
    <message>
        <source>⚠ {code}: caution in pregnancy. {text}</source>
        <translation>⚠ {code}：孕期慎用。{text}</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message numerus="yes">
        <source>%n day(s) in a row with a session.</source>
        <translation>
            <numerusform>已连续 %n 天练习。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Pain now (0–10, optional):</source>
        <translation>当前疼痛（0–10，可选）(&amp;P)：</translation>
    </message>
    <message>
        <source>It could not be written to your history yet; it is kept in memory.</source>
        <translation>暂时无法写入历史记录；已暂存在内存中。</translation>
    </message>
    <message>
        <source>It is saved in your history.</source>
        <translation>已保存到您的历史记录中。</translation>
    </message>
    <message>
        <source>Most holds were skipped ({held} of {planned} held); it is kept in your history as it was.</source>
        <translation>大部分按压被跳过了（计划 {planned}，实际按压 {held}）；本次练习已按实际情况保存在历史记录中。</translation>
    </message>
    <message>
        <source>Ne&amp;w session</source>
        <translation>新练习(&amp;W)</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>新练习</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Optional: how did it go?</source>
        <translation>可选：这次练习感觉如何？</translation>
    </message>
    <message>
        <source>Pain after, 0 to 10</source>
        <translation>练习后疼痛，0 到 10</translation>
    </message>
    <message>
        <source>Pain before and after</source>
        <translation>练习前后的疼痛</translation>
    </message>
    <message>
        <source>Pain before: {before}. How is it now?</source>
        <translation>练习前疼痛：{before}。现在感觉如何？</translation>
    </message>
    <message>
        <source>Pain {before} → {after} ({change:+d})</source>
        <translation>疼痛 {before} → {after}（{change:+d}）</translation>
    </message>
    <message>
        <source>Sav&amp;e</source>
        <translation>保存(&amp;E)</translation>
    </message>
    <message>
        <source>Save rating and note</source>
        <translation>保存评分和备注</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>练习已结束</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>练习已停止</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>练习摘要</translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>连续天数</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>做得很好</translation>
    </message>
    <message>
        <source>Where it &amp;hurts (optional):</source>
        <translation>疼痛部位（可选）(&amp;H)：</translation>
    </message>
    <message>
        <source>{routine}: {holds} on {points}, {held} of pressing in {spent}.</source>
        <translation>{routine}：{points}，共 {holds}，用时 {spent}，其中按压 {held}。</translation>
    </message>
</context>
<context>
    <name>SummaryStrip</name>
    <message>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>上周</translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>连续天数</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
</context>
<context>
    <name>TimingDialog</name>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>&amp;Find the point (new steps):</source>
        <translation>找穴位（新步骤）(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Switch sides:</source>
        <translation>换边(&amp;S)：</translation>
    </message>
    <message>
        <source>Find it &amp;again on the new side:</source>
        <translation>在另一侧重新找穴位(&amp;A)：</translation>
    </message>
    <message>
        <source>Lying on the floor, a few more seconds between holds make it calmer.</source>
        <translation>躺在地上练习时，按压之间多留几秒会更从容。</translation>
    </message>
    <message>
        <source>Session timing</source>
        <translation>练习时间设置</translation>
    </message>
    <message>
        <source>Session timing problem</source>
        <translation>练习时间设置问题</translation>
    </message>
    <message>
        <source>This time must be between {low} and {high}{unit}; it stays {kept}{unit} until you type a number in that range.</source>
        <translation>此时间必须在 {low} 到 {high}{unit}之间；在您输入此范围内的数字之前，它保持 {kept}{unit}。</translation>
    </message>
    <message>
        <source>Time to find the point again on the new side</source>
        <translation>换到另一侧后重新找穴位的时间</translation>
    </message>
    <message>
        <source>Time to find the point, for new steps</source>
        <translation>新步骤中找穴位的时间</translation>
    </message>
    <message>
        <source>Time to switch sides</source>
        <translation>换边的时间</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>There is no translation for the language “{code}”, so the app is in English. The languages are: {known}.</source>
        <translation>没有“{code}”语言的翻译，因此应用显示为英语。可用语言：{known}。</translation>
    </message>
</context>
<context>
    <name>ViewOptions</name>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Larger</source>
        <translation>放大(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>正常大小(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Smaller</source>
        <translation>缩小(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>文字大小(&amp;T)</translation>
    </message>
    <message>
        <source>Like the &amp;desktop</source>
        <translation>跟随桌面(&amp;D)</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>主题(&amp;H)</translation>
    </message>
</context>
<context>
    <name>VoiceCues</name>
    <message>
        <source>Qt TextToSpeech could not be loaded: {error}</source>
        <translation>无法加载 Qt TextToSpeech：{error}</translation>
    </message>
    <message>
        <source>Voice is unavailable ({reason}); spoken cues were turned off.</source>
        <translation>语音不可用（{reason}）；语音提示已关闭。</translation>
    </message>
    <message>
        <source>the speech engine is still not responding</source>
        <translation>语音引擎仍无响应</translation>
    </message>
    <message>
        <source>the speech engine was not ready within {seconds:g} s</source>
        <translation>语音引擎未能在 {seconds:g} 秒内就绪</translation>
    </message>
</context>
<context>
    <name>cues</name>
    <message>
        <source>Qt Multimedia could not be loaded: {error}</source>
        <translation>无法加载 Qt Multimedia：{error}</translation>
    </message>
    <message>
        <source>no audio output device was found</source>
        <translation>未找到音频输出设备</translation>
    </message>
    <message>
        <source>no default audio output device is set</source>
        <translation>未设置默认音频输出设备</translation>
    </message>
    <message>
        <source>no speech engine is installed</source>
        <translation>未安装语音引擎</translation>
    </message>
    <message>
        <source>the speech engine failed</source>
        <translation>语音引擎出错</translation>
    </message>
    <message>
        <source>the speech engine “{engine}” is not installed</source>
        <translation>未安装语音引擎“{engine}”</translation>
    </message>
    <message>
        <source>{name} cannot be played on this audio device</source>
        <translation>无法在此音频设备上播放 {name}</translation>
    </message>
</context>
</TS>
