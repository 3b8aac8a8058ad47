<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
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
    <name>App</name>
    <message>
        <location filename="../../carehome_desk/app.py" line="88"/>
        <source>Care Home Desk cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/app.py" line="103"/>
        <source>Something went wrong: {error}

Care Home Desk {version}. The details are in the log file:
{log}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/app.py" line="112"/>
        <source>Unexpected error</source>
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
        <location filename="../../carehome_desk/ui/case_models.py" line="62"/>
        <source>Done on {date} by {officer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_models.py" line="66"/>
        <source>Not applicable: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_models.py" line="70"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_models.py" line="84"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_models.py" line="85"/>
        <source>Responsible teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_models.py" line="86"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_models.py" line="87"/>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_models.py" line="88"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_models.py" line="165"/>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_models.py" line="166"/>
        <source>Action required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_models.py" line="167"/>
        <source>Responsible person (provider)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_models.py" line="168"/>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseWindow</name>
    <message>
        <location filename="../../carehome_desk/ui/case_window.py" line="112"/>
        <source>This case no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_window.py" line="124"/>
        <source>{level} — set on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_window.py" line="133"/>
        <source>{reference} — {home}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_window.py" line="159"/>
        <source>{date} by {officer} ({team})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_window.py" line="177"/>
        <source>{chosen}, as recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_window.py" line="179"/>
        <source>{chosen} chosen; {recommended} recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_window.py" line="186"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_window.py" line="190"/>
        <source>Evidence: {evidence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/case_window.py" line="251"/>
        <source>Action not updated</source>
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
        <location filename="../../forms/case_window.ui" line="25"/>
        <source>Case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="33"/>
        <source>Care home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="51"/>
        <source>Concern and latest assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="62"/>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="68"/>
        <source>Date raised:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="73"/>
        <source>Date raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="80"/>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="85"/>
        <source>Source of the concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="92"/>
        <source>Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="98"/>
        <source>Summary of the concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="110"/>
        <source>Latest assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="116"/>
        <source>Assessed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="121"/>
        <source>Assessed on and by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="129"/>
        <source>Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="134"/>
        <source>Recommended and chosen level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="142"/>
        <source>Reason for the change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="148"/>
        <source>Reason for choosing another level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="156"/>
        <source>Criteria met:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="162"/>
        <source>Criteria met, with evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="171"/>
        <source>Other concern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="177"/>
        <source>Other concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="196"/>
        <source>Required ac&amp;tions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="202"/>
        <source>Required actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="215"/>
        <source>&amp;Applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="216"/>
        <source>The condition of the selected action is met, so the action stays open (Alt+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="221"/>
        <source>Does &amp;not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="222"/>
        <source>The condition of the selected action is not met, so the action is closed as not applicable (Alt+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="227"/>
        <source>Mark &amp;done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="228"/>
        <source>Record the date the selected action was done (Alt+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="233"/>
        <source>Not a&amp;pplicable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="234"/>
        <source>Close the selected action as not applicable, with a reason (Alt+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="245"/>
        <source>&amp;Export DAP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="246"/>
        <source>Edit the Developmental Action Plan and export it as a PDF (Alt+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="251"/>
        <source>Export &amp;CAP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_window.ui" line="252"/>
        <source>Edit the Corrective Action Plan and export it as a PDF (Alt+C)</source>
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
        <location filename="../../carehome_desk/ui/wizard/concern_wizard.py" line="100"/>
        <source>Case not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/wizard/concern_wizard.py" line="114"/>
        <source>Discard concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/wizard/concern_wizard.py" line="115"/>
        <source>Close the wizard and discard what you typed? Nothing has been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="14"/>
        <source>New concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="21"/>
        <source>Care home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="22"/>
        <source>Choose the care home the concern is about, or add it if it is not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="28"/>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="34"/>
        <source>Name, postcode, CIW number or provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="36"/>
        <source>Search care homes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="43"/>
        <source>Care &amp;homes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="49"/>
        <source>Care homes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="75"/>
        <source>&amp;Add home…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="76"/>
        <source>Add a care home that is not in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="85"/>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="86"/>
        <source>When the concern was raised, where it came from and what it is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="90"/>
        <source>Date &amp;raised:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="97"/>
        <source>Date raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="107"/>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="113"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="114"/>
        <source>Choose where the concern came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="123"/>
        <source>S&amp;ummary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="129"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="130"/>
        <source>What was reported, by whom, and which residents or staff it concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="137"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="138"/>
        <source>Check the recommendation, choose the level to set and the date of the assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="155"/>
        <source>Recommended level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="181"/>
        <source>Chosen &amp;level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="187"/>
        <source>Chosen level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="196"/>
        <source>&amp;Reason for a different level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="202"/>
        <source>Reason for a different level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="203"/>
        <source>Why your professional judgement differs from the recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="210"/>
        <source>A reason is required because the chosen level differs from the recommendation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="216"/>
        <source>Date of &amp;assessment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="223"/>
        <source>Date of assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/concern_wizard.ui" line="243"/>
        <source>Required actions</source>
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
    <name>Demo</name>
    <message>
        <location filename="../../carehome_desk/demo.py" line="475"/>
        <source>{path} already contains a Care Home Desk database; choose an empty folder for the sample data.</source>
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
        <location filename="../../carehome_desk/ui/main_models.py" line="130"/>
        <location filename="../../carehome_desk/ui/main_models.py" line="174"/>
        <source>Care home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/main_models.py" line="135"/>
        <location filename="../../carehome_desk/ui/main_models.py" line="179"/>
        <source>Alert level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/main_models.py" line="140"/>
        <source>Open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/main_models.py" line="146"/>
        <location filename="../../carehome_desk/ui/main_models.py" line="192"/>
        <source>Open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/main_models.py" line="152"/>
        <location filename="../../carehome_desk/ui/main_models.py" line="198"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/main_models.py" line="157"/>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/main_models.py" line="158"/>
        <source>CIW number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/main_models.py" line="160"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/main_models.py" line="172"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/main_models.py" line="184"/>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/main_models.py" line="189"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/main_models.py" line="204"/>
        <source>Next due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../carehome_desk/ui/main_window.py" line="72"/>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/main_window.py" line="158"/>
        <source>{homes} homes · {open} open actions · {overdue} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/main_window.py" line="165"/>
        <location filename="../../forms/main_window.ui" line="9"/>
        <source>Care Home Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/main_window.py" line="167"/>
        <source>Care Home Desk — {name}, {team}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/main_window.py" line="190"/>
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
        <location filename="../../forms/main_window.ui" line="101"/>
        <source>&amp;Homes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="106"/>
        <source>&amp;Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="115"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="127"/>
        <source>&amp;New concern…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="128"/>
        <source>Assess a new concern about a care home (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="129"/>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="132"/>
        <source>&amp;Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="133"/>
        <source>Open the selected case (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="134"/>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="137"/>
        <source>&amp;Add home…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="138"/>
        <source>Add a care home (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="139"/>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="142"/>
        <source>&amp;Edit home…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="143"/>
        <source>Edit the selected care home (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="144"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="147"/>
        <source>&amp;Officer and team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="148"/>
        <source>Change the name and team recorded on your work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="151"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="152"/>
        <source>Ctrl+Q</source>
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
    <name>PlanDelegates</name>
    <message>
        <location filename="../../carehome_desk/ui/plan_delegates.py" line="114"/>
        <source>Step below the earliest date, the day the concern was raised, to clear the date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../carehome_desk/ui/plan_dialog.py" line="123"/>
        <source>{level} since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_dialog.py" line="127"/>
        <source>{plan_type} for {home}, case {reference}. {level}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_dialog.py" line="135"/>
        <source>{plan_type} — {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_dialog.py" line="142"/>
        <source>Developmental Action Plan (DAP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_dialog.py" line="143"/>
        <source>Corrective Action Plan (CAP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_dialog.py" line="197"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_dialog.py" line="220"/>
        <source>Plan not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_dialog.py" line="224"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_dialog.py" line="238"/>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_dialog.py" line="239"/>
        <source>The plan has unsaved changes. Close it and discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_dialog.py" line="255"/>
        <source>Export {plan_type} as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_dialog.py" line="257"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_dialog.py" line="276"/>
        <location filename="../../carehome_desk/ui/plan_dialog.py" line="355"/>
        <source>PDF not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_dialog.py" line="304"/>
        <source>Making the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_dialog.py" line="320"/>
        <source>Exported to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_dialog.py" line="327"/>
        <source>PDF exported with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_dialog.py" line="333"/>
        <source>PDF exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_dialog.py" line="334"/>
        <source>The PDF was saved as {path}. No PDF viewer could be opened; open the file from that folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_dialog.py" line="344"/>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/plan_dialog.py" line="349"/>
        <source>The PDF could not be made because of an unexpected error: {error}. The log file has the details.</source>
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
        <location filename="../../forms/plan_dialog.ui" line="18"/>
        <source>Plan &amp;items (double-click a cell or press F2 to edit it; Tab commits the edit):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="27"/>
        <source>Plan items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="40"/>
        <source>&amp;Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="41"/>
        <source>Add an empty item below the selected one (Alt+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="47"/>
        <source>&amp;Remove item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="48"/>
        <source>Remove the selected item from the plan (Alt+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="54"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="55"/>
        <source>Move the selected item one place up (Alt+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="61"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="62"/>
        <source>Move the selected item one place down (Alt+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="68"/>
        <source>C&amp;lear target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="69"/>
        <source>Set the selected item&apos;s target date to Not set (Alt+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="87"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="88"/>
        <source>Save the plan&apos;s items with the case (Alt+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="94"/>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="95"/>
        <source>Save the plan, then write it as a PDF for the provider (Alt+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="101"/>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="110"/>
        <source>Plan status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="122"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/plan_dialog.ui" line="123"/>
        <source>Close the plan (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPdf</name>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="150"/>
        <source>{field}: left out {characters}, which the PDF font cannot print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="179"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="181"/>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="182"/>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="183"/>
        <source>March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="184"/>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="185"/>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="186"/>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="187"/>
        <source>July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="188"/>
        <source>August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="189"/>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="190"/>
        <source>October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="191"/>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="192"/>
        <source>December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="199"/>
        <source>Developmental Action Plan (DAP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="201"/>
        <source>Corrective Action Plan (CAP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="203"/>
        <source>Action Plan ({plan_type})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="204"/>
        <source>Plan type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="210"/>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="211"/>
        <source>Amber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="212"/>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="216"/>
        <source>Alert level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="287"/>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="518"/>
        <source>Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="290"/>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="520"/>
        <source>Home name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="298"/>
        <source>Plan items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="304"/>
        <source>This plan has no items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="307"/>
        <source>We welcome correspondence in Welsh. Corresponding with us in Welsh will not lead to delay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="323"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="334"/>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="515"/>
        <source>Case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="335"/>
        <source>Care home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="336"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="337"/>
        <source>CIW registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="338"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="340"/>
        <source>Responsible Individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="343"/>
        <source>Registered Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="347"/>
        <source>Current alert level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="351"/>
        <source>Alert level set on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="358"/>
        <source>Prepared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="365"/>
        <source>Prepared on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="398"/>
        <source>No escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="431"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="432"/>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="433"/>
        <source>Action required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="434"/>
        <source>Responsible person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="435"/>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="440"/>
        <source>Item {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="511"/>
        <source>Protective marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="542"/>
        <source>Page {page} of {page_count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="595"/>
        <source>Action plan for {home_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="657"/>
        <source>Could not save {path}: the folder {folder} does not exist. Choose an existing folder and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="663"/>
        <source>Could not save {path}: it is a folder. Choose a file name and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="667"/>
        <source>Could not save {path}: permission denied. If the file is open in another program, close it and export again. Otherwise choose a folder you can write to, such as Documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="674"/>
        <source>Could not save {path}: the disk is full. Free some space or choose another drive, then export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/documents/plan_pdf.py" line="680"/>
        <source>Could not save {path}: {reason}. Choose another folder and export again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <location filename="../../carehome_desk/ui/presentation.py" line="16"/>
        <source>No alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/presentation.py" line="17"/>
        <source>{level} alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/presentation.py" line="33"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/presentation.py" line="39"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/presentation.py" line="40"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/presentation.py" line="41"/>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/presentation.py" line="42"/>
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
    <name>ResultPage</name>
    <message>
        <location filename="../../carehome_desk/ui/wizard/result_page.py" line="42"/>
        <source>No escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/wizard/result_page.py" line="83"/>
        <source>No escalation needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/wizard/result_page.py" line="85"/>
        <source>None of the criteria is met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/wizard/result_page.py" line="91"/>
        <source>Because these criteria are met:
{reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/wizard/result_page.py" line="107"/>
        <source>Finish records the case with no escalation and no actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/wizard/result_page.py" line="115"/>
        <source>Finish records the case at {level} with 1 required action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/wizard/result_page.py" line="117"/>
        <source>Finish records the case at {level} with {count} required actions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/ui/wizard/result_page.py" line="124"/>
        <source>• {action} ({condition})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../carehome_desk/store/session.py" line="38"/>
        <source>Process map {map} version {version} is not installed; reinstall the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/session.py" line="52"/>
        <source>No officer is set for this data folder; set your name first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../../carehome_desk/store/db.py" line="51"/>
        <source>Cannot create the data folder {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/db.py" line="85"/>
        <source>The database in {path} was written by a newer version of Care Home Desk (schema {found}; this version reads up to {supported}). Install the newer version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../carehome_desk/store/cases.py" line="77"/>
        <source>Date raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/cases.py" line="80"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/cases.py" line="84"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/cases.py" line="85"/>
        <source>{field} {value} is not a known source of concerns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/cases.py" line="92"/>
        <source>The chosen care home no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/cases.py" line="116"/>
        <location filename="../../carehome_desk/store/cases.py" line="245"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/cases.py" line="120"/>
        <source>Date of assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/cases.py" line="125"/>
        <source>Other concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/cases.py" line="151"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/cases.py" line="205"/>
        <source>That action no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/cases.py" line="230"/>
        <source>Date done</source>
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
        <location filename="../../carehome_desk/store/plans.py" line="34"/>
        <source>Plan type {value} is not DAP or CAP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/plans.py" line="100"/>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/plans.py" line="102"/>
        <source>Action required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/plans.py" line="107"/>
        <source>Item {number} is empty; fill in a finding or remove the item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/plans.py" line="115"/>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/plans.py" line="122"/>
        <source>Responsible person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="434"/>
        <location filename="../../carehome_desk/store/settings.py" line="47"/>
        <source>Officer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/settings.py" line="49"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/validation.py" line="31"/>
        <source>{field} must be a single line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/validation.py" line="43"/>
        <source>{field} is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/validation.py" line="47"/>
        <source>{field} contains control characters; remove them and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/validation.py" line="54"/>
        <source>{field} is {length} characters long; shorten it to {maximum} or fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/validation.py" line="72"/>
        <source>{field} {value} is not a UK postcode, e.g. CF10 4UW.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/validation.py" line="83"/>
        <source>{field} {value} is not an email address, e.g. name@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/validation.py" line="96"/>
        <source>{field} {value} is not a phone number; use digits, spaces, + ( ) and -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/validation.py" line="111"/>
        <source>{field} must be between 0 and 2000, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/validation.py" line="125"/>
        <source>{field} {value} is before {earliest}; check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/store/validation.py" line="134"/>
        <source>{field} {value} is after {latest}; check the date.</source>
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
        <location filename="../../carehome_desk/cli.py" line="52"/>
        <source>see {prog} --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="63"/>
        <source>{value!r} is not a date; use YYYY-MM-DD, e.g. 2026-12-04</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="72"/>
        <source>{value} is outside {earliest} to {latest}; choose a date in that range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="83"/>
        <source>the folder name is empty; give a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="90"/>
        <source>the value is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="102"/>
        <source>Care Home Desk records concerns about care homes and the actions they require. Without a command it opens the app window on the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="125"/>
        <source>data folder that contains the database (default: {path})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="134"/>
        <source>fill an empty data folder with sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="135"/>
        <source>Create a database in an empty data folder and fill it with fictitious sample data: about a dozen care homes across Wales and cases at the Red, Amber and Blue levels, with actions done, overdue and due later. Rejects a folder that already contains a database. Sets the officer to Demo Officer (Contracts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="148"/>
        <source>date the sample data is built around: concerns are dated days to weeks before it (default: today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="158"/>
        <source>number that picks which homes get the cases and their CIW numbers; the same seed and --today give the same data (default: a fixed seed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="170"/>
        <source>print one line per case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="171"/>
        <source>Print one line per case, newest first, with tab-separated columns: reference, care home, alert level (Red, Amber, Blue or No alert), number of open actions, and the earliest due date of an open action (YYYY-MM-DD, or - when none is dated). No header line is printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="186"/>
        <source>write a case&apos;s DAP or CAP as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="187"/>
        <source>Write the Developmental (DAP) or Corrective (CAP) Action Plan of a case as a PDF. The plan contains its saved items, or items pre-filled from the case&apos;s actions when none are saved. An existing file at --out is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="199"/>
        <source>case reference, as list-cases prints it, e.g. CHD-2026-K7QF-0003</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="209"/>
        <source>plan type: dap or cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="216"/>
        <source>PDF file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="222"/>
        <source>officer named as the plan&apos;s author (default: the officer set in the app)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="270"/>
        <source>Not logging to a file: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="297"/>
        <source>Could not use the database in {path}: {reason}. Check the folder and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="348"/>
        <source>Created {homes} sample care homes and {cases} cases in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="352"/>
        <source>Open them in the app with: {command}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="367"/>
        <source>No cases in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="379"/>
        <source>No case has the reference {reference} in {path}; list the references with: {command}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="392"/>
        <source>Wrote the {type} of {reference} to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="395"/>
        <source>Warning: {warning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="408"/>
        <source>The data folder {path} does not exist; check --data-dir, or create sample data there with: {command}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="417"/>
        <source>The folder {path} contains no Care Home Desk database; check --data-dir, or start the app once to create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="439"/>
        <source>No officer is set in {path} to sign the plan; start the app once to set your name, or add --officer NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../carehome_desk/cli.py" line="450"/>
        <source>No alert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
