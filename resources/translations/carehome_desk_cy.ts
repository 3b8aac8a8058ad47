<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name></name>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="158"/>
        <source>Draft, not issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="160"/>
        <source>Version {number}, draft, not issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="162"/>
        <source>Version {number}, issued {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="166"/>
        <source>Protective marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="168"/>
        <source>Plan reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="170"/>
        <source>Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="171"/>
        <source>Home name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="172"/>
        <source>Case reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionCloseDialog</name>
    <message>
        <location filename="../../forms/action_close_dialog.ui" line="6"/>
        <source>Close action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/action_close_dialog.ui" line="10"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/action_close_dialog.ui" line="18"/>
        <source>When the action ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/action_close_dialog.ui" line="25"/>
        <source>&amp;Reason for closing (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/action_close_dialog.ui" line="31"/>
        <source>Reason for closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/action_close_dialog.ui" line="32"/>
        <source>e.g. JIMP agreed on 3 December that residents are no longer at risk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDoneDialog</name>
    <message>
        <location filename="../../forms/action_done_dialog.ui" line="6"/>
        <source>Mark action done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/action_done_dialog.ui" line="10"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/action_done_dialog.ui" line="20"/>
        <source>&amp;Date done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/action_done_dialog.ui" line="26"/>
        <source>Date done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/action_done_dialog.ui" line="28"/>
        <source>d MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/action_done_dialog.ui" line="33"/>
        <source>Done &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/action_done_dialog.ui" line="39"/>
        <source>Done by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/action_done_dialog.ui" line="41"/>
        <source>The officer set for this laptop is recorded as having done the action.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionNotApplicableDialog</name>
    <message>
        <location filename="../../forms/action_not_applicable_dialog.ui" line="6"/>
        <source>Mark action not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/action_not_applicable_dialog.ui" line="10"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/action_not_applicable_dialog.ui" line="18"/>
        <source>&amp;Reason the action does not apply (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/action_not_applicable_dialog.ui" line="24"/>
        <source>Reason the action does not apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionRescheduleDialog</name>
    <message>
        <location filename="../../forms/action_reschedule_dialog.ui" line="6"/>
        <source>Reschedule action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/action_reschedule_dialog.ui" line="10"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/action_reschedule_dialog.ui" line="20"/>
        <source>Now due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/action_reschedule_dialog.ui" line="25"/>
        <source>Current due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/action_reschedule_dialog.ui" line="31"/>
        <source>&amp;New due date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/action_reschedule_dialog.ui" line="37"/>
        <source>New due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/action_reschedule_dialog.ui" line="46"/>
        <source>&amp;Reason for the new date (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/action_reschedule_dialog.ui" line="52"/>
        <source>Reason for the new date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/action_reschedule_dialog.ui" line="53"/>
        <source>e.g. Manager on leave; visit agreed for the following Monday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../carehome_desk/app.py" line="128"/>
        <source>Care Home Desk is already open on {path}; its window was brought forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/app.py" line="135"/>
        <source>Care Home Desk is already open on the data folder {path} (process {pid}), and that window did not come forward. Switch to it, or if it has stopped responding, end process {pid} and start Care Home Desk again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/app.py" line="146"/>
        <source>The data folder {path} is a file, not a folder. Start Care Home Desk with a folder: carehome-desk --data-dir FOLDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/app.py" line="153"/>
        <source>Care Home Desk cannot use the data folder {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/app.py" line="157"/>
        <source>Care Home Desk cannot write to the data folder {path}. Allow writing to it, or start the app with another folder: carehome-desk --data-dir FOLDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/app.py" line="167"/>
        <source>Care Home Desk cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <location filename="../../carehome_desk/process/assessment.py" line="55"/>
        <source>Unknown criterion {criterion} in process map {map}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/process/assessment.py" line="64"/>
        <source>Criterion met without evidence: {text}. Add evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/process/assessment.py" line="76"/>
        <source>Unknown alert level {level}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/process/assessment.py" line="82"/>
        <source>The chosen level differs from the recommendation; give a reason for the change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../carehome_desk/store/backup.py" line="145"/>
        <source>There is no database in {path} to back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/backup.py" line="151"/>
        <source>{file} is the database itself; choose another file for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/backup.py" line="182"/>
        <source>Could not write the backup {file}: {reason}. Check that the folder exists, that you may write to it and that the disk has space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/backup.py" line="206"/>
        <source>{file} is damaged ({detail}), so it was not copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/backup.py" line="216"/>
        <source>The file {file} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/backup.py" line="227"/>
        <source>{file} is not a Care Home Desk database or is damaged ({detail}), so it was not copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/backup.py" line="237"/>
        <source>Could not copy {source} to {file}: {reason}. Check that the folder exists, that you may write to it and that the disk has space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/restore.py" line="67"/>
        <source>{file} is damaged ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/restore.py" line="83"/>
        <source>{file} is not a Care Home Desk database: it has no schema version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/restore.py" line="91"/>
        <source>{file} was written by a newer version of Care Home Desk (schema {found}; this version reads up to {supported}). Install the newer version to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/restore.py" line="132"/>
        <source>{file} is the database itself; choose a backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/restore.py" line="228"/>
        <source>Could not keep a copy of the current database as {file}: {reason}. Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/restore.py" line="242"/>
        <source>{file} is not a Care Home Desk database or is damaged ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/restore.py" line="250"/>
        <source>Could not read {file}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <location filename="../../carehome_desk/ui/case_actions.py" line="136"/>
        <source>Action not updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseModels</name>
    <message>
        <location filename="../../carehome_desk/ui/case_models.py" line="40"/>
        <source>{condition} — applies?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_models.py" line="44"/>
        <source>{condition} — applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_models.py" line="47"/>
        <source>{condition} — does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_models.py" line="55"/>
        <source>{date} (rescheduled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_models.py" line="66"/>
        <source> at a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_models.py" line="68"/>
        <source> at a {kind} meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_models.py" line="77"/>
        <source>Done on {date} by {officer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_models.py" line="82"/>
        <source>Closed on {date} by {officer}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_models.py" line="90"/>
        <source>Not applicable: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_models.py" line="94"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_models.py" line="132"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_models.py" line="133"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_models.py" line="134"/>
        <source>Responsible teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_models.py" line="135"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_models.py" line="136"/>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_models.py" line="137"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseRecords</name>
    <message>
        <location filename="../../carehome_desk/ui/case_records.py" line="25"/>
        <source>Council&apos;s exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_records.py" line="26"/>
        <source>Case closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_records.py" line="27"/>
        <source>Case reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_records.py" line="28"/>
        <source>Action rescheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_records.py" line="29"/>
        <source>Action closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_records.py" line="41"/>
        <source>{action}: from {old} to {new}. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_records.py" line="111"/>
        <location filename="../../carehome_desk/ui/case_records.py" line="134"/>
        <location filename="../../carehome_desk/ui/case_records.py" line="160"/>
        <location filename="../../carehome_desk/ui/case_records.py" line="181"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_records.py" line="115"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_records.py" line="118"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_records.py" line="119"/>
        <location filename="../../carehome_desk/ui/case_records.py" line="139"/>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_records.py" line="120"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_records.py" line="122"/>
        <location filename="../../carehome_desk/ui/case_records.py" line="148"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_records.py" line="126"/>
        <location filename="../../carehome_desk/ui/case_records.py" line="152"/>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_records.py" line="137"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_records.py" line="143"/>
        <source>Agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_records.py" line="146"/>
        <source>Outcome and decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_records.py" line="164"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_records.py" line="168"/>
        <location filename="../../carehome_desk/ui/case_records.py" line="185"/>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_records.py" line="172"/>
        <source>Process map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_records.py" line="175"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_records.py" line="184"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_records.py" line="186"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_records.py" line="190"/>
        <source>First assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_records.py" line="194"/>
        <source>Chosen instead of {recommended}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_records.py" line="278"/>
        <source>Decisions: {decisions}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseWindow</name>
    <message>
        <location filename="../../carehome_desk/ui/case_window.py" line="140"/>
        <source>This case no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_window.py" line="158"/>
        <source>Closed on {date} by {officer}: {reason}
Reopen the case to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_window.py" line="188"/>
        <source>{level} — set on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_window.py" line="192"/>
        <source>{level}; the Council exited on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_window.py" line="201"/>
        <source>{reference} — {home}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_window.py" line="227"/>
        <source>{date} by {officer} ({team})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_window.py" line="245"/>
        <source>{chosen}, as recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_window.py" line="247"/>
        <source>{chosen} chosen; {recommended} recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_window.py" line="254"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_window.py" line="258"/>
        <source>Evidence: {evidence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_window.py" line="321"/>
        <source>Cannot reassess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="9"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="14"/>
        <source>Alert level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="21"/>
        <source>Case closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="34"/>
        <source>Case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="42"/>
        <source>Care home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="59"/>
        <source>&amp;Reassess…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="60"/>
        <source>Assess the case again with the wizard, to escalate, step down or confirm its level (Alt+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="65"/>
        <source>Record &amp;visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="66"/>
        <source>Record a visit to the home, and the actions it completes (Alt+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="71"/>
        <source>Record &amp;meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="72"/>
        <source>Record a JIMP, JQMM, QAM or PPM, and the actions it completes (Alt+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="77"/>
        <source>Council&apos;s e&amp;xit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="78"/>
        <source>Record the day the Council withdrew its support, which dates the weekly monitoring visits (Alt+X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="89"/>
        <source>Cl&amp;ose case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="90"/>
        <source>Close the case with a reason; it stays readable and can be reopened (Alt+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="95"/>
        <source>Re&amp;open case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="96"/>
        <source>Reopen the closed case, recording why (Alt+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="103"/>
        <source>Case sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="106"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="107"/>
        <source>The concern, the latest assessment and the required actions (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="114"/>
        <source>Concern and latest assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="125"/>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="131"/>
        <source>Date raised:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="136"/>
        <source>Date raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="143"/>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="148"/>
        <source>Source of the concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="155"/>
        <source>Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="161"/>
        <source>Summary of the concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="173"/>
        <source>Latest assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="179"/>
        <source>Assessed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="184"/>
        <source>Assessed on and by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="192"/>
        <source>Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="197"/>
        <source>Recommended and chosen level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="205"/>
        <source>Reason for the change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="211"/>
        <source>Reason for choosing another level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="219"/>
        <source>Criteria met:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="225"/>
        <source>Criteria met, with evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="234"/>
        <source>Other concern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="240"/>
        <source>Other concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="259"/>
        <source>Required ac&amp;tions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="265"/>
        <source>Required actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="278"/>
        <source>&amp;Applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="279"/>
        <source>The condition of the selected action is met, so the action stays open (Alt+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="284"/>
        <source>Does &amp;not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="285"/>
        <source>The condition of the selected action is not met, so the action is closed as not applicable (Alt+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="290"/>
        <source>Mark &amp;done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="291"/>
        <source>Record the date the selected action was done (Alt+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="296"/>
        <source>Not a&amp;pplicable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="297"/>
        <source>Close the selected action as not applicable, with a reason (Alt+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="302"/>
        <source>Re&amp;schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="303"/>
        <source>Give the selected open action a new due date, with a reason (Alt+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="308"/>
        <source>C&amp;lose action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="309"/>
        <source>Close the selected open-ended action, such as one that lasts until further notice, with a reason (Alt+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="320"/>
        <source>N&amp;ew DAP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="321"/>
        <source>Start a Developmental Action Plan from this case&apos;s actions, on the Plans tab (Alt+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="326"/>
        <source>New &amp;CAP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="327"/>
        <source>Start a Corrective Action Plan from this case&apos;s actions, on the Plans tab (Alt+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="339"/>
        <source>Visits and meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="340"/>
        <source>Visits to the home and meetings about it (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="352"/>
        <source>Visi&amp;ts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="358"/>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="372"/>
        <source>Ed&amp;it visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="373"/>
        <source>Correct the selected visit or add to its findings (Alt+I, or Enter in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="392"/>
        <source>Meetin&amp;gs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="398"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="412"/>
        <source>&amp;Edit meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="413"/>
        <source>Correct the selected meeting (Alt+E, or Enter in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="431"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="432"/>
        <source>Every assessment and level, and the case&apos;s dated events (Ctrl+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="436"/>
        <source>&amp;Level history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="442"/>
        <source>Level history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="454"/>
        <source>Ev&amp;ents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="460"/>
        <source>Case events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="473"/>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="474"/>
        <source>The case&apos;s DAP and CAP (Ctrl+4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseActionDialog</name>
    <message>
        <location filename="../../carehome_desk/ui/action_dialogs.py" line="129"/>
        <source>Open until: {condition}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <location filename="../../carehome_desk/ui/case_dialogs.py" line="114"/>
        <source>1 action is still open. It stays open in the case but leaves the deadlines list and the counts while the case is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_dialogs.py" line="119"/>
        <source>{count} actions are still open. They stay open in the case but leave the deadlines list and the counts while the case is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_dialogs.py" line="136"/>
        <source>Case not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/close_case_dialog.ui" line="6"/>
        <source>Close case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/close_case_dialog.ui" line="12"/>
        <source>&amp;Date closed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/close_case_dialog.ui" line="18"/>
        <source>Date closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/close_case_dialog.ui" line="30"/>
        <source>&amp;Reason for closing (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/close_case_dialog.ui" line="36"/>
        <source>Reason for closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/close_case_dialog.ui" line="37"/>
        <source>e.g. Fourth weekly visit found every DAP item complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/close_case_dialog.ui" line="43"/>
        <source>Open actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosePlanDialog</name>
    <message>
        <location filename="../../carehome_desk/ui/plan_small_dialogs.py" line="129"/>
        <source>Close plan {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_small_dialogs.py" line="151"/>
        <source>Plan not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/close_plan_dialog.ui" line="6"/>
        <source>Close plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/close_plan_dialog.ui" line="10"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/close_plan_dialog.ui" line="20"/>
        <source>&amp;Reason for closing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/close_plan_dialog.ui" line="26"/>
        <source>Reason for closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/close_plan_dialog.ui" line="32"/>
        <source>Who was &amp;told:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/close_plan_dialog.ui" line="38"/>
        <source>Who was told that the plan closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/close_plan_dialog.ui" line="45"/>
        <source>&amp;Date closed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/close_plan_dialog.ui" line="51"/>
        <source>Date closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/close_plan_dialog.ui" line="53"/>
        <source>d MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConcernSource</name>
    <message>
        <location filename="../../carehome_desk/process/assessment.py" line="90"/>
        <source>CIW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/process/assessment.py" line="91"/>
        <source>Health board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/process/assessment.py" line="92"/>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/process/assessment.py" line="93"/>
        <source>HSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/process/assessment.py" line="94"/>
        <source>Ambulance service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/process/assessment.py" line="95"/>
        <source>Another local authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/process/assessment.py" line="96"/>
        <source>Case Management review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/process/assessment.py" line="97"/>
        <source>Complaint or whistleblower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/process/assessment.py" line="98"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConcernWizard</name>
    <message>
        <location filename="../../carehome_desk/ui/wizard/concern_wizard.py" line="67"/>
        <source>Reassess {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/wizard/concern_wizard.py" line="151"/>
        <source>Reassessment not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/wizard/concern_wizard.py" line="153"/>
        <source>Case not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/wizard/concern_wizard.py" line="166"/>
        <source>Discard concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/wizard/concern_wizard.py" line="168"/>
        <source>Close the wizard and discard what you typed? Nothing has been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/wizard/concern_wizard.py" line="171"/>
        <source>Discard reassessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/wizard/concern_wizard.py" line="173"/>
        <source>Close the wizard and discard what you typed? The case has not been reassessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="17"/>
        <source>New concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="24"/>
        <source>Care home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="25"/>
        <source>Choose the care home the concern is about, or add it if it is not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="31"/>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="37"/>
        <source>Name, postcode, CIW number or provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="39"/>
        <source>Search care homes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="46"/>
        <source>Care &amp;homes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="52"/>
        <source>Care homes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="78"/>
        <source>&amp;Add home…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="79"/>
        <source>Add a care home that is not in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="88"/>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="89"/>
        <source>When the concern was raised, where it came from and what it is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="93"/>
        <source>Date &amp;raised:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="100"/>
        <source>Date raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="110"/>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="116"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="117"/>
        <source>Choose where the concern came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="126"/>
        <source>S&amp;ummary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="132"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="133"/>
        <source>What was reported, by whom, and which residents or staff it concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="140"/>
        <source>Reassess the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="141"/>
        <source>The case as it stands, and why you are assessing it again. The next pages record a new assessment; the earlier ones are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="146"/>
        <source>Case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="151"/>
        <source>Case reference and care home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="159"/>
        <source>Current level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="164"/>
        <source>Current level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="171"/>
        <source>Concern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="177"/>
        <source>Concern raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="185"/>
        <source>&amp;Why reassess:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="192"/>
        <source>Reason for reassessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="193"/>
        <source>What has changed, e.g. findings of the follow-up visit, a new referral, the Council&apos;s exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="200"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="201"/>
        <source>Check the recommendation, choose the level to set and the date of the assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="218"/>
        <source>Recommended level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="244"/>
        <source>Chosen &amp;level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="250"/>
        <source>Chosen level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="259"/>
        <source>&amp;Reason for a different level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="265"/>
        <source>Reason for a different level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="266"/>
        <source>Why your professional judgement differs from the recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="273"/>
        <source>A reason is required because the chosen level differs from the recommendation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="279"/>
        <source>Date of &amp;assessment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="286"/>
        <source>Date of assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="306"/>
        <source>Required actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="322"/>
        <source>Stepping down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="323"/>
        <source>The case moves to a lower level. Work already done stays as it is; choose what happens to the higher level&apos;s open actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="327"/>
        <source>&amp;Open actions of the higher level (ticked ones are closed, unticked ones stay open):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="334"/>
        <source>Open actions of the higher level to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="339"/>
        <source>&amp;Reason for closing the ticked actions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="345"/>
        <source>Reason for closing the ticked actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="346"/>
        <source>e.g. Resilience team withdrawn at the Council&apos;s exit; home stepped down to Amber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="353"/>
        <source>A reason is required while any action is ticked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../carehome_desk/ui/sync_conflicts.py" line="99"/>
        <source>No conflicts are waiting. Every laptop that has synced agrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/sync_conflicts.py" line="102"/>
        <source>{record} was deleted on one laptop while it, or a record that refers to it, was changed on another. It is kept on every laptop until you decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/sync_conflicts.py" line="106"/>
        <source>{field} of {record} was changed on several laptops at the same time. Until you decide, every laptop shows: {shown}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/sync_conflicts.py" line="118"/>
        <location filename="../../forms/sync_conflicts_dialog.ui" line="50"/>
        <source>&amp;Use the selected version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/sync_conflicts.py" line="120"/>
        <source>&amp;Delete the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/sync_conflicts.py" line="122"/>
        <source>&amp;Keep the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/sync_conflicts.py" line="135"/>
        <source>Conflict not resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/sync_conflicts_dialog.ui" line="6"/>
        <source>Conflicts between laptops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/sync_conflicts_dialog.ui" line="10"/>
        <source>&amp;Conflicts waiting for a decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/sync_conflicts_dialog.ui" line="16"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/sync_conflicts_dialog.ui" line="32"/>
        <source>&amp;Versions of the selected conflict, latest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/sync_conflicts_dialog.ui" line="38"/>
        <source>Versions of the selected conflict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CouncilExitDialog</name>
    <message>
        <location filename="../../carehome_desk/ui/case_dialogs.py" line="82"/>
        <source>• {action}: due {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_dialogs.py" line="84"/>
        <source>These actions will be due:
{lines}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_dialogs.py" line="86"/>
        <source>No open action follows the exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_dialogs.py" line="96"/>
        <source>Exit not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/council_exit_dialog.ui" line="6"/>
        <source>Record the Council&apos;s exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/council_exit_dialog.ui" line="10"/>
        <source>The day the Council withdrew its support from the home. The actions that follow the exit are dated from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/council_exit_dialog.ui" line="18"/>
        <source>&amp;Date of exit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/council_exit_dialog.ui" line="24"/>
        <source>Date of the Council&apos;s exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/council_exit_dialog.ui" line="36"/>
        <source>Actions dated from the exit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../carehome_desk/ui/crash_dialog.py" line="98"/>
        <source>Care Home Desk met an unexpected error and did not finish what it was doing:
{error}

Changes saved before the error are kept, because each save is complete or not made at all. Restart the app if it misbehaves.

Care Home Desk {version}. The details are in the log file:
{log}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../forms/crash_dialog.ui" line="6"/>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/crash_dialog.ui" line="10"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/crash_dialog.ui" line="18"/>
        <source>&amp;Details for whoever supports the app:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/crash_dialog.ui" line="24"/>
        <source>Details for support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/crash_dialog.ui" line="34"/>
        <source>&amp;Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/crash_dialog.ui" line="35"/>
        <source>Copy the details to the clipboard, to paste into an email to support</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriteriaPage</name>
    <message>
        <location filename="../../carehome_desk/ui/wizard/criteria_page.py" line="130"/>
        <source>{level}: criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/wizard/criteria_page.py" line="136"/>
        <source>Give the evidence for each ticked criterion to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/wizard/criteria_page.py" line="153"/>
        <source>Tick each criterion the concern meets and give the evidence for it. The list is not exhaustive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/wizard/criteria_page.py" line="185"/>
        <source>&amp;Other concern, not in the lists:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/wizard/criteria_page.py" line="188"/>
        <source>Other concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/wizard/criteria_page.py" line="190"/>
        <source>A concern none of the criteria describes, with its evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriterionRow</name>
    <message>
        <location filename="../../carehome_desk/ui/wizard/criteria_page.py" line="69"/>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/wizard/criteria_page.py" line="72"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/wizard/criteria_page.py" line="75"/>
        <source>What you saw, read or were told, and by whom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <location filename="../../carehome_desk/process/deadlines.py" line="26"/>
        <location filename="../../carehome_desk/process/deadlines.py" line="64"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/process/deadlines.py" line="27"/>
        <location filename="../../carehome_desk/process/deadlines.py" line="65"/>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/process/deadlines.py" line="28"/>
        <location filename="../../carehome_desk/process/deadlines.py" line="66"/>
        <source>Due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/process/deadlines.py" line="29"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/process/deadlines.py" line="30"/>
        <location filename="../../carehome_desk/process/deadlines.py" line="69"/>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/process/deadlines.py" line="63"/>
        <source>All open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/process/deadlines.py" line="67"/>
        <source>Overdue or due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/process/deadlines.py" line="68"/>
        <source>Due later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/deadlines_model.py" line="44"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/deadlines_model.py" line="45"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/deadlines_model.py" line="46"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/deadlines_model.py" line="47"/>
        <source>Care home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/deadlines_model.py" line="48"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/deadlines_model.py" line="49"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/deadlines_model.py" line="50"/>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlinesWindow</name>
    <message>
        <location filename="../../carehome_desk/ui/deadlines_window.py" line="78"/>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/deadlines_window.py" line="85"/>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/deadlines_window.py" line="96"/>
        <source>All homes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/deadlines_window.py" line="161"/>
        <source>This week is {start} to {end}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/deadlines_window.py" line="165"/>
        <source>Open actions of open cases in every care home, earliest due first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/deadlines_window.py" line="170"/>
        <source>Actions shown: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/deadlines_window.ui" line="6"/>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/deadlines_window.ui" line="18"/>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/deadlines_window.ui" line="24"/>
        <source>Which actions to show, by due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/deadlines_window.ui" line="30"/>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/deadlines_window.ui" line="36"/>
        <source>Team filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/deadlines_window.ui" line="43"/>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/deadlines_window.ui" line="49"/>
        <source>Alert level filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/deadlines_window.ui" line="55"/>
        <source>Care &amp;home:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/deadlines_window.ui" line="61"/>
        <source>Care home filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/deadlines_window.ui" line="77"/>
        <source>Open &amp;actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/deadlines_window.ui" line="83"/>
        <source>Open actions by due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/deadlines_window.ui" line="98"/>
        <source>Number of actions shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/deadlines_window.ui" line="110"/>
        <source>&amp;Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/deadlines_window.ui" line="111"/>
        <source>Open the case of the selected action (Enter or double-click in the list)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../carehome_desk/demo.py" line="475"/>
        <source>{path} already contains a Care Home Desk database; choose an empty folder for the sample data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskController</name>
    <message>
        <location filename="../../carehome_desk/ui/recovery.py" line="118"/>
        <source>Care Home Desk cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/recovery.py" line="173"/>
        <source>Today&apos;s backup could not be made: {reason}

Your records are unchanged. Once the problem is solved, choose File &gt; Back up now to make one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/recovery.py" line="176"/>
        <location filename="../../carehome_desk/ui/recovery.py" line="200"/>
        <source>Backup not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/recovery.py" line="186"/>
        <source>Back up to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/recovery.py" line="188"/>
        <source>Care Home Desk databases (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/recovery.py" line="206"/>
        <source>Backed up {homes} care homes and {cases} cases to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/recovery.py" line="209"/>
        <source>Backup made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/recovery.py" line="243"/>
        <source>Backup not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/recovery.py" line="286"/>
        <source>Restored {homes} care homes and {cases} cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/recovery.py" line="291"/>
        <source>The database it replaced is kept as {file}; restore that file to go back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/recovery.py" line="293"/>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueRule</name>
    <message>
        <location filename="../../carehome_desk/process/due.py" line="15"/>
        <source>the concern being raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/process/due.py" line="16"/>
        <source>the level being set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/process/due.py" line="17"/>
        <source>the Council&apos;s exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/process/due.py" line="21"/>
        <source>on the day of {anchor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/process/due.py" line="22"/>
        <source>within {days} days of {anchor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/process/due.py" line="23"/>
        <source>within {days} working days of {anchor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/process/due.py" line="24"/>
        <source>every {every} days, {count} times, after {anchor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/process/due.py" line="32"/>
        <source>completing “{action}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeDialog</name>
    <message>
        <location filename="../../carehome_desk/ui/home_dialog.py" line="38"/>
        <source>Add care home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/home_dialog.py" line="40"/>
        <source>Edit care home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/home_dialog.py" line="82"/>
        <source>Care home not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/home_dialog.ui" line="6"/>
        <source>Care home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/home_dialog.ui" line="13"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/home_dialog.ui" line="19"/>
        <source>Home name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/home_dialog.ui" line="25"/>
        <source>A&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/home_dialog.ui" line="31"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/home_dialog.ui" line="38"/>
        <source>&amp;Postcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/home_dialog.ui" line="44"/>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/home_dialog.ui" line="50"/>
        <source>&amp;CIW registration number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/home_dialog.ui" line="56"/>
        <source>CIW registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/home_dialog.ui" line="62"/>
        <source>P&amp;rovider (legal entity):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/home_dialog.ui" line="68"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/home_dialog.ui" line="74"/>
        <source>Responsible &amp;Individual:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/home_dialog.ui" line="80"/>
        <source>Responsible Individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/home_dialog.ui" line="86"/>
        <source>Registered &amp;Manager:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/home_dialog.ui" line="92"/>
        <source>Registered Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/home_dialog.ui" line="98"/>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/home_dialog.ui" line="104"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/home_dialog.ui" line="110"/>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/home_dialog.ui" line="116"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/home_dialog.ui" line="122"/>
        <source>Number of &amp;beds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/home_dialog.ui" line="128"/>
        <source>Number of beds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/home_dialog.ui" line="132"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/home_dialog.ui" line="139"/>
        <source>Only the name is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../carehome_desk/ui/wizard/home_page.py" line="93"/>
        <source>No care home selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/wizard/home_page.py" line="96"/>
        <source>Selected: {home}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainModels</name>
    <message>
        <location filename="../../carehome_desk/ui/main_models.py" line="195"/>
        <location filename="../../carehome_desk/ui/main_models.py" line="241"/>
        <source>Care home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/main_models.py" line="200"/>
        <location filename="../../carehome_desk/ui/main_models.py" line="246"/>
        <source>Alert level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/main_models.py" line="205"/>
        <source>Open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/main_models.py" line="211"/>
        <location filename="../../carehome_desk/ui/main_models.py" line="259"/>
        <source>Open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/main_models.py" line="217"/>
        <location filename="../../carehome_desk/ui/main_models.py" line="265"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/main_models.py" line="222"/>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/main_models.py" line="223"/>
        <source>CIW number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/main_models.py" line="225"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/main_models.py" line="239"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/main_models.py" line="251"/>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/main_models.py" line="256"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/main_models.py" line="271"/>
        <source>Next due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../carehome_desk/ui/main_window.py" line="101"/>
        <source>Overdue and due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/main_window.py" line="144"/>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/main_window.py" line="247"/>
        <source>No care homes yet: add one with Homes &gt; Add home (Ctrl+Shift+N), or start a New concern (Ctrl+N) and add the home there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/main_window.py" line="254"/>
        <source>{homes} homes · {open} open actions · {overdue} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/main_window.py" line="264"/>
        <source>Deadlines: {overdue} overdue · {week} due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/main_window.py" line="271"/>
        <location filename="../../forms/main_window.ui" line="9"/>
        <source>Care Home Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/main_window.py" line="273"/>
        <source>Care Home Desk — {name}, {team}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/main_window.py" line="296"/>
        <source>Cannot assess a concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="17"/>
        <source>&amp;Find home:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="23"/>
        <source>Name, postcode, CIW number or provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="25"/>
        <source>Find home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="30"/>
        <source>&amp;Alert level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="36"/>
        <source>Alert level filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="51"/>
        <source>Care &amp;homes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="57"/>
        <source>Care homes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="73"/>
        <source>&amp;Cases of the selected home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="79"/>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="95"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="105"/>
        <source>&amp;Homes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="111"/>
        <source>&amp;Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="118"/>
        <source>S&amp;ync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="128"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="143"/>
        <source>&amp;New concern…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="144"/>
        <source>Assess a new concern about a care home (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="145"/>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="148"/>
        <source>&amp;Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="149"/>
        <source>Open the selected case (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="150"/>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="153"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="154"/>
        <source>Read the homes, cases and counts again, as of today (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="155"/>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="158"/>
        <source>&amp;Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="159"/>
        <source>Open actions of every home by due date: overdue, due today, this week and later (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="160"/>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="163"/>
        <source>&amp;Add home…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="164"/>
        <source>Add a care home (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="165"/>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="168"/>
        <source>&amp;Edit home…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="169"/>
        <source>Edit the selected care home (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="170"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="173"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="174"/>
        <source>Your name and team, the council&apos;s details on plans, the process map and the shared folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="177"/>
        <source>&amp;Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="178"/>
        <source>Write a checked copy of all records to a file of your choice, for example on a USB drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="181"/>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="182"/>
        <source>Replace all records with those in a backup; the current database is kept as a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="185"/>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="186"/>
        <source>Send this laptop&apos;s changes to the shared folder and receive the other laptops&apos; changes (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="187"/>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="190"/>
        <source>&amp;Conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="191"/>
        <source>Records that laptops changed at the same time, waiting for your decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="194"/>
        <source>Home &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="195"/>
        <source>Every change to the selected care home: who, on which laptop, when, and the old and new values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="198"/>
        <source>Case &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="199"/>
        <source>Every change to the selected case: who, on which laptop, when, and the old and new values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="202"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="203"/>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../carehome_desk/ui/visit_dialogs.py" line="198"/>
        <source>Edit meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/visit_dialogs.py" line="237"/>
        <source>Meeting not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/meeting_dialog.ui" line="6"/>
        <source>Record meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/meeting_dialog.ui" line="13"/>
        <source>&amp;Meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/meeting_dialog.ui" line="19"/>
        <source>Kind of meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/meeting_dialog.ui" line="20"/>
        <source>JIMP, JQMM, QAM or PPM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/meeting_dialog.ui" line="29"/>
        <source>&amp;Date held:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/meeting_dialog.ui" line="35"/>
        <source>Date held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/meeting_dialog.ui" line="45"/>
        <source>A&amp;ttended:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/meeting_dialog.ui" line="52"/>
        <source>Who attended, one per line as Name (Team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/meeting_dialog.ui" line="53"/>
        <source>One per line: Name (Team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/meeting_dialog.ui" line="60"/>
        <source>A&amp;gencies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/meeting_dialog.ui" line="67"/>
        <source>Agencies represented, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/meeting_dialog.ui" line="68"/>
        <source>One per line, e.g. CIW, UHB, South Wales Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/meeting_dialog.ui" line="75"/>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/meeting_dialog.ui" line="82"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/meeting_dialog.ui" line="88"/>
        <source>D&amp;ecisions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/meeting_dialog.ui" line="95"/>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/meeting_dialog.ui" line="96"/>
        <source>What was decided, by whom, and by when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/meeting_dialog.ui" line="104"/>
        <source>Actions this meeting c&amp;ompletes (Space ticks one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/meeting_dialog.ui" line="110"/>
        <source>Actions this meeting completes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficerDialog</name>
    <message>
        <location filename="../../carehome_desk/ui/officer_dialog.py" line="52"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/officer_dialog.ui" line="6"/>
        <source>Officer and team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/officer_dialog.ui" line="11"/>
        <source>Care Home Desk records your name and team on every assessment and action update you make on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/officer_dialog.ui" line="19"/>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/officer_dialog.ui" line="25"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/officer_dialog.ui" line="31"/>
        <source>Your &amp;team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/officer_dialog.ui" line="37"/>
        <source>Your team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPrintJob</name>
    <message>
        <location filename="../../carehome_desk/ui/plan_printing.py" line="63"/>
        <source>The PDF could not be opened for printing ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_printing.py" line="72"/>
        <source>The pages chosen are not in the plan, which has {count} pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_printing.py" line="81"/>
        <source>The printer {printer} did not start. Check that it is switched on and connected, then print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_printing.py" line="109"/>
        <source>Printing was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_printing.py" line="122"/>
        <source>The printer stopped before the last page; print again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDelegates</name>
    <message>
        <location filename="../../carehome_desk/ui/plan_delegates.py" line="118"/>
        <source>Step below the earliest date, the day the concern was raised, to clear the date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDetails</name>
    <message>
        <location filename="../../carehome_desk/ui/plan_details.py" line="28"/>
        <source>Items not completed by their target dates, or new concerns about the safety or wellbeing of residents, may lead the council to raise the alert level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_details.py" line="42"/>
        <source>{kind} visit on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_details.py" line="47"/>
        <source>{kind} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_details.py" line="62"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_details.py" line="65"/>
        <source>Full: no new admissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_details.py" line="67"/>
        <source>Conditional</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../carehome_desk/ui/plan_dialog.py" line="147"/>
        <source>(not yet saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_dialog.py" line="149"/>
        <source>{title} {reference} for {home}, case {case}. {level} since {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_dialog.py" line="160"/>
        <source>{plan_type} — {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_dialog.py" line="173"/>
        <source>The first save gives the plan its reference, as version 1, a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_dialog.py" line="175"/>
        <source>This plan is closed, so it cannot change. It can still be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_dialog.py" line="178"/>
        <source>Version {number} was issued on {date} and cannot change. Saving your changes makes version {next}, a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_dialog.py" line="184"/>
        <source>Version {number}, a draft. Issue it when it is ready for the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_dialog.py" line="189"/>
        <source>Developmental Action Plan (DAP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_dialog.py" line="190"/>
        <source>Corrective Action Plan (CAP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_dialog.py" line="194"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_dialog.py" line="275"/>
        <source>Add items from the case&apos;s actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_dialog.py" line="279"/>
        <source>Add items from visit findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_dialog.py" line="321"/>
        <source>Plan not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_dialog.py" line="330"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_dialog.py" line="359"/>
        <source>Issued version {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_dialog.py" line="375"/>
        <source>PDF not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_dialog.py" line="388"/>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_dialog.py" line="389"/>
        <source>The plan has unsaved changes. Close it and discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="6"/>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="11"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="42"/>
        <source>Plan items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="19"/>
        <source>Plan version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="26"/>
        <source>Plan parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="29"/>
        <source>Ite&amp;ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="34"/>
        <source>Plan &amp;items (press Enter or double-click to edit one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="55"/>
        <source>&amp;New item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="57"/>
        <source>Add an empty item below the selected one and edit it (Alt+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="62"/>
        <source>From case &amp;actions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="64"/>
        <source>Add items from the case&apos;s required actions (Alt+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="69"/>
        <source>From visit &amp;findings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="71"/>
        <source>Add items from the findings of the case&apos;s visits (Alt+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="76"/>
        <source>&amp;Edit item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="78"/>
        <source>Edit the selected item (Enter or Alt+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="83"/>
        <source>&amp;Remove item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="85"/>
        <source>Remove the selected item from the plan (Alt+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="90"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="92"/>
        <source>Move the selected item one place up (Alt+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="97"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="99"/>
        <source>Move the selected item one place down (Alt+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="116"/>
        <source>&amp;Details and closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="121"/>
        <source>This plan f&amp;ollows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="127"/>
        <source>Visit or meeting the plan follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="135"/>
        <source>Admissions em&amp;bargo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="141"/>
        <source>Admissions embargo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="146"/>
        <source>Embargo &amp;conditions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="152"/>
        <source>Embargo conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="159"/>
        <source>A&amp;gencies involved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="165"/>
        <source>Agencies involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="172"/>
        <source>W&amp;hat triggered the concern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="178"/>
        <source>What triggered the concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="184"/>
        <source>Provider to respond b&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="190"/>
        <source>Provider to respond by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="192"/>
        <location filename="../../forms/plan_dialog.ui" line="207"/>
        <location filename="../../forms/plan_dialog.ui" line="222"/>
        <source>d MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="194"/>
        <location filename="../../forms/plan_dialog.ui" line="209"/>
        <location filename="../../forms/plan_dialog.ui" line="224"/>
        <source>Step below the earliest date, the day the concern was raised, to set Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="199"/>
        <source>&amp;Next monitoring visit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="205"/>
        <source>Next monitoring visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="214"/>
        <source>Plan revie&amp;w date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="220"/>
        <source>Plan review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="229"/>
        <source>What would lead to esc&amp;alation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="235"/>
        <source>What would lead to escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="249"/>
        <source>Save the plan&apos;s draft (Alt+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="254"/>
        <source>&amp;Issue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="256"/>
        <source>Save, check and issue this version for the provider (Alt+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="261"/>
        <source>E&amp;xport PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="263"/>
        <source>Save, then write the plan as a PDF (Alt+X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="268"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="270"/>
        <source>Save, then print the plan (Alt+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="275"/>
        <source>Export or print progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="284"/>
        <source>Stop printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="247"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="290"/>
        <source>Plan status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="303"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="305"/>
        <source>Close the plan (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanIssue</name>
    <message>
        <location filename="../../carehome_desk/ui/plan_issue.py" line="27"/>
        <location filename="../../carehome_desk/ui/plan_issue.py" line="76"/>
        <source>Plan not issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_issue.py" line="42"/>
        <source>Issue version {number} of {reference}, dated {date}? It will no longer change; later edits make version {next}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_issue.py" line="54"/>
        <source>Issue the plan?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanItemDialog</name>
    <message>
        <location filename="../../carehome_desk/ui/plan_item_dialog.py" line="67"/>
        <source>Item {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_item_dialog.py" line="68"/>
        <source>Plan item {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_item_dialog.py" line="259"/>
        <source>Item not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_item_dialog.ui" line="6"/>
        <source>Plan item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_item_dialog.ui" line="11"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_item_dialog.ui" line="19"/>
        <source>Item parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_item_dialog.ui" line="22"/>
        <source>&amp;1. Finding and actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_item_dialog.ui" line="29"/>
        <source>&amp;Area or standard:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_item_dialog.ui" line="35"/>
        <source>Area or standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_item_dialog.ui" line="40"/>
        <source>Priorit&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_item_dialog.ui" line="46"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_item_dialog.ui" line="51"/>
        <source>&amp;Finding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_item_dialog.ui" line="57"/>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_item_dialog.ui" line="63"/>
        <source>&amp;Evidence seen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_item_dialog.ui" line="69"/>
        <source>Evidence seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_item_dialog.ui" line="78"/>
        <source>Required a&amp;ctions (at least one to issue the plan; press F2 or Enter to edit one, Tab to finish):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_item_dialog.ui" line="87"/>
        <source>Required actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_item_dialog.ui" line="97"/>
        <source>Add ac&amp;tion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_item_dialog.ui" line="99"/>
        <source>Add a required action and edit it (Alt+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_item_dialog.ui" line="104"/>
        <source>Re&amp;move action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_item_dialog.ui" line="106"/>
        <source>Remove the selected action (Alt+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_item_dialog.ui" line="123"/>
        <source>&amp;2. Responsibility and progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_item_dialog.ui" line="132"/>
        <source>&amp;Responsible person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_item_dialog.ui" line="138"/>
        <source>Responsible person at the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_item_dialog.ui" line="143"/>
        <source>Accounta&amp;ble person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_item_dialog.ui" line="149"/>
        <source>Accountable person, where different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_item_dialog.ui" line="150"/>
        <source>Leave empty when the responsible person is accountable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_item_dialog.ui" line="155"/>
        <source>Target &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_item_dialog.ui" line="161"/>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_item_dialog.ui" line="163"/>
        <location filename="../../forms/plan_item_dialog.ui" line="215"/>
        <location filename="../../forms/plan_item_dialog.ui" line="241"/>
        <location filename="../../forms/plan_item_dialog.ui" line="287"/>
        <source>d MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_item_dialog.ui" line="165"/>
        <location filename="../../forms/plan_item_dialog.ui" line="217"/>
        <location filename="../../forms/plan_item_dialog.ui" line="243"/>
        <source>Step below the earliest date, the day the concern was raised, to set Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_item_dialog.ui" line="170"/>
        <source>Evidence of com&amp;pletion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_item_dialog.ui" line="176"/>
        <source>Evidence that will show it is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_item_dialog.ui" line="183"/>
        <source>Council &amp;support:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_item_dialog.ui" line="189"/>
        <source>Support the council offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_item_dialog.ui" line="196"/>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_item_dialog.ui" line="202"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_item_dialog.ui" line="207"/>
        <source>Completed o&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_item_dialog.ui" line="213"/>
        <source>Date completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_item_dialog.ui" line="222"/>
        <source>Ver&amp;ified by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_item_dialog.ui" line="228"/>
        <source>Verified by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_item_dialog.ui" line="233"/>
        <source>Date &amp;verified:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_item_dialog.ui" line="239"/>
        <source>Date verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_item_dialog.ui" line="260"/>
        <source>Progress &amp;log:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_item_dialog.ui" line="266"/>
        <source>Progress log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_item_dialog.ui" line="279"/>
        <source>New entry dat&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_item_dialog.ui" line="285"/>
        <source>New progress entry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_item_dialog.ui" line="293"/>
        <source>New entry te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_item_dialog.ui" line="299"/>
        <source>New progress entry text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_item_dialog.ui" line="310"/>
        <source>Add entr&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_item_dialog.ui" line="312"/>
        <source>Add the new entry to the log, in your name (Alt+Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_item_dialog.ui" line="317"/>
        <source>Re&amp;move entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_item_dialog.ui" line="319"/>
        <source>Remove the selected entry (Alt+M)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanModels</name>
    <message>
        <location filename="../../carehome_desk/ui/plan_item_models.py" line="31"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_item_models.py" line="32"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_item_models.py" line="33"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_item_models.py" line="34"/>
        <source>Postponed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_item_models.py" line="35"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_item_models.py" line="42"/>
        <source>None set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_item_models.py" line="43"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_item_models.py" line="44"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_item_models.py" line="45"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_item_models.py" line="53"/>
        <source>Closed on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_item_models.py" line="57"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_item_models.py" line="59"/>
        <source>Issued; version {number} is a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_item_models.py" line="62"/>
        <location filename="../../carehome_desk/ui/plan_item_models.py" line="102"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_item_models.py" line="69"/>
        <source>Needs a required action and a target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_item_models.py" line="71"/>
        <source>Needs a required action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_item_models.py" line="72"/>
        <source>Needs a target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_item_models.py" line="98"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_item_models.py" line="99"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_item_models.py" line="100"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_item_models.py" line="101"/>
        <location filename="../../carehome_desk/ui/plan_item_models.py" line="171"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_item_models.py" line="131"/>
        <source>Closed because: {reason}
Told: {told}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_item_models.py" line="143"/>
        <source>{number} (draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_item_models.py" line="150"/>
        <source>Not issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_item_models.py" line="151"/>
        <source>{date} (version {number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_item_models.py" line="165"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_item_models.py" line="166"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_item_models.py" line="167"/>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_item_models.py" line="168"/>
        <source>Required actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_item_models.py" line="169"/>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_item_models.py" line="170"/>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_item_models.py" line="172"/>
        <source>Ready to issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_item_models.py" line="219"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_item_models.py" line="270"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_item_models.py" line="271"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_item_models.py" line="272"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanOutput</name>
    <message>
        <location filename="../../carehome_desk/ui/plan_output.py" line="76"/>
        <source>Export {reference} as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_output.py" line="78"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_output.py" line="84"/>
        <location filename="../../carehome_desk/ui/plan_output.py" line="125"/>
        <source>Making the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_output.py" line="91"/>
        <source>Exported to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_output.py" line="103"/>
        <source>PDF exported with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_output.py" line="103"/>
        <source>PDF exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_output.py" line="98"/>
        <source>The PDF was saved as {path}. No PDF viewer could be opened; open the file from that folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_output.py" line="141"/>
        <source>Waiting for your answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_output.py" line="144"/>
        <source>Print without some characters?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_output.py" line="145"/>
        <source>{warnings}

Print the plan without these characters?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_output.py" line="163"/>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_output.py" line="190"/>
        <source>Printing page {done} of {total}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_output.py" line="196"/>
        <source>Sent to the printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_output.py" line="202"/>
        <location filename="../../carehome_desk/ui/plan_output.py" line="207"/>
        <source>Not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_output.py" line="203"/>
        <source>Plan not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_output.py" line="287"/>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_output.py" line="293"/>
        <source>The PDF could not be made because of an unexpected error: {error}. The log file has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_output.py" line="296"/>
        <source>PDF not made</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPdf</name>
    <message>
        <location filename="../../carehome_desk/documents/plan_text.py" line="45"/>
        <source>{field}: left out {characters}, which the PDF font cannot print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_text.py" line="94"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_text.py" line="96"/>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_text.py" line="97"/>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_text.py" line="98"/>
        <source>March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_text.py" line="99"/>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_text.py" line="100"/>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_text.py" line="101"/>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_text.py" line="102"/>
        <source>July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_text.py" line="103"/>
        <source>August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_text.py" line="104"/>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_text.py" line="105"/>
        <source>October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_text.py" line="106"/>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_text.py" line="107"/>
        <source>December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_text.py" line="114"/>
        <source>Developmental Action Plan (DAP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_text.py" line="116"/>
        <source>Corrective Action Plan (CAP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_text.py" line="118"/>
        <source>Action Plan ({plan_type})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_text.py" line="119"/>
        <source>Plan type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_text.py" line="125"/>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_text.py" line="126"/>
        <source>Amber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_text.py" line="127"/>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_text.py" line="131"/>
        <source>Alert level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_text.py" line="136"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_text.py" line="137"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_text.py" line="138"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_text.py" line="139"/>
        <source>Postponed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_text.py" line="140"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_text.py" line="147"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_text.py" line="148"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_text.py" line="149"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_text.py" line="156"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_text.py" line="157"/>
        <source>Full: no new admissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_text.py" line="158"/>
        <source>Conditional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="197"/>
        <source>Page {page} of {page_count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="219"/>
        <source>DRAFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="256"/>
        <source>Action plan for {home_name}, case {case_reference}: {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="340"/>
        <source>Could not save {path}: it is not a regular file (it may be a device). Choose a file name in a folder such as Documents and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="352"/>
        <source>Could not save {path}: the folder {folder} does not exist. Choose an existing folder and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="358"/>
        <source>Could not save {path}: it is a folder. Choose a file name and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="362"/>
        <source>Could not save {path}: permission denied. If the file is open in another program, close it and export again. Otherwise choose a folder you can write to, such as Documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="369"/>
        <source>Could not save {path}: the disk is full. Free some space or choose another drive, then export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="375"/>
        <source>Could not save {path}: {reason}. Choose another folder and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="90"/>
        <source>Plan items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="98"/>
        <source>This plan has no items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="115"/>
        <location filename="../../carehome_desk/documents/plan_story.py" line="445"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="129"/>
        <location filename="../../carehome_desk/documents/plan_story.py" line="600"/>
        <source>Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="132"/>
        <source>Home name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="148"/>
        <location filename="../../carehome_desk/documents/plan_story.py" line="150"/>
        <source>Case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="154"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="158"/>
        <source>Date issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="162"/>
        <source>Lead officer and contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="166"/>
        <source>Current alert level and date set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="174"/>
        <location filename="../../carehome_desk/documents/plan_story.py" line="176"/>
        <source>Plan reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="182"/>
        <location filename="../../carehome_desk/documents/plan_story.py" line="183"/>
        <location filename="../../carehome_desk/documents/plan_story.py" line="603"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="186"/>
        <location filename="../../carehome_desk/documents/plan_story.py" line="187"/>
        <source>Care home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="190"/>
        <location filename="../../carehome_desk/documents/plan_story.py" line="191"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="194"/>
        <source>CIW registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="195"/>
        <source>CIW number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="198"/>
        <location filename="../../carehome_desk/documents/plan_story.py" line="201"/>
        <source>Responsible Individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="205"/>
        <location filename="../../carehome_desk/documents/plan_story.py" line="208"/>
        <source>Registered Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="214"/>
        <source>Follows the visit or meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="215"/>
        <source>Follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="218"/>
        <source>What triggered the concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="219"/>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="222"/>
        <location filename="../../carehome_desk/documents/plan_story.py" line="224"/>
        <source>Agencies involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="227"/>
        <source>Admissions embargo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="236"/>
        <source>Not yet saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="241"/>
        <source>Not issued: draft of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="250"/>
        <location filename="../../carehome_desk/documents/plan_story.py" line="606"/>
        <location filename="../../carehome_desk/documents/plan_story.py" line="609"/>
        <source>Lead officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="251"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="260"/>
        <source>Embargo conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="315"/>
        <source>Set on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="319"/>
        <source>No alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="346"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="347"/>
        <source>Finding and evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="348"/>
        <source>Required actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="349"/>
        <source>Responsibility and target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="350"/>
        <source>Status and progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="392"/>
        <source>Item {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="416"/>
        <source>Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="418"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="429"/>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="436"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="450"/>
        <source>Required action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="457"/>
        <source>No action set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="463"/>
        <source>Evidence of completion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="466"/>
        <source>Evidence of completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="474"/>
        <source>Support from the council:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="477"/>
        <source>Support from the council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="491"/>
        <location filename="../../carehome_desk/documents/plan_story.py" line="495"/>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="505"/>
        <location filename="../../carehome_desk/documents/plan_story.py" line="507"/>
        <source>Accountable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="510"/>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="519"/>
        <source>Completed on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="526"/>
        <source>Verified by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="529"/>
        <source>Verified by {name} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="534"/>
        <location filename="../../carehome_desk/documents/plan_story.py" line="537"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="550"/>
        <source>Respond by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="551"/>
        <source>Next monitoring visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="552"/>
        <source>Plan review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="556"/>
        <source>Responding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="560"/>
        <source>What would lead to escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="561"/>
        <source>Escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="567"/>
        <source>Responding to this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="577"/>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="586"/>
        <source>Write to the lead officer by the response date, confirming that you accept the plan and the people named as responsible. If you believe a finding is factually wrong, say which item and why, with any evidence; the council will consider it and reply in writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="611"/>
        <source>Signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="612"/>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="629"/>
        <source>Name and role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_story.py" line="663"/>
        <source>We welcome correspondence in Welsh. Corresponding with us in Welsh will not lead to delay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/render_worker.py" line="185"/>
        <source>The PDF could not be made because the process that makes it stopped unexpectedly. No file was written. Try again; if it fails again, restart Care Home Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/render_worker.py" line="195"/>
        <source>The PDF could not be made because the process that makes it had not finished after {minutes} minutes. No file was written. Try again; if it fails again, restart Care Home Desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanSourceDialog</name>
    <message>
        <location filename="../../carehome_desk/ui/plan_small_dialogs.py" line="85"/>
        <source>{name} (no due date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_small_dialogs.py" line="87"/>
        <source>{name} (due {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_small_dialogs.py" line="99"/>
        <source>Seen at the visit on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_source_dialog.ui" line="6"/>
        <source>Add items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_source_dialog.ui" line="10"/>
        <source>Tick the &amp;items to add (Space ticks the selected one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_source_dialog.ui" line="16"/>
        <source>Items to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_source_dialog.ui" line="25"/>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_source_dialog.ui" line="31"/>
        <source>Select &amp;none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlansPanel</name>
    <message>
        <location filename="../../carehome_desk/ui/plans_panel.py" line="109"/>
        <source>{number}, issued {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plans_panel.py" line="113"/>
        <source>{number}, draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plans_panel.py" line="177"/>
        <source>Issued {reference} version {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plans_panel.py" line="203"/>
        <source>PDF not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plans_panel.ui" line="13"/>
        <source>&amp;Plans of this case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plans_panel.ui" line="21"/>
        <source>Plans of this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plans_panel.ui" line="34"/>
        <source>New &amp;DAP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plans_panel.ui" line="36"/>
        <source>Start a Developmental Action Plan for this case (Alt+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plans_panel.ui" line="41"/>
        <source>New &amp;CAP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plans_panel.ui" line="43"/>
        <source>Start a Corrective Action Plan for this case (Alt+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plans_panel.ui" line="48"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plans_panel.ui" line="50"/>
        <source>Open the selected plan to edit it (Enter or Alt+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plans_panel.ui" line="55"/>
        <source>&amp;Issue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plans_panel.ui" line="57"/>
        <source>Issue the selected plan&apos;s draft version (Alt+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plans_panel.ui" line="62"/>
        <source>Close p&amp;lan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plans_panel.ui" line="64"/>
        <source>Close the selected plan, saying why and who was told (Alt+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plans_panel.ui" line="81"/>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plans_panel.ui" line="87"/>
        <source>Version to export or print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plans_panel.ui" line="92"/>
        <source>E&amp;xport PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plans_panel.ui" line="94"/>
        <source>Write the chosen version as a PDF (Alt+X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plans_panel.ui" line="99"/>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plans_panel.ui" line="101"/>
        <source>Print the chosen version (Alt+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plans_panel.ui" line="106"/>
        <source>Export or print progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plans_panel.ui" line="115"/>
        <source>Stop printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plans_panel.ui" line="121"/>
        <source>Plans status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <location filename="../../carehome_desk/ui/presentation.py" line="21"/>
        <source>No alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/presentation.py" line="22"/>
        <source>{level} alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/presentation.py" line="57"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/presentation.py" line="63"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/presentation.py" line="64"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/presentation.py" line="65"/>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/presentation.py" line="66"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessMap</name>
    <message>
        <location filename="../../carehome_desk/process/processmap.py" line="29"/>
        <source>Invalid process map {path}: {entry}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReassessPage</name>
    <message>
        <location filename="../../carehome_desk/ui/wizard/reassess_pages.py" line="52"/>
        <source>{reference}, {home}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/wizard/reassess_pages.py" line="56"/>
        <source>{level}, set on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/wizard/reassess_pages.py" line="61"/>
        <source>Raised on {date}: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordHistoryDialog</name>
    <message>
        <location filename="../../carehome_desk/ui/sync_history.py" line="45"/>
        <source>History of {record}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/sync_history.py" line="47"/>
        <source>{record}: {count} changes, with the officer, laptop and time of each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/sync_history_dialog.ui" line="6"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/sync_history_dialog.ui" line="16"/>
        <source>&amp;Changes, oldest first (this list cannot be edited):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/sync_history_dialog.ui" line="22"/>
        <source>Changes to the record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../carehome_desk/ui/recovery_dialog.py" line="55"/>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/recovery_dialog.py" line="55"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/recovery_dialog.py" line="55"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/recovery_dialog.py" line="82"/>
        <source>Daily backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/recovery_dialog.py" line="84"/>
        <source>Database replaced by a restore or set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/recovery_dialog.py" line="86"/>
        <source>Made before the upgrade to schema version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/recovery_dialog.py" line="93"/>
        <location filename="../../forms/recovery_dialog.ui" line="6"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/recovery_dialog.py" line="97"/>
        <source>Restoring replaces every record in {folder} with the records in the backup. The current database is first copied into {backups}, so you can go back to it by restoring that copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/recovery_dialog.py" line="105"/>
        <source>Damaged database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/recovery_dialog.py" line="107"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/recovery_dialog.py" line="117"/>
        <source>The database in {folder} is damaged ({detail}), so Care Home Desk did not open it and changed nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/recovery_dialog.py" line="122"/>
        <source>No backup in {backups} passes its check. Restore a backup kept elsewhere, or start with an empty database; the damaged one is then kept in {backups}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/recovery_dialog.py" line="128"/>
        <source>The newest backup that passes its check was made on {made} and holds {homes} care homes and {cases} cases. Restore it, or choose another backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/recovery_dialog.py" line="179"/>
        <source>Restore from another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/recovery_dialog.py" line="181"/>
        <source>Care Home Desk databases (*.sqlite3 *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/recovery_dialog.py" line="191"/>
        <source>Cannot restore this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/recovery_dialog.py" line="194"/>
        <source>Replace every record in {folder} with the {homes} care homes and {cases} cases in {file}?

The current database is first copied into {backups}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/recovery_dialog.py" line="203"/>
        <source>Restore backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/recovery_dialog.py" line="212"/>
        <source>Start with an empty database? The damaged database is moved unchanged into {backups}, where support may still recover records from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/recovery_dialog.py" line="215"/>
        <source>Start with an empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/recovery_dialog.ui" line="11"/>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/recovery_dialog.ui" line="19"/>
        <source>&amp;Backups in the data folder, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/recovery_dialog.ui" line="25"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/recovery_dialog.ui" line="37"/>
        <source>&amp;Restore selected backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/recovery_dialog.ui" line="43"/>
        <source>Restore from another &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/recovery_dialog.ui" line="44"/>
        <source>Restore a backup kept elsewhere, for example on a USB drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/recovery_dialog.ui" line="50"/>
        <source>Start with an &amp;empty database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/recovery_dialog.ui" line="51"/>
        <source>Move the damaged database into the backups folder unchanged and start with no records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReopenCaseDialog</name>
    <message>
        <location filename="../../carehome_desk/ui/case_dialogs.py" line="147"/>
        <source>Closed on {date} by {officer}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_dialogs.py" line="159"/>
        <source>Case not reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/reopen_case_dialog.ui" line="6"/>
        <source>Reopen case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/reopen_case_dialog.ui" line="10"/>
        <source>How the case was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/reopen_case_dialog.ui" line="17"/>
        <source>&amp;Reason for reopening (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/reopen_case_dialog.ui" line="23"/>
        <source>Reason for reopening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/reopen_case_dialog.ui" line="24"/>
        <source>e.g. New safeguarding referral about the same home</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../carehome_desk/ui/wizard/result_page.py" line="56"/>
        <source>No escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/wizard/result_page.py" line="113"/>
        <source>No escalation needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/wizard/result_page.py" line="115"/>
        <source>None of the criteria is met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/wizard/result_page.py" line="121"/>
        <source>Because these criteria are met:
{reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/wizard/result_page.py" line="142"/>
        <source>Finish records the case with no escalation and no actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/wizard/result_page.py" line="150"/>
        <source>Finish records the case at {level} with 1 required action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/wizard/result_page.py" line="152"/>
        <source>Finish records the case at {level} with {count} required actions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/wizard/result_page.py" line="162"/>
        <source>• {action} ({condition})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/wizard/result_page.py" line="178"/>
        <source>Finish records the reassessment. The level stays {level}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/wizard/result_page.py" line="182"/>
        <source>No actions are added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/wizard/result_page.py" line="188"/>
        <source>Finish records the reassessment and escalates the case from {old} to {new}. Actions added: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/wizard/result_page.py" line="193"/>
        <source>Finish records the reassessment and steps the case down from {old} to {new}. Actions added: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/wizard/result_page.py" line="202"/>
        <source>Already open for the same purpose, so not added again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/wizard/result_page.py" line="205"/>
        <source>• {action} (open as “{existing}”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/wizard/result_page.py" line="210"/>
        <source>Next, choose what happens to the higher level&apos;s open actions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../carehome_desk/store/session.py" line="65"/>
        <source>Process map {map} version {version} is not installed; reinstall the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/session.py" line="79"/>
        <source>No officer is set for this data folder; set your name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/session.py" line="116"/>
        <source>No process map is installed in {folder}; reinstall Care Home Desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../carehome_desk/ui/settings_dialog.py" line="51"/>
        <source>{title} (version {version})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/settings_dialog.py" line="65"/>
        <location filename="../../forms/settings_dialog.ui" line="107"/>
        <source>Shared folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/settings_dialog.py" line="89"/>
        <source>Settings not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="6"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="11"/>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="15"/>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="21"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="27"/>
        <source>Your &amp;team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="33"/>
        <source>Your team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="39"/>
        <source>&amp;Contact (phone or email):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="45"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="54"/>
        <source>Council and plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="58"/>
        <source>C&amp;ouncil name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="64"/>
        <source>Council name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="70"/>
        <source>&amp;Protective marking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="76"/>
        <source>Protective marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="82"/>
        <source>Process &amp;map for new assessments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="88"/>
        <source>Process map for new assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="97"/>
        <source>Sharing records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="101"/>
        <source>&amp;Shared folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="109"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="113"/>
        <source>&amp;Laptop name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="119"/>
        <source>Laptop name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepDownPage</name>
    <message>
        <location filename="../../carehome_desk/ui/wizard/reassess_pages.py" line="94"/>
        <source>{action} ({teams})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../../carehome_desk/store/db.py" line="62"/>
        <source>The database in {path} is damaged ({detail}). It was left as it is. Restore a backup: in the app choose File &gt; Restore from backup, or run carehome-desk restore FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/db.py" line="228"/>
        <source>Cannot create the data folder {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/db.py" line="250"/>
        <source>The database in {path} was written by a newer version of Care Home Desk (schema {found}; this version reads up to {supported}). Install the newer version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/database.py" line="37"/>
        <source>Nothing was saved: the disk that holds the data folder {path} is full. Free some space on it and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/database.py" line="42"/>
        <source>Nothing was saved: the data folder {path} or its database is read-only. Allow writing to the folder, or start the app with another data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/database.py" line="47"/>
        <source>Nothing was saved: you may not write to the data folder {path}. Allow writing to the folder, or start the app with another data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/database.py" line="52"/>
        <source>The database in {path} cannot be opened. Check that the folder exists, is on a local disk and that you may write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/database.py" line="57"/>
        <source>Nothing was saved: the database in {path} is busy with another Care Home Desk program. Wait a moment and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/database.py" line="62"/>
        <source>Nothing was saved: the disk holding {path} reported a read or write error. Check the disk, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/database.py" line="67"/>
        <source>The database in {path} is damaged. Restore a backup: in the app choose File &gt; Restore from backup, or run carehome-desk restore FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/migrations/__init__.py" line="108"/>
        <source>Upgrading the database to schema version {version} failed and was undone: {reason}. The database was not changed by this step. Keep the log file and report the problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/migrations/__init__.py" line="127"/>
        <source>Upgrading the database to schema version {version} would leave {count} broken references (the first: row {rowid} of {table} refers to a missing {parent}), so it was undone. Keep the log file and report the problem.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../carehome_desk/sync/exchange.py" line="105"/>
        <source>The shared folder {path} became unreachable during the sync. What was received before is kept; sync again when the folder is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/exchange.py" line="131"/>
        <source>The shared folder {path} cannot be reached. Check the network connection and the folder in Settings, then sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/exchange.py" line="144"/>
        <source>Cannot write to the shared folder {path}: {reason}. Ask for write access to it, or choose another folder in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/exchange.py" line="184"/>
        <source>This laptop&apos;s clock is {hours} hours ahead of the shared folder&apos;s. Correct the clock; nothing was rejected because of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/exchange.py" line="190"/>
        <source>This laptop&apos;s clock is {hours} hours behind the shared folder&apos;s. Correct the clock; nothing was rejected because of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/exchange.py" line="198"/>
        <source>The clock of {laptop} was {hours} hours ahead of the shared folder&apos;s when it wrote its changes. Its changes were received all the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/exchange.py" line="204"/>
        <source>The clock of {laptop} was {hours} hours behind the shared folder&apos;s when it wrote its changes. Its changes were received all the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/exchange.py" line="278"/>
        <source>The file could not be read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/exchange.py" line="530"/>
        <source>The file&apos;s changes break a rule of the database ({detail}); nothing from it was applied. Keep the file and report the problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/exchange.py" line="541"/>
        <source>The file holds only changes already received from another file; it is a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/exchange.py" line="552"/>
        <source>This is a folder or a link, not a change file, though it has the name of one. Remove it from the shared folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/exchange.py" line="559"/>
        <source>The name is not that of a change file; it was renamed or copied. Remove it from the shared folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/files.py" line="74"/>
        <source>The file&apos;s data is not valid: {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/files.py" line="188"/>
        <source>The name is not that of a change file; it was renamed or copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/files.py" line="219"/>
        <source>The file is {size} bytes, more than the limit of {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/files.py" line="227"/>
        <source>The file does not start with a change file header; it is damaged or not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/files.py" line="247"/>
        <source>The file was written by a newer version of Care Home Desk (file format {found}; this version reads up to {supported}). Install the newer version on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/files.py" line="262"/>
        <source>The file is truncated or partly written: it holds {found} bytes of data where its header says {expected}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/files.py" line="272"/>
        <source>The file is corrupted: its checksum does not match its contents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/files.py" line="295"/>
        <source>it is nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/files.py" line="298"/>
        <source>it is not JSON in UTF-8 ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/files.py" line="311"/>
        <location filename="../../carehome_desk/sync/files.py" line="339"/>
        <source>the top level is not an object with the keys {keys}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/files.py" line="317"/>
        <source>the laptop id is not 32 lower-case hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/files.py" line="321"/>
        <source>The file was written by laptop {device} but lies in the folder of laptop {folder}; it was moved or copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/files.py" line="333"/>
        <source>the time it was written is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/files.py" line="345"/>
        <source>it does not hold exactly the changes {first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/files.py" line="355"/>
        <source>The file&apos;s name says it holds changes {name_first} to {name_last}, but its data says otherwise; it was renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/files.py" line="365"/>
        <source>change numbers {first} to {last} are out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/files.py" line="371"/>
        <source>The file holds {count} changes, more than the limit of {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/files.py" line="384"/>
        <source>a laptop or officer name is not text of at most {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/files.py" line="391"/>
        <source>a laptop or officer name contains control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/files.py" line="418"/>
        <source>change {number} is missing or out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/files.py" line="493"/>
        <source>a value is longer than {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/files.py" line="497"/>
        <source>a value contains control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/files.py" line="502"/>
        <source>change {number} does not have the expected items and types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/files.py" line="549"/>
        <source>Change {number} edits a saved {table} record, but those records are never changed once saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/files.py" line="563"/>
        <source>a record id is not 32 lower-case hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/files.py" line="569"/>
        <source>change {number} gives {field} a value of the wrong type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/files.py" line="579"/>
        <source>Change {number} is to {name}, which this version of Care Home Desk does not have. Install the version the other laptops use; the file stays on the shared folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/merge.py" line="155"/>
        <source>Change {number} of this laptop was already received with different contents, so two computers wrote under the same laptop id at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/queries.py" line="301"/>
        <source>This conflict was already resolved, on this laptop or by a sync. The list now shows the current conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/report.py" line="79"/>
        <source>Shared folder: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/report.py" line="80"/>
        <source>This laptop: {laptop}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/report.py" line="87"/>
        <source>This laptop&apos;s records also appeared under its id on another computer (a copy or a restored backup), so it took the new id {id}. Nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/report.py" line="95"/>
        <source>Changes sent: {changes} in {files} files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/report.py" line="100"/>
        <source>Changes received: {changes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/report.py" line="108"/>
        <source>from {laptop}: {changes} changes in {files} files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/report.py" line="116"/>
        <source>Records updated: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/report.py" line="121"/>
        <source>Conflicts waiting for an officer: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/report.py" line="128"/>
        <source>Records waiting for a record they refer to, or duplicating another&apos;s unique value: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/report.py" line="143"/>
        <source>Files skipped: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/report.py" line="151"/>
        <source>Warning: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <location filename="../../carehome_desk/ui/sync_actions.py" line="56"/>
        <source>&amp;Conflicts ({count})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/sync_actions.py" line="58"/>
        <source>&amp;Conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/sync_actions.py" line="69"/>
        <source>No shared folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/sync_actions.py" line="71"/>
        <source>No shared folder is set for this laptop. Choose it in File &gt; Settings, under Sharing records, then sync again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../../carehome_desk/ui/sync_dialog.py" line="68"/>
        <source>Checking the shared folder {path}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/sync_dialog.py" line="80"/>
        <source>Receiving changes: file {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/sync_dialog.py" line="82"/>
        <source>Sending changes: file {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/sync_dialog.py" line="91"/>
        <source>Sync finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/sync_dialog.py" line="94"/>
        <source>Sync finished, but not everything could be read; see the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/sync_dialog.py" line="103"/>
        <source>Sync failed; nothing more was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/sync_dialog.py" line="109"/>
        <source>An unexpected error stopped the sync: {error}. What was received before it is kept. The details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/sync_dialog.ui" line="6"/>
        <source>Sync with the shared folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/sync_dialog.ui" line="10"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/sync_dialog.ui" line="16"/>
        <source>Sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/sync_dialog.ui" line="23"/>
        <source>&amp;Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/sync_dialog.ui" line="29"/>
        <source>Sync report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/sync_dialog.ui" line="39"/>
        <source>&amp;Conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/sync_dialog.ui" line="40"/>
        <source>Decide the conflicts waiting for an officer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <location filename="../../carehome_desk/sync/queries.py" line="39"/>
        <source>Care home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/queries.py" line="40"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/queries.py" line="41"/>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/queries.py" line="42"/>
        <source>Assessment answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/queries.py" line="43"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/queries.py" line="44"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/queries.py" line="45"/>
        <source>Plan version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/queries.py" line="46"/>
        <source>Plan item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/queries.py" line="47"/>
        <source>Plan item action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/queries.py" line="48"/>
        <source>Progress log entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/queries.py" line="49"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/queries.py" line="50"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/queries.py" line="51"/>
        <source>New due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/sync/queries.py" line="52"/>
        <source>Case event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncModels</name>
    <message>
        <location filename="../../carehome_desk/ui/sync_models.py" line="35"/>
        <source>The record itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/sync_models.py" line="42"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/sync_models.py" line="59"/>
        <source>Deleted the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/sync_models.py" line="61"/>
        <source>Kept the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/sync_models.py" line="63"/>
        <source>Created with {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/sync_models.py" line="66"/>
        <source>Set to {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/sync_models.py" line="126"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/sync_models.py" line="128"/>
        <location filename="../../carehome_desk/ui/sync_models.py" line="153"/>
        <location filename="../../carehome_desk/ui/sync_models.py" line="173"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/sync_models.py" line="130"/>
        <source>Shown meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/sync_models.py" line="132"/>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/sync_models.py" line="139"/>
        <source>Kept until you decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/sync_models.py" line="147"/>
        <location filename="../../carehome_desk/ui/sync_models.py" line="167"/>
        <source>Laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/sync_models.py" line="150"/>
        <location filename="../../carehome_desk/ui/sync_models.py" line="170"/>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/sync_models.py" line="151"/>
        <location filename="../../carehome_desk/ui/sync_models.py" line="165"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/sync_models.py" line="156"/>
        <location filename="../../carehome_desk/ui/sync_models.py" line="171"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/sync_models.py" line="175"/>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/sync_models.py" line="176"/>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/sync_models.py" line="182"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/sync_models.py" line="183"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/sync_models.py" line="184"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/sync_models.py" line="185"/>
        <source>Kept after a delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../carehome_desk/store/cases.py" line="99"/>
        <source>Date raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/cases.py" line="102"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/cases.py" line="106"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/cases.py" line="107"/>
        <source>{field} {value} is not a known source of concerns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/cases.py" line="114"/>
        <source>The chosen care home no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/cases.py" line="158"/>
        <location filename="../../carehome_desk/store/cases.py" line="401"/>
        <location filename="../../carehome_desk/store/cases.py" line="416"/>
        <location filename="../../carehome_desk/store/cases.py" line="442"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/cases.py" line="163"/>
        <source>Date of assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/cases.py" line="168"/>
        <source>Other concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/cases.py" line="195"/>
        <location filename="../../carehome_desk/store/plan_checks.py" line="133"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/cases.py" line="321"/>
        <source>That action no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/cases.py" line="325"/>
        <source>Case {reference} is closed; reopen it to change its actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/cases.py" line="376"/>
        <source>{action} follows the Council&apos;s exit, which is not recorded yet; record the exit first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/cases.py" line="385"/>
        <source>Date done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/cases.py" line="428"/>
        <source>Action {action} is not open, so it cannot be closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/cases.py" line="443"/>
        <source>New due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/cases.py" line="463"/>
        <source>Action {action} has no due date to move; only an open, dated action can be rescheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/cases.py" line="473"/>
        <source>Action {action} is already due on {date}; choose another date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/homes.py" line="32"/>
        <source>Home name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/homes.py" line="35"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/homes.py" line="38"/>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/homes.py" line="42"/>
        <source>CIW registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/homes.py" line="45"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/homes.py" line="47"/>
        <source>Responsible Individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/homes.py" line="50"/>
        <source>Registered Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/homes.py" line="52"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/homes.py" line="53"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/homes.py" line="54"/>
        <source>Number of beds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/homes.py" line="84"/>
        <source>CIW registration number {number} is already used by {home}; check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/plan_types.py" line="150"/>
        <source>The plan cannot be issued yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/plan_types.py" line="155"/>
        <source>It has no items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/plan_types.py" line="161"/>
        <source>Give every item at least one required action and a target date, then issue the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/plan_types.py" line="173"/>
        <source>Item {number} has no required action and no target date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/plan_types.py" line="177"/>
        <source>Item {number} has no required action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/plan_types.py" line="178"/>
        <source>Item {number} has no target date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/plan_types.py" line="187"/>
        <source>Item {number}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/plan_types.py" line="199"/>
        <source>Plan type {value} is not DAP or CAP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/plan_checks.py" line="32"/>
        <source>Admissions embargo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/plan_checks.py" line="33"/>
        <source>{field} {value} is not none, full or conditional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/plan_checks.py" line="38"/>
        <source>Embargo conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/plan_checks.py" line="43"/>
        <source>Visit or meeting the plan follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/plan_checks.py" line="48"/>
        <source>Agencies involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/plan_checks.py" line="51"/>
        <source>What triggered the concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/plan_checks.py" line="54"/>
        <source>Respond by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/plan_checks.py" line="57"/>
        <source>Next visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/plan_checks.py" line="60"/>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/plan_checks.py" line="63"/>
        <source>What would trigger escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/plan_checks.py" line="109"/>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/plan_checks.py" line="114"/>
        <source>Required action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/plan_checks.py" line="124"/>
        <source>it is empty; fill in a finding or remove the item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/plan_checks.py" line="135"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/plan_checks.py" line="137"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/plan_checks.py" line="143"/>
        <source>Accountable person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/plan_checks.py" line="149"/>
        <source>Evidence of completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/plan_checks.py" line="152"/>
        <source>Support from the council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/plan_checks.py" line="166"/>
        <source>{field} {value} is not one of {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/plan_checks.py" line="175"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/plan_checks.py" line="177"/>
        <source>Verified by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/plan_checks.py" line="181"/>
        <source>it is completed; enter the date it was completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/plan_checks.py" line="186"/>
        <source>only a completed item has a completion date or a verification; set the status to Completed or clear them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/plan_checks.py" line="195"/>
        <source>a verification needs both who verified it and the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/plan_checks.py" line="204"/>
        <source>Date completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/plan_checks.py" line="211"/>
        <source>Date verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/plan_checks.py" line="226"/>
        <source>Progress date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/plan_checks.py" line="233"/>
        <source>Progress author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/plan_checks.py" line="236"/>
        <source>Progress note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/plan_checks.py" line="146"/>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/plan_checks.py" line="140"/>
        <source>Responsible person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="457"/>
        <location filename="../../carehome_desk/store/settings.py" line="63"/>
        <source>Officer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/settings.py" line="26"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/settings.py" line="27"/>
        <source>Council name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/settings.py" line="28"/>
        <source>Process map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/settings.py" line="29"/>
        <source>Protective marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/settings.py" line="30"/>
        <source>Shared folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/settings.py" line="31"/>
        <source>Laptop name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/settings.py" line="65"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/validation.py" line="48"/>
        <location filename="../../carehome_desk/store/visits.py" line="242"/>
        <source>{field} is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/validation.py" line="33"/>
        <source>{field} must be a single line without tabs or line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/validation.py" line="53"/>
        <source>{field} contains an invisible control character ({code}) at position {position}, often pasted from another program; delete it and retype.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/validation.py" line="64"/>
        <source>{field} is {length} characters long; shorten it to {maximum} or fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/validation.py" line="82"/>
        <source>{field} {value} is not a UK postcode, e.g. CF10 4UW.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/validation.py" line="103"/>
        <source>{field} {value} is not an email address, e.g. name@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/validation.py" line="116"/>
        <source>{field} {value} is not a phone number; use digits, spaces, + ( ) and -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/validation.py" line="131"/>
        <source>{field} must be between 0 and 2000, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/validation.py" line="145"/>
        <source>{field} {value} is before {earliest}; check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/validation.py" line="154"/>
        <source>{field} {value} is after {latest}; check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/lifecycle.py" line="56"/>
        <source>Case {reference} is closed; reopen it before changing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/lifecycle.py" line="67"/>
        <source>That case no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/lifecycle.py" line="103"/>
        <source>Reason for reassessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/lifecycle.py" line="107"/>
        <source>Reason for closing the higher level&apos;s actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/lifecycle.py" line="143"/>
        <source>Action {action} belongs to another case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/lifecycle.py" line="176"/>
        <source>Case {reference} has no actions that follow the Council&apos;s exit; reassess it at the level that has them (Red in the council&apos;s map) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/lifecycle.py" line="186"/>
        <source>Date of the Council&apos;s exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/lifecycle.py" line="218"/>
        <location filename="../../carehome_desk/store/plans.py" line="297"/>
        <source>Reason for closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/lifecycle.py" line="224"/>
        <location filename="../../carehome_desk/store/plans.py" line="304"/>
        <source>Date closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/lifecycle.py" line="242"/>
        <source>Reason for reopening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/lifecycle.py" line="249"/>
        <source>Case {reference} is already open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/plan_queries.py" line="120"/>
        <source>Version {number} of {reference} is a draft, so it has no issued copy; issue it first or export the draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/plans.py" line="208"/>
        <location filename="../../carehome_desk/store/plans.py" line="239"/>
        <source>That plan no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/plans.py" line="212"/>
        <source>Plan {reference} is closed, so it cannot change; start a new plan instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/plans.py" line="245"/>
        <source>Date issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/plans.py" line="267"/>
        <source>Version {number} of {reference} was issued on {date}; edit the plan to make the next version, then issue that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/plans.py" line="279"/>
        <source>Version {number} of {reference} is not its latest version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/plans.py" line="299"/>
        <source>Who was told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/visits.py" line="127"/>
        <location filename="../../carehome_desk/store/visits.py" line="145"/>
        <source>Visit date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/visits.py" line="143"/>
        <source>That visit no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/visits.py" line="156"/>
        <location filename="../../carehome_desk/store/visits.py" line="159"/>
        <source>Kind of visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/visits.py" line="160"/>
        <source>{field} {value} is not known; choose announced or unannounced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/visits.py" line="168"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/visits.py" line="170"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/visits.py" line="185"/>
        <location filename="../../carehome_desk/store/visits.py" line="204"/>
        <source>Meeting date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/visits.py" line="201"/>
        <source>That meeting no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/visits.py" line="216"/>
        <location filename="../../carehome_desk/store/visits.py" line="219"/>
        <source>Kind of meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/visits.py" line="220"/>
        <source>{field} {value} is not known; choose JIMP, JQMM, QAM or PPM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/visits.py" line="229"/>
        <source>Agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/visits.py" line="230"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/visits.py" line="232"/>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/visits.py" line="247"/>
        <location filename="../../carehome_desk/store/visits.py" line="252"/>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/visits.py" line="253"/>
        <source>{field}: the line “{value}” needs a name and a team in brackets, e.g. Siân Ŵyn (Contracts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/visits.py" line="274"/>
        <source>Action {action} is not an open action of case {reference}; choose another action.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../carehome_desk/ui/visit_dialogs.py" line="134"/>
        <source>Edit visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/visit_dialogs.py" line="171"/>
        <source>Visit not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visit_dialog.ui" line="6"/>
        <source>Record visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visit_dialog.ui" line="13"/>
        <source>&amp;Date of visit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visit_dialog.ui" line="19"/>
        <source>Date of visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visit_dialog.ui" line="29"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visit_dialog.ui" line="35"/>
        <source>Kind of visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visit_dialog.ui" line="36"/>
        <source>Announced or unannounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visit_dialog.ui" line="45"/>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visit_dialog.ui" line="51"/>
        <source>Purpose of the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visit_dialog.ui" line="52"/>
        <source>e.g. Unannounced follow-up of the urgent visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visit_dialog.ui" line="57"/>
        <source>&amp;Attended:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visit_dialog.ui" line="64"/>
        <source>Who attended, one per line as Name (Team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visit_dialog.ui" line="65"/>
        <source>One per line: Name (Team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visit_dialog.ui" line="72"/>
        <source>&amp;Findings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visit_dialog.ui" line="79"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visit_dialog.ui" line="80"/>
        <source>What you found, one finding per paragraph, with its evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visit_dialog.ui" line="88"/>
        <source>Actions this visit c&amp;ompletes (Space ticks one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visit_dialog.ui" line="94"/>
        <source>Actions this visit completes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitDialogs</name>
    <message>
        <location filename="../../carehome_desk/ui/visit_dialogs.py" line="75"/>
        <source>{action} — due: {due}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Visits</name>
    <message>
        <location filename="../../carehome_desk/store/visits.py" line="36"/>
        <source>Announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/visits.py" line="37"/>
        <source>Unannounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/visits.py" line="41"/>
        <source>JIMP: Joint Inter-Agency Monitoring Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/visits.py" line="42"/>
        <source>JQMM: Joint Quality Management Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/visits.py" line="43"/>
        <source>QAM: Quality Assurance Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/visits.py" line="44"/>
        <source>PPM: Provider Performance Meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <location filename="../../carehome_desk/ui/wizard/concern_wizard.py" line="233"/>
        <source>That case no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/wizard/concern_wizard.py" line="237"/>
        <source>Case {reference} is closed; reopen it to reassess it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ActionDialog</name>
    <message>
        <location filename="../../carehome_desk/ui/action_dialogs.py" line="45"/>
        <source>Action not updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../carehome_desk/cli.py" line="56"/>
        <source>see {prog} --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="67"/>
        <source>{value!r} is not a date; use YYYY-MM-DD, e.g. 2026-12-04</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="76"/>
        <source>{value} is outside {earliest} to {latest}; choose a date in that range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="87"/>
        <source>the folder name is empty; give a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="94"/>
        <source>the value is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="106"/>
        <source>Care Home Desk records concerns about care homes and the actions they require. Without a command it opens the app window on the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="133"/>
        <source>data folder that contains the database (default: {path})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="142"/>
        <source>fill an empty data folder with sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="143"/>
        <source>Create a database in an empty data folder and fill it with fictitious sample data: about a dozen care homes across Wales and cases at the Red, Amber and Blue levels, with actions done, overdue and due later. Rejects a folder that already contains a database. Sets the officer to Demo Officer (Contracts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="156"/>
        <source>date the sample data is built around: concerns are dated days to weeks before it (default: today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="166"/>
        <source>number that picks which homes get the cases and their CIW numbers; the same seed and --today give the same data (default: a fixed seed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="178"/>
        <source>print one line per case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="196"/>
        <source>write a case&apos;s DAP or CAP as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="197"/>
        <source>Write the Developmental (DAP) or Corrective (CAP) Action Plan of a case as a PDF. The plan&apos;s latest version prints: a draft as it is now, an issued version exactly as it was issued. A case with no saved plan prints items pre-filled from its actions. An existing file at --out is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="210"/>
        <source>case reference, as list-cases prints it, e.g. CHD-2026-K7QF-0003, or plan reference, as the app shows it, e.g. DAP-2026-K7QF-0001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="221"/>
        <source>plan type: dap or cap (required with a case reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="229"/>
        <source>version of the plan to print, e.g. an earlier issued one (default: latest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="409"/>
        <source>Wrote {plan} to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="238"/>
        <source>PDF file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="179"/>
        <source>Print one line per case, newest first, with tab-separated columns: reference, care home, alert level (Red, Amber, Blue or No alert), number of open actions, the earliest due date of an open action (YYYY-MM-DD, or - when none is dated), and the case&apos;s status (Open or Closed). No header line is printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="244"/>
        <source>officer named as the plan&apos;s author (default: the officer set in the app)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="292"/>
        <source>Not logging to a file: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="321"/>
        <source>Could not use the database in {path}: {reason}. Check the folder and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="372"/>
        <source>Created {homes} sample care homes and {cases} cases in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="376"/>
        <source>Open them in the app with: {command}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="386"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="387"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="396"/>
        <source>No cases in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="412"/>
        <source>Warning: {warning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="425"/>
        <source>The data folder {path} is a file, not a folder; check --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="431"/>
        <source>The data folder {path} does not exist; check --data-dir, or create sample data there with: {command}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="440"/>
        <source>The folder {path} contains no Care Home Desk database; check --data-dir, or start the app once to create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="462"/>
        <source>No officer is set in {path} to sign the plan; start the app once to set your name, or add --officer NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="473"/>
        <source>No alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/commands/backup.py" line="17"/>
        <source>write a checked copy of the database to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/commands/backup.py" line="18"/>
        <source>Write a copy of the database in the data folder to FILE with SQLite&apos;s backup API, which is safe while the app is open. The copy is checked with SQLite&apos;s integrity check before it replaces an existing FILE. Restore it with: carehome-desk restore FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/commands/backup.py" line="32"/>
        <source>file to write, e.g. carehome-desk-backup.sqlite3 on a USB drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/commands/backup.py" line="45"/>
        <source>The folder {path} contains no Care Home Desk database; check --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/commands/backup.py" line="52"/>
        <source>Backed up {homes} care homes and {cases} cases from {path} to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/commands/deadlines.py" line="29"/>
        <source>print the open actions of all homes by due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/commands/deadlines.py" line="30"/>
        <source>Print the open actions of every open case across all homes, by due date, then the actions without a date. Columns: reference, care home, alert level, action, teams, due date (YYYY-MM-DD, or - when the action has none) and status (Overdue, Due today, Due this week, Later or No date). This week is today and the six days after it. The first line names the columns; columns are separated by tabs, or by commas with --csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/commands/deadlines.py" line="44"/>
        <source>list only actions due before today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/commands/deadlines.py" line="51"/>
        <source>list only actions due on or after this date; drops actions without a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/commands/deadlines.py" line="60"/>
        <source>list only actions due on or before this date; drops actions without a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/commands/deadlines.py" line="68"/>
        <source>list only actions of this team, named as on the actions, e.g. Contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/commands/deadlines.py" line="75"/>
        <source>print comma-separated values (RFC 4180 quoting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/commands/deadlines.py" line="81"/>
        <source>date that overdue and this week count from (default: today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/commands/deadlines.py" line="99"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/commands/deadlines.py" line="100"/>
        <source>Care home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/commands/deadlines.py" line="101"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/commands/deadlines.py" line="102"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/commands/deadlines.py" line="103"/>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/commands/deadlines.py" line="104"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/commands/deadlines.py" line="105"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/commands/deadlines.py" line="125"/>
        <source>No open actions match in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/commands/deadlines.py" line="147"/>
        <source>No process map or open action names the team {team}; use one of: {teams}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/commands/deadlines.py" line="162"/>
        <source>--from {start} is after --to {end}; swap the dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/commands/export_plan.py" line="29"/>
        <source>{value} is not a version number; give a whole number such as 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/commands/export_plan.py" line="47"/>
        <source>{reference} is a {type}, not a {asked}; leave out --type or correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/commands/export_plan.py" line="59"/>
        <source>Add --type dap or --type cap to choose the plan of case {reference}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/commands/export_plan.py" line="76"/>
        <source>No case or plan has the reference {reference} in {path}; list the case references with: {command}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/commands/export_plan.py" line="96"/>
        <source>Case {reference} has no saved {type}, so it has no version {version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/commands/export_plan.py" line="105"/>
        <source>the {type} of {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/commands/export_plan.py" line="123"/>
        <source>{reference} has no version {version}; its versions are 1 to {latest}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/commands/export_plan.py" line="132"/>
        <source>{reference} version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/commands/export_plan.py" line="140"/>
        <source>Version {version} of {reference} was issued, so it prints as issued, with its lead officer; leave out --officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/commands/restore.py" line="18"/>
        <source>replace the database with a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/commands/restore.py" line="19"/>
        <source>Replace every record in the data folder with those in FILE, a backup made by the app or by carehome-desk backup. FILE is checked first. The current database is copied into the backups folder of the data folder before it is replaced, even when it is damaged. Asks for confirmation; without a terminal, add --yes. Rejected while the app window is open on the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/commands/restore.py" line="33"/>
        <source>backup file to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/commands/restore.py" line="38"/>
        <source>restore without asking, for scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/commands/restore.py" line="51"/>
        <source>Cannot use the data folder {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/commands/restore.py" line="74"/>
        <source>Restored {homes} care homes and {cases} cases from {file} into {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/commands/restore.py" line="79"/>
        <source>The database it replaced is kept as {file}; restore that file to go back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/commands/restore.py" line="90"/>
        <source>Nothing was restored: restore replaces every record in {path}, so it asks for confirmation on a terminal; add --yes to restore without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/commands/restore.py" line="97"/>
        <source>Replace every record in {path} with the {homes} care homes and {cases} cases in {file}? The current database is first copied into {backups}. [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/commands/restore.py" line="112"/>
        <source>y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/commands/restore.py" line="113"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/commands/restore.py" line="116"/>
        <source>Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/commands/restore.py" line="122"/>
        <source>Nothing was restored: you may not write to the data folder {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/commands/restore.py" line="126"/>
        <source>Nothing was restored: Care Home Desk is open on {path} (process {pid}). Close its window, or restore from its File menu, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/commands/sync.py" line="22"/>
        <source>exchange records with the shared folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/commands/sync.py" line="23"/>
        <source>Send this laptop&apos;s new changes to the shared folder and apply the other laptops&apos; changes from it, then print a report: changes sent, changes received from each laptop, records updated, conflicts waiting and files skipped with the reason. Exits with code 1 when a file was skipped or the folder is unreachable. The app may stay open meanwhile and shows the changes at its next refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/commands/sync.py" line="37"/>
        <source>shared folder to sync with (default: the shared folder set in the app)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/commands/sync.py" line="58"/>
        <source>The shared folder {path} became unreachable; run the sync again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/commands/sync.py" line="64"/>
        <source>{count} files on the shared folder were skipped; see the reasons above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/commands/sync.py" line="74"/>
        <source>No shared folder is set for {path}; give one with --share PATH, or set it in the app under File &gt; Settings. For example: {command}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
