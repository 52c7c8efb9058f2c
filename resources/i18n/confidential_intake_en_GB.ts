<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../intake_app/ui/add_user_dialog.py" line="29"/>
        <source>Confidential Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/add_user_dialog.py" line="35"/>
        <source>Add a staff account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/add_user_dialog.py" line="36"/>
        <source>Give the person their initial passphrase face to face, never by email or text message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/add_user_dialog.py" line="40"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/add_user_dialog.py" line="41"/>
        <source>for example: amina.k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/add_user_dialog.py" line="43"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/add_user_dialog.py" line="45"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/add_user_dialog.py" line="49"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/add_user_dialog.py" line="53"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/add_user_dialog.py" line="54"/>
        <source>&amp;Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/add_user_dialog.py" line="55"/>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/add_user_dialog.py" line="58"/>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/add_user_dialog.py" line="59"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/add_user_dialog.py" line="60"/>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/add_user_dialog.py" line="61"/>
        <source>&amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/add_user_dialog.py" line="102"/>
        <source>Adding the account...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerRow</name>
    <message>
        <location filename="../../intake_app/ui/field_row.py" line="90"/>
        <source>Declined to answer: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/field_row.py" line="91"/>
        <source>She was asked and chose not to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/field_row.py" line="115"/>
        <source>{question} (needed at intake)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../intake_app/app.py" line="27"/>
        <source>The machine policy file cannot be used:
{problem}

Ask your IT administrator to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/app.py" line="30"/>
        <source>Confidential Intake</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <location filename="../../intake_app/ui/tasks.py" line="143"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseEdits</name>
    <message>
        <location filename="../../intake_app/ui/case_view_tabs/case_edits.py" line="117"/>
        <source>Your changes could not be kept as a draft just now. They are still on screen; save them when you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/case_view_tabs/case_edits.py" line="135"/>
        <source>Some answers need another look before they can be saved. Nothing you typed has been lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/case_view_tabs/case_edits.py" line="142"/>
        <source>Someone else changed {fields} while you were editing. Your version is still on screen: check theirs in History, then press Save again to keep yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/case_view_tabs/case_edits.py" line="147"/>
        <source>This case is closed. Reopen it to save changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/case_view_tabs/case_edits.py" line="160"/>
        <source>Changes saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/case_view_tabs/case_edits.py" line="191"/>
        <source>The case status could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../intake_app/ui/case_list_model.py" line="190"/>
        <source>No longer available</source>
        <extracomment>The case reference (str) of a row, for any column. The ``CaseRow`` itself (the list&apos;s domain object), for any column.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/case_list_model.py" line="205"/>
        <source>No name given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/case_list_model.py" line="209"/>
        <source>Not assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/case_list_model.py" line="221"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/case_list_model.py" line="222"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/case_list_model.py" line="223"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/case_list_model.py" line="224"/>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/case_list_model.py" line="225"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/case_list_model.py" line="226"/>
        <source>Last updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <location filename="../../intake_app/ui/case_list.py" line="103"/>
        <location filename="../../intake_app/ui/case_list.py" line="143"/>
        <source>Cases</source>
        <extracomment>Keystrokes closer together than this are answered by one search at the end of the window.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/case_list.py" line="107"/>
        <location filename="../../intake_app/ui/case_list.py" line="110"/>
        <source>New intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/case_list.py" line="109"/>
        <source>Start a new intake (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/case_list.py" line="115"/>
        <source>Search by name, other names, reference or phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/case_list.py" line="117"/>
        <source>Search cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/case_list.py" line="124"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/case_list.py" line="125"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/case_list.py" line="130"/>
        <source>Assigned worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/case_list.py" line="132"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/case_list.py" line="132"/>
        <source>Any risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/case_list.py" line="191"/>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/case_list.py" line="191"/>
        <source>My cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/case_list.py" line="192"/>
        <source>Not assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/case_list.py" line="256"/>
        <source>1 case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/case_list.py" line="258"/>
        <source>{count} cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/case_list.py" line="262"/>
        <source>No cases match what you typed. Check the spelling, or try part of a name, the reference or a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/case_list.py" line="264"/>
        <source>No cases to show with these filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../intake_app/ui/case_view.py" line="41"/>
        <source>Case {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/case_view.py" line="54"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/case_view.py" line="55"/>
        <source>Intake details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/case_view.py" line="56"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/case_view.py" line="57"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/case_view.py" line="67"/>
        <source>Unsaved changes from earlier are shown. Save them, or undo them to go back to the saved case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/case_view.py" line="93"/>
        <source>No name given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <location filename="../../intake_app/ui/answer_editors.py" line="131"/>
        <source>Choose an answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <location filename="../../intake_app/ui/confirm.py" line="24"/>
        <location filename="../../intake_app/ui/confirm.py" line="36"/>
        <source>Confidential Intake</source>
        <extracomment>confirm(parent, text, accept_label) -&gt; True when the person chose the action. choose_save_path(parent, suggested_name) -&gt; a path, or None when cancelled.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../intake_app/ui/answer_editors.py" line="78"/>
        <source>DD/MM/YYYY</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditBar</name>
    <message>
        <location filename="../../intake_app/ui/case_view_tabs/edit_bar.py" line="22"/>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/case_view_tabs/edit_bar.py" line="24"/>
        <source>Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/case_view_tabs/edit_bar.py" line="25"/>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/case_view_tabs/edit_bar.py" line="39"/>
        <source>This case is closed. Reopen it on the Overview tab to make changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/case_view_tabs/edit_bar.py" line="46"/>
        <source>Unsaved changes. They are kept safe as a draft until you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/case_view_tabs/edit_bar.py" line="49"/>
        <source>No unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../../intake_app/ui/intake_pages/finish_page.py" line="34"/>
        <source>Check and finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/intake_pages/finish_page.py" line="37"/>
        <source>When you finish, this intake becomes a case and appears in the case list. Everything typed so far is already saved as a draft, so you can also come back to it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/intake_pages/finish_page.py" line="46"/>
        <source>Still needed before you can finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/intake_pages/finish_page.py" line="52"/>
        <source>Everything needed is here. Press “Finish intake” to create the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/intake_pages/finish_page.py" line="56"/>
        <source>Worth checking (these do not stop you finishing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/intake_pages/finish_page.py" line="78"/>
        <source>{answered} questions answered, {declined} declined, {not_asked} not asked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/intake_pages/finish_page.py" line="102"/>
        <source>{section}: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/intake_pages/finish_page.py" line="107"/>
        <source>Go to {question}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../intake_app/ui/case_view_tabs/history_tab.py" line="83"/>
        <source>Changes, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/case_view_tabs/history_tab.py" line="93"/>
        <source>Choose a change on the left to see the record as it was then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/case_view_tabs/history_tab.py" line="98"/>
        <location filename="../../intake_app/ui/case_view_tabs/history_tab.py" line="102"/>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/case_view_tabs/history_tab.py" line="101"/>
        <location filename="../../intake_app/ui/case_view_tabs/history_tab.py" line="107"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/case_view_tabs/history_tab.py" line="101"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/case_view_tabs/history_tab.py" line="101"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/case_view_tabs/history_tab.py" line="104"/>
        <location filename="../../intake_app/ui/case_view_tabs/history_tab.py" line="108"/>
        <source>The whole record after this change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/case_view_tabs/history_tab.py" line="107"/>
        <source>Answer then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/case_view_tabs/history_tab.py" line="122"/>
        <source>The history of this case cannot be shown just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/case_view_tabs/history_tab.py" line="139"/>
        <source>{when}
Case created by {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/case_view_tabs/history_tab.py" line="143"/>
        <source>{first} and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/case_view_tabs/history_tab.py" line="145"/>
        <source>{when}
{user} changed: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/case_view_tabs/history_tab.py" line="163"/>
        <source>This earlier version cannot be shown just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/case_view_tabs/history_tab.py" line="168"/>
        <source>As it was after the change by {user} on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/case_view_tabs/history_tab.py" line="202"/>
        <source>{question} (changed here)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeTab</name>
    <message>
        <location filename="../../intake_app/ui/case_view_tabs/intake_tab.py" line="39"/>
        <source>Intake sections</source>
        <extracomment>Notes have their own tab.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeWizard</name>
    <message>
        <location filename="../../intake_app/ui/intake_wizard.py" line="54"/>
        <location filename="../../intake_app/ui/intake_wizard.py" line="86"/>
        <source>New intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/intake_wizard.py" line="92"/>
        <source>Intake sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/intake_wizard.py" line="95"/>
        <location filename="../../intake_app/ui/intake_wizard.py" line="283"/>
        <source>Check and finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/intake_wizard.py" line="124"/>
        <source>Start a blank intake instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/intake_wizard.py" line="125"/>
        <source>The intake you started stays saved as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/intake_wizard.py" line="137"/>
        <location filename="../../intake_app/ui/intake_wizard.py" line="207"/>
        <source>Nothing typed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/intake_wizard.py" line="139"/>
        <source>Draft status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/intake_wizard.py" line="141"/>
        <source>Save and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/intake_wizard.py" line="142"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/intake_wizard.py" line="191"/>
        <source>You are continuing an intake started earlier. Everything typed so far has been kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/intake_wizard.py" line="194"/>
        <source>Draft saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/intake_wizard.py" line="219"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/intake_wizard.py" line="222"/>
        <source>Draft saved at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/intake_wizard.py" line="227"/>
        <source>Not saved yet: the vault is locked. What you typed is kept here and saved after unlocking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/intake_wizard.py" line="230"/>
        <source>The draft could not be saved just now. What you typed is still here; it will be tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/intake_wizard.py" line="252"/>
        <source>{section} — to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/intake_wizard.py" line="280"/>
        <source>Finish intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/intake_wizard.py" line="284"/>
        <source>Next: {section}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/intake_wizard.py" line="333"/>
        <source>The intake has been saved as a case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../intake_app/ui/lock_screen.py" line="34"/>
        <source>Confidential Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lock_screen.py" line="38"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lock_screen.py" line="41"/>
        <source>The vault was locked to keep it safe. {name}, type your passphrase to carry on where you left off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lock_screen.py" line="43"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lock_screen.py" line="45"/>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lock_screen.py" line="46"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/lock_screen.py" line="47"/>
        <source>Close this person&apos;s work so someone else can sign in. Saved drafts are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../intake_app/ui/main_window.py" line="61"/>
        <location filename="../../intake_app/ui/main_window.py" line="105"/>
        <source>Confidential Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main_window.py" line="83"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main_window.py" line="107"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main_window.py" line="109"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main_window.py" line="110"/>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main_window.py" line="112"/>
        <source>Quick exit (F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main_window.py" line="114"/>
        <source>Quick exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main_window.py" line="116"/>
        <source>Hides every window at once and locks the vault. Key: F12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main_window.py" line="117"/>
        <source>Hide everything and lock at once (F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main_window.py" line="133"/>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main_window.py" line="140"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main_window.py" line="146"/>
        <source>Open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main_window.py" line="155"/>
        <source>Case list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main_window.py" line="161"/>
        <source>Signed in as {user} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main_window.py" line="164"/>
        <source>F12: quick exit   ·   Ctrl+L: lock   ·   Locks by itself after {minutes} min without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main_window.py" line="218"/>
        <source>New intake</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../intake_app/ui/new_passphrase.py" line="37"/>
        <source>New passphrase</source>
        <extracomment>check(passphrase, username) raises PassphraseRejected with a reason a person can act on.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/new_passphrase.py" line="39"/>
        <source>At least {count} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/new_passphrase.py" line="41"/>
        <source>Repeat the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/new_passphrase.py" line="49"/>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/new_passphrase.py" line="62"/>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/new_passphrase.py" line="65"/>
        <source>&amp;Repeat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/new_passphrase.py" line="88"/>
        <source>the two passphrases differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/new_passphrase.py" line="113"/>
        <source>Three or four unrelated words work well. Spaces are fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/new_passphrase.py" line="115"/>
        <source>Not yet: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/new_passphrase.py" line="117"/>
        <source>Acceptable. A longer passphrase would be stronger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/new_passphrase.py" line="118"/>
        <source>Good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/new_passphrase.py" line="118"/>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/new_passphrase.py" line="119"/>
        <source>Acceptable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/new_passphrase.py" line="129"/>
        <source>The two passphrases match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/new_passphrase.py" line="131"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../intake_app/ui/case_view_tabs/overview_tab.py" line="70"/>
        <source>About her</source>
        <extracomment>Cards of the overview: a title and the fields it shows, in order.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/case_view_tabs/overview_tab.py" line="71"/>
        <source>Safe contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/case_view_tabs/overview_tab.py" line="72"/>
        <source>Where she is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/case_view_tabs/overview_tab.py" line="73"/>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/case_view_tabs/overview_tab.py" line="74"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/case_view_tabs/overview_tab.py" line="114"/>
        <source>nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/case_view_tabs/overview_tab.py" line="115"/>
        <source>Status: {status}. Assigned to {worker}. Risk: {risk}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/case_view_tabs/overview_tab.py" line="120"/>
        <source>Reopen case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/case_view_tabs/overview_tab.py" line="120"/>
        <source>Close case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordCard</name>
    <message>
        <location filename="../../intake_app/ui/record_list_editor.py" line="49"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/record_list_editor.py" line="51"/>
        <location filename="../../intake_app/ui/record_list_editor.py" line="66"/>
        <source>Remove {item}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordListEditor</name>
    <message>
        <location filename="../../intake_app/ui/record_list_editor.py" line="128"/>
        <source>Declined to answer: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/record_list_editor.py" line="142"/>
        <source>No phone numbers recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/record_list_editor.py" line="144"/>
        <source>No children recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/record_list_editor.py" line="145"/>
        <source>Nobody recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/record_list_editor.py" line="149"/>
        <source>Add a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/record_list_editor.py" line="151"/>
        <source>Add a child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/record_list_editor.py" line="152"/>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/record_list_editor.py" line="156"/>
        <source>Phone number {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/record_list_editor.py" line="158"/>
        <source>Child {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/record_list_editor.py" line="159"/>
        <source>Person {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetPassphraseDialog</name>
    <message>
        <location filename="../../intake_app/ui/reset_passphrase_dialog.py" line="27"/>
        <source>Confidential Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/reset_passphrase_dialog.py" line="34"/>
        <source>Reset a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/reset_passphrase_dialog.py" line="36"/>
        <source>Give {user} a new passphrase. You need the organisation&apos;s recovery key. Their old passphrase will stop working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/reset_passphrase_dialog.py" line="38"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/reset_passphrase_dialog.py" line="42"/>
        <source>S&amp;how the key while typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/reset_passphrase_dialog.py" line="43"/>
        <source>Show the recovery key while typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/reset_passphrase_dialog.py" line="48"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/reset_passphrase_dialog.py" line="49"/>
        <source>&amp;Reset passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/reset_passphrase_dialog.py" line="50"/>
        <source>Reset passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/reset_passphrase_dialog.py" line="53"/>
        <source>Recovery &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/reset_passphrase_dialog.py" line="93"/>
        <source>Setting the new passphrase...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../intake_app/ui/users_model.py" line="56"/>
        <source>Caseworker</source>
        <extracomment>data(index, ACCOUNT_ROLE) -&gt; Account data(index, SORT_ROLE) -&gt; a value that sorts sensibly for the column</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users_model.py" line="57"/>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users_model.py" line="58"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../intake_app/ui/setup_wizard.py" line="58"/>
        <source>Confidential Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_wizard.py" line="78"/>
        <source>Set up Confidential Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_wizard.py" line="80"/>
        <source>There is no vault on this laptop yet. Create it now, together with the first administrator account. Administrators manage staff accounts and backups; they cannot open case records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_wizard.py" line="86"/>
        <source>Administrator user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_wizard.py" line="87"/>
        <source>for example: it.admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_wizard.py" line="90"/>
        <source>Your name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_wizard.py" line="95"/>
        <source>&amp;Create the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_wizard.py" line="96"/>
        <source>Create the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_wizard.py" line="99"/>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_wizard.py" line="100"/>
        <source>Your &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_wizard.py" line="139"/>
        <source>Creating the vault and measuring this laptop&apos;s speed. This can take up to a minute...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_wizard.py" line="167"/>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_wizard.py" line="169"/>
        <source>This key is shown only once. It opens the vault if every passphrase is forgotten, so anyone who has it can read everything in the vault. Write it on paper now and keep the paper locked away, not with this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_wizard.py" line="177"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_wizard.py" line="183"/>
        <source>The key uses the letters A to Z (no I or O) and the digits 2 to 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_wizard.py" line="189"/>
        <source>I have &amp;written it down and stored it away from this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_wizard.py" line="192"/>
        <source>I have written it down and stored it away from this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_wizard.py" line="195"/>
        <source>Save to a &amp;file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_wizard.py" line="195"/>
        <source>Save the recovery key to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_wizard.py" line="196"/>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_wizard.py" line="197"/>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_wizard.py" line="219"/>
        <source>A recovery key in a file can be copied without anyone noticing, and whoever has it can open the vault.

Save it only to a removable drive that will be locked away from this laptop: never to this laptop&apos;s own disk, to email or to a cloud folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_wizard.py" line="222"/>
        <source>Choose where to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_wizard.py" line="230"/>
        <source>Not saved: the recovery key must not be kept next to the vault. Choose a removable drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_wizard.py" line="233"/>
        <source>Confidential Intake recovery key

{key}

Whoever has this key can open the vault. Keep it offline, away from the laptop.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_wizard.py" line="242"/>
        <source>The file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_wizard.py" line="245"/>
        <source>Saved. Remove the drive and store it away from this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/setup_wizard.py" line="267"/>
        <source>Write the recovery key down first, then tick the box.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../intake_app/ui/sign_in.py" line="28"/>
        <source>Confidential Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sign_in.py" line="31"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sign_in.py" line="33"/>
        <source>Use your own user name and passphrase. If you have forgotten your passphrase, your administrator can reset it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/sign_in.py" line="35"/>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StateChip</name>
    <message>
        <location filename="../../intake_app/ui/field_row.py" line="41"/>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriEditor</name>
    <message>
        <location filename="../../intake_app/ui/answer_editors.py" line="210"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/answer_editors.py" line="212"/>
        <source>Clear this answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <location filename="../../intake_app/ui/unlock_form.py" line="53"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock_form.py" line="56"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock_form.py" line="61"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock_form.py" line="67"/>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock_form.py" line="71"/>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock_form.py" line="112"/>
        <source>Type your user name and passphrase.</source>
        <extracomment>The button row; a screen may add its own buttons to the left of the stretch.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock_form.py" line="120"/>
        <source>Opening the vault. This takes a few seconds...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/unlock_form.py" line="147"/>
        <source>You can try again now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../intake_app/ui/users_model.py" line="129"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users_model.py" line="130"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users_model.py" line="131"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users_model.py" line="132"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users_model.py" line="133"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users_model.py" line="134"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users_model.py" line="149"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users_model.py" line="150"/>
        <source>Disabled {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersScreen</name>
    <message>
        <location filename="../../intake_app/ui/users_screen.py" line="55"/>
        <location filename="../../intake_app/ui/users_screen.py" line="76"/>
        <source>Staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users_screen.py" line="56"/>
        <source>Who can sign in on this laptop, and with which role. Administrators manage accounts; they cannot open case records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users_screen.py" line="62"/>
        <location filename="../../intake_app/ui/users_screen.py" line="63"/>
        <source>Find an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users_screen.py" line="65"/>
        <source>&amp;Add account...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users_screen.py" line="66"/>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users_screen.py" line="92"/>
        <source>New role for the selected account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users_screen.py" line="95"/>
        <source>Change &amp;role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users_screen.py" line="96"/>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users_screen.py" line="97"/>
        <source>Reset &amp;passphrase...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users_screen.py" line="98"/>
        <source>Reset passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users_screen.py" line="99"/>
        <source>&amp;Disable account...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users_screen.py" line="101"/>
        <location filename="../../intake_app/ui/users_screen.py" line="226"/>
        <source>Disable account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users_screen.py" line="184"/>
        <source>Account {user} added. Give them their passphrase face to face.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users_screen.py" line="200"/>
        <source>{user} has a new passphrase. Their old one no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users_screen.py" line="214"/>
        <source>{user} is now: {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users_screen.py" line="222"/>
        <source>Disable the account {user}? They will no longer be able to sign in.

Backups and any copy of this laptop&apos;s disk made before now can still be opened with their passphrase. To close that door, rotate the data key next (&apos;intake-app admin rotate-key&apos;) and make a fresh backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users_screen.py" line="234"/>
        <source>{user} can no longer sign in. Rotate the data key next, then make a fresh backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users_screen.py" line="252"/>
        <source>Select an account to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users_screen.py" line="254"/>
        <source>Selected: {user}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
