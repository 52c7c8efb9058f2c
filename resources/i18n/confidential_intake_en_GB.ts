<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name></name>
    <message>
        <location filename="../../intake_app/domain/referrals/gate.py" line="349"/>
        <source>Consent</source>
        <extracomment>False when the check does not concern this referral (it then passes). Included classes without her current consent that go on the recorded legal basis. The names the case records for the people who harmed her (``abuser.people``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/gate.py" line="351"/>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../intake_app/ui/users/add_user_dialog.py" line="28"/>
        <source>Confidential Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users/add_user_dialog.py" line="33"/>
        <source>Add a staff account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users/add_user_dialog.py" line="34"/>
        <source>Give the person their initial passphrase face to face, never by email or text message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users/add_user_dialog.py" line="38"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users/add_user_dialog.py" line="39"/>
        <source>for example: amina.k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users/add_user_dialog.py" line="41"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users/add_user_dialog.py" line="43"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users/add_user_dialog.py" line="47"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users/add_user_dialog.py" line="51"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users/add_user_dialog.py" line="52"/>
        <source>&amp;Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users/add_user_dialog.py" line="53"/>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users/add_user_dialog.py" line="56"/>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users/add_user_dialog.py" line="57"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users/add_user_dialog.py" line="58"/>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users/add_user_dialog.py" line="59"/>
        <source>&amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users/add_user_dialog.py" line="87"/>
        <source>Adding the account...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Agency</name>
    <message>
        <location filename="../../intake_app/domain/agencies/model.py" line="55"/>
        <source>Dates of birth are sent as an age in years</source>
        <extracomment>The kinds the app ships, in the order the directory lists them. Prefixes of a recipient reference. Every generalisation rule a kind may declare, by id.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/agencies/model.py" line="58"/>
        <source>Her address is sent only as the postcode district (the first half of the postcode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/agencies/model.py" line="62"/>
        <source>A phone number is sent only when it is marked safe to call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Agency:adult_social_care</name>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="542"/>
        <source>Adult social care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="544"/>
        <source>The council&apos;s adult services: care needs, safeguarding of adults at risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="546"/>
        <source>A council assessing care for someone with no recourse to public funds checks her status through a Home Office system that immigration enforcement runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="548"/>
        <source>Her immigration status can decide what care the council may give, so a referral for care brings that status into question.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Agency:childrens_social_care</name>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="534"/>
        <source>Children&apos;s social care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="536"/>
        <source>The council&apos;s children&apos;s services, for the children&apos;s safety and for support to a family in need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="538"/>
        <source>Support that children&apos;s services give to a child is not a public fund, so accepting it does not break a no-recourse condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="540"/>
        <source>When the council supports a family with no recourse to public funds, it usually checks the parent&apos;s status through a Home Office system that immigration enforcement runs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Agency:gp</name>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="550"/>
        <source>GP practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="552"/>
        <source>Her family doctor&apos;s surgery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="554"/>
        <source>Seeing a GP is free whatever her immigration status, and a practice should not refuse to register her for lack of papers or an address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="556"/>
        <source>A GP&apos;s referral to a hospital can start the hospital&apos;s charging checks; see the facts about hospitals.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Agency:hospital</name>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="558"/>
        <source>Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="560"/>
        <source>An NHS hospital, its emergency department or a specialist clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="562"/>
        <source>Treatment for a condition caused by domestic or sexual violence is free of charge, whatever her immigration status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="564"/>
        <source>Other hospital care can be charged for, and an NHS debt left unpaid can be reported to the Home Office, which may count it against a later immigration application.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Agency:idva_service</name>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="510"/>
        <source>IDVA service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="512"/>
        <source>Independent domestic violence advisers, who support a victim at high risk through the safety plan, the MARAC and the courts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="514"/>
        <source>An IDVA service works for her, under its own confidentiality policy, and has no duty to report her immigration status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="516"/>
        <source>Some IDVAs are employed by a police force or a council: check who hosts the service, and record a named agency with its own answer if its host shares data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Agency:legal_aid_solicitor</name>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="576"/>
        <source>Legal aid solicitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="578"/>
        <source>A solicitor for family or protective orders, paid by legal aid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="580"/>
        <source>A solicitor owes her a duty of confidentiality, and advice she receives is privileged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="582"/>
        <source>A family solicitor is not always allowed to give immigration advice; for that, refer her to a regulated immigration adviser.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Agency:local_authority_housing</name>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="526"/>
        <source>Local authority housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="528"/>
        <source>The council&apos;s homelessness and housing service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="530"/>
        <source>Whether the council must house her depends on her immigration status, so an application means the council looks at that status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="532"/>
        <source>When a council checks on someone with no recourse to public funds, it asks a Home Office system that immigration enforcement runs; the check does not wait for her consent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Agency:marac</name>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="500"/>
        <source>MARAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="502"/>
        <source>The multi-agency risk assessment conference, which shares information about a victim at high risk to plan her safety.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="504"/>
        <source>Immigration enforcement should not take part in a MARAC meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="506"/>
        <source>Nothing about her should reach immigration enforcement from a MARAC unless the MARAC has expressly agreed to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="508"/>
        <source>The police and the local authority sit at the MARAC table; what they hear there can reach their own records, and both can pass data to immigration enforcement.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Agency:other_specialist_service</name>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="584"/>
        <source>Other specialist service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="586"/>
        <source>Another specialist service: counselling, a by-and-for service, a sexual violence service and the like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="588"/>
        <source>Services differ: before a referral, ask the service whether it shares anything with the Home Office, and record it as a named agency with that answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Agency:police</name>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="490"/>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="492"/>
        <source>A police force, for a report of a crime or an urgent safety response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="494"/>
        <source>In England and Wales there is no rule that keeps what a victim tells the police away from immigration enforcement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="496"/>
        <source>An officer may decide to pass her details to the Home Office&apos;s immigration enforcement, and forces have done so after victims reported abuse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="498"/>
        <source>If her immigration status is not settled, she should speak to a regulated immigration adviser before her details go to the police, unless she is in danger now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Agency:refuge</name>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="518"/>
        <source>Refuge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="520"/>
        <source>Safe, confidential housing for a woman (and her children) escaping abuse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="522"/>
        <source>A refuge keeps her whereabouts secret and is not known to pass residents&apos; data to immigration enforcement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="524"/>
        <source>Most refuge rooms are paid for by a housing benefit claim, and the claim goes to the local authority, which checks her status; if she has no recourse to public funds, ask for a space funded another way before any claim is made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Agency:regulated_immigration_adviser</name>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="566"/>
        <source>Regulated immigration adviser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="568"/>
        <source>An adviser allowed by law to give immigration advice: a registered adviser or an immigration solicitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="570"/>
        <source>A regulated adviser acts for her and keeps what she says confidential; it goes to the Home Office only in an application she has agreed to make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="572"/>
        <source>She should have this advice before any step that involves the Home Office, such as the concession for migrant victims of domestic abuse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="574"/>
        <source>The concession gives three months&apos; leave with access to public funds; in that time she has to apply to settle, if she can, or for another way to stay.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerRow</name>
    <message>
        <location filename="../../intake_app/ui/questions/field_row.py" line="91"/>
        <source>Declined to answer: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/questions/field_row.py" line="92"/>
        <source>She was asked and chose not to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/questions/field_row.py" line="116"/>
        <source>{question} (needed at intake)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../intake_app/app.py" line="37"/>
        <source>The machine policy file cannot be used:
{problem}

Ask your IT administrator to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/app.py" line="40"/>
        <source>Confidential Intake</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../intake_app/ui/app_controller.py" line="157"/>
        <source>Confidential Intake</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentForm</name>
    <message>
        <location filename="../../intake_app/ui/risk/assessment_form.py" line="148"/>
        <source>Checklist sections</source>
        <extracomment>The draft&apos;s key for the judgement typed so far (item ids are a-z, 0-9 and _ only).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/assessment_form.py" line="151"/>
        <location filename="../../intake_app/ui/risk/assessment_form.py" line="366"/>
        <source>Check and complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/assessment_form.py" line="152"/>
        <location filename="../../intake_app/ui/risk/assessment_form.py" line="342"/>
        <source>{section} — to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/assessment_form.py" line="182"/>
        <source>Discard and start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/assessment_form.py" line="183"/>
        <source>Deletes the answers saved so far for this checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/assessment_form.py" line="198"/>
        <source>Yes answers so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/assessment_form.py" line="200"/>
        <location filename="../../intake_app/ui/risk/assessment_form.py" line="288"/>
        <source>Nothing answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/assessment_form.py" line="202"/>
        <source>Draft status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/assessment_form.py" line="205"/>
        <source>Save and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/assessment_form.py" line="206"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/assessment_form.py" line="270"/>
        <source>You are continuing this assessment from where it was left. Everything answered so far has been kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/assessment_form.py" line="273"/>
        <source>Draft saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/assessment_form.py" line="277"/>
        <source>Delete the answers saved so far for this checklist and start again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/assessment_form.py" line="278"/>
        <source>Discard answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/assessment_form.py" line="308"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/assessment_form.py" line="311"/>
        <source>Draft saved at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/assessment_form.py" line="316"/>
        <source>Not saved yet: the vault is locked. The answers are kept here and saved after unlocking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/assessment_form.py" line="321"/>
        <source>The draft could not be saved just now. The answers are still here; it will be tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/assessment_form.py" line="333"/>
        <source>Yes so far: {yes} of {scored}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/assessment_form.py" line="367"/>
        <source>Next: {section}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/assessment_form.py" line="430"/>
        <source>Give a reason for raising the level: tick one of the reasons offered or write it in your own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/assessment_form.py" line="434"/>
        <source>Professional judgement can raise the level the answers give, never lower it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/assessment_form.py" line="451"/>
        <source>The assessment has been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/assessment_form.py" line="460"/>
        <source>Not answered yet. Every scored question needs an answer (don&apos;t know and declined are answers too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/assessment_form.py" line="473"/>
        <source>This date cannot be read: write it as day/month/year, or choose don&apos;t know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/assessment_form.py" line="476"/>
        <source>This answer cannot be used: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/assessment_form.py" line="479"/>
        <source>Some answers cannot be used; each is explained beside it. Nothing has been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <location filename="../../intake_app/ui/common/tasks.py" line="143"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseEdits</name>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/case_edits.py" line="153"/>
        <source>Your changes could not be kept as a draft just now. They are still on screen; save them when you can.</source>
        <extracomment>Every field a form shows, in the order of the forms (section by section): the order in which changes are listed and sent, as when every form was built with the view. What every field shows, as far as no built form says otherwise. The last message said, until the state changes: a bar built later shows it too.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/case_edits.py" line="171"/>
        <source>Some answers need another look before they can be saved. Nothing you typed has been lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/case_edits.py" line="178"/>
        <source>Someone else changed {fields} while you were editing. Your version is still on screen: check theirs in History, then press Save again to keep yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/case_edits.py" line="183"/>
        <source>This case is closed. Reopen it to save changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/case_edits.py" line="186"/>
        <source>Not saved: {reason} Your changes are still on screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/case_edits.py" line="200"/>
        <source>Changes saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/case_edits.py" line="236"/>
        <source>The case status could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseFields</name>
    <message>
        <location filename="../../intake_app/domain/answer_text.py" line="43"/>
        <source>Case status</source>
        <extracomment>The translation context every case-record word is looked up under. How a day and a moment are shown everywhere (the stored forms are ISO and UTC).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/answer_text.py" line="45"/>
        <source>Assigned worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/answer_text.py" line="51"/>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/answer_text.py" line="52"/>
        <source>About her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/answer_text.py" line="53"/>
        <source>Safe contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/answer_text.py" line="54"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/answer_text.py" line="55"/>
        <source>Immigration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/answer_text.py" line="56"/>
        <source>Household and children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/answer_text.py" line="57"/>
        <source>The abuser(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/answer_text.py" line="58"/>
        <location filename="../../build/i18n/declared_strings.py" line="208"/>
        <source>Forms of abuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/answer_text.py" line="59"/>
        <source>Health and disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/answer_text.py" line="60"/>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/answer_text.py" line="61"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/answer_text.py" line="62"/>
        <location filename="../../build/i18n/declared_strings.py" line="182"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/answer_text.py" line="66"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/answer_text.py" line="67"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/answer_text.py" line="68"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/answer_text.py" line="72"/>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/answer_text.py" line="73"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/answer_text.py" line="74"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/answer_text.py" line="78"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/answer_text.py" line="79"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/answer_text.py" line="80"/>
        <source>Not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/answer_text.py" line="99"/>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/answer_text.py" line="109"/>
        <source>Not asked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/answer_text.py" line="113"/>
        <source>Declined to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/answer_text.py" line="161"/>
        <source>{number} ({whose})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/answer_text.py" line="169"/>
        <source>Call: {call} · Text: {text} · Voicemail: {voicemail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/answer_text.py" line="188"/>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/answer_text.py" line="201"/>
        <source>{label}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="6"/>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="8"/>
        <source>Herself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="10"/>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="12"/>
        <source>Health service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="14"/>
        <source>Social care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="16"/>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="18"/>
        <source>School or college</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="20"/>
        <source>Voluntary or community organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="22"/>
        <source>Friend or family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="24"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="26"/>
        <source>Referrer&apos;s name and organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="28"/>
        <source>Date of referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="30"/>
        <source>Reason for referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="32"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="34"/>
        <source>Her name as she gives it, in the script she uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="36"/>
        <source>Name she prefers to be called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="38"/>
        <source>Other names and spellings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="40"/>
        <source>One per line: former names, other spellings, transliterations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="42"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="44"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="46"/>
        <source>Woman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="48"/>
        <source>Man</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="50"/>
        <source>Non-binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="52"/>
        <source>In her or their own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="54"/>
        <source>Gender in her or their own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="56"/>
        <source>Pronouns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="58"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="60"/>
        <source>The languages she speaks, the one she is most comfortable in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="62"/>
        <source>Needs an interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="64"/>
        <source>An interpreter must be independent of her family and community.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="66"/>
        <source>Interpreter requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="68"/>
        <source>Language and dialect, gender, and anyone who must not interpret for her.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="70"/>
        <source>Phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="72"/>
        <source>Check at every contact which numbers are still safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="74"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="76"/>
        <source>Whose phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="78"/>
        <source>For example her own mobile, a friend&apos;s landline, a work phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="80"/>
        <source>Safe to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="82"/>
        <source>Safe to send a text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="84"/>
        <source>Safe to leave a voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="86"/>
        <source>Notes on this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="88"/>
        <source>Safe times to contact her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="90"/>
        <source>Code word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="92"/>
        <source>A word she can use to say she cannot talk safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="94"/>
        <source>If someone else answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="96"/>
        <source>What to say, and what never to say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="98"/>
        <source>Safe email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="100"/>
        <source>Contact details last checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="102"/>
        <source>Current address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="104"/>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="106"/>
        <source>Where she is living</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="108"/>
        <source>With the abuser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="110"/>
        <source>Her own home, without the abuser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="112"/>
        <source>Refuge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="114"/>
        <source>With friends or family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="116"/>
        <source>Temporary accommodation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="118"/>
        <source>No fixed address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="120"/>
        <source>The abuser knows this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="122"/>
        <source>Safe to send post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="124"/>
        <source>Immigration status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="126"/>
        <source>British or Irish citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="128"/>
        <source>Settled status or indefinite leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="130"/>
        <source>Pre-settled status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="132"/>
        <source>Spouse or partner visa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="134"/>
        <source>Another visa (work, study, visitor...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="136"/>
        <source>Domestic abuse concession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="138"/>
        <source>Asylum seeker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="140"/>
        <source>Refugee or humanitarian protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="142"/>
        <source>No current leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="144"/>
        <source>She is not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="146"/>
        <source>Visa route or category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="148"/>
        <source>Leave expires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="150"/>
        <source>No recourse to public funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="152"/>
        <source>The abuser holds her documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="154"/>
        <source>Passport, residence card, visa letters or other documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="156"/>
        <source>Regulated immigration adviser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="158"/>
        <source>Advice must come from a regulated adviser before any contact with the Home Office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="160"/>
        <source>Immigration notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="162"/>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="164"/>
        <source>Age in years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="166"/>
        <source>A whole number; 0 for a baby under one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="168"/>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="170"/>
        <source>Her child and the abuser&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="172"/>
        <source>Her child (not the abuser&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="174"/>
        <source>The abuser&apos;s child (not hers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="176"/>
        <source>Another relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="178"/>
        <source>Lives with her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="180"/>
        <source>School, nursery or childcare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="184"/>
        <source>Pregnant, or had a baby in the last 18 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="186"/>
        <source>Other people in the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="188"/>
        <source>Abuser(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="190"/>
        <source>Other names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="192"/>
        <source>Relationship to her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="194"/>
        <source>Husband or wife</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="196"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="198"/>
        <source>Former partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="200"/>
        <source>Her own family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="202"/>
        <source>Partner&apos;s family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="204"/>
        <source>Address or area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="206"/>
        <source>Has access to weapons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="210"/>
        <source>Physical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="212"/>
        <source>Sexual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="214"/>
        <source>Emotional or psychological</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="216"/>
        <source>Coercive control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="218"/>
        <source>Financial or economic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="220"/>
        <source>Stalking or harassment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="222"/>
        <source>Online or technology-facilitated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="224"/>
        <source>Threats about immigration status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="226"/>
        <source>Honour-based abuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="228"/>
        <source>Forced marriage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="230"/>
        <source>Female genital mutilation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="232"/>
        <source>Spiritual or religious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="234"/>
        <source>Dowry-related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="236"/>
        <source>Other forms, in her words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="238"/>
        <source>Most recent incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="240"/>
        <source>Police have been involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="242"/>
        <source>What she wants to tell us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="244"/>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="246"/>
        <source>Mental health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="248"/>
        <source>Access and communication needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="250"/>
        <source>For example step-free access, sign language, large print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="252"/>
        <source>Registered with a GP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="254"/>
        <source>Support needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="256"/>
        <source>Housing or refuge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="258"/>
        <source>Legal (family, civil, protective orders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="260"/>
        <source>Immigration advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="262"/>
        <source>Money and debt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="264"/>
        <source>Benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="266"/>
        <source>Counselling or emotional support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="268"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="270"/>
        <source>Support for children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="272"/>
        <source>Criminal justice support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="274"/>
        <source>Language support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="276"/>
        <source>Work or training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="278"/>
        <source>Urgent needs today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="280"/>
        <source>Notes on needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="282"/>
        <source>Consent to keep a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="284"/>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="286"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="288"/>
        <source>Consent to be contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="290"/>
        <source>Consent recorded on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="292"/>
        <source>Consent notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="294"/>
        <source>What she agreed to, any limits, and how it was explained to her.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../intake_app/ui/cases/case_list_model.py" line="187"/>
        <source>No longer available</source>
        <extracomment>&quot;Due&quot; when the case&apos;s risk review is due (``CaseRow.review_due``), blank otherwise. The case reference (str) of a row, for any column. The ``CaseRow`` itself (the list&apos;s domain object), for any column.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/case_list_model.py" line="202"/>
        <source>No name given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/case_list_model.py" line="206"/>
        <source>Not assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/case_list_model.py" line="212"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/case_list_model.py" line="220"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/case_list_model.py" line="221"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/case_list_model.py" line="222"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/case_list_model.py" line="223"/>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/case_list_model.py" line="224"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/case_list_model.py" line="225"/>
        <source>Last updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/case_list_model.py" line="226"/>
        <source>Risk review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <location filename="../../intake_app/ui/cases/case_list.py" line="109"/>
        <location filename="../../intake_app/ui/cases/case_list.py" line="162"/>
        <source>Cases</source>
        <extracomment>Keystrokes closer together than this are answered by one search at the end of the window.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/case_list.py" line="118"/>
        <location filename="../../intake_app/ui/cases/case_list.py" line="121"/>
        <source>New intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/case_list.py" line="120"/>
        <source>Start a new intake (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/case_list.py" line="126"/>
        <source>Search by name, other names, reference or phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/case_list.py" line="128"/>
        <source>Search cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/case_list.py" line="136"/>
        <source>Only reviews due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/case_list.py" line="146"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/case_list.py" line="147"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/case_list.py" line="152"/>
        <source>Assigned worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/case_list.py" line="154"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/case_list.py" line="154"/>
        <source>Any risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/case_list.py" line="137"/>
        <source>Only cases whose risk review is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/case_list.py" line="138"/>
        <source>Open cases never assessed, with a new incident since the last assessment, or past the review interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/case_list.py" line="211"/>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/case_list.py" line="211"/>
        <source>My cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/case_list.py" line="212"/>
        <source>Not assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/case_list.py" line="290"/>
        <source>1 case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/case_list.py" line="292"/>
        <source>{count} cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/case_list.py" line="296"/>
        <source>No cases match what you typed. Check the spelling, or try part of a name, the reference or a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/case_list.py" line="298"/>
        <source>No cases to show with these filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseProblems</name>
    <message>
        <location filename="../../intake_app/ui/questions/problem_text.py" line="22"/>
        <source>This is needed for each item. You can remove the item if it was added by mistake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/questions/problem_text.py" line="25"/>
        <source>This answer is needed to finish the intake. If she chose not to answer, press “Declined to answer”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/questions/problem_text.py" line="30"/>
        <source>This is not a date that can be read. Type it as day/month/year, for example 04/11/1990. What you typed is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/questions/problem_text.py" line="36"/>
        <source>A date of birth cannot be in the future. Please check the year. What you typed is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/questions/problem_text.py" line="40"/>
        <source>This date is in the future. Please check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/questions/problem_text.py" line="42"/>
        <source>This date of birth is more than 120 years ago. Please check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/questions/problem_text.py" line="46"/>
        <source>She is under 16: follow the child safeguarding procedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/questions/problem_text.py" line="50"/>
        <source>This is not one of the listed answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/questions/problem_text.py" line="52"/>
        <source>This answer holds an invisible control character or broken text (often from pasting) that cannot be saved. Delete that part and type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/questions/problem_text.py" line="57"/>
        <source>This does not look like a phone number: use 7 to 15 digits, with spaces, brackets, dashes and a leading + if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/questions/problem_text.py" line="62"/>
        <source>It is not recorded yet whether calls, texts or voicemail are safe on this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/questions/problem_text.py" line="66"/>
        <source>The age should be a whole number of years (0 for a baby).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/questions/problem_text.py" line="70"/>
        <source>The expiry date is before her date of birth. Please check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/questions/problem_text.py" line="74"/>
        <source>This leave has already expired: she may need urgent advice from a regulated immigration adviser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/questions/problem_text.py" line="79"/>
        <source>She has not agreed to a record being kept: note the legal basis in the consent notes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../intake_app/ui/cases/case_view.py" line="70"/>
        <source>Case {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/case_view.py" line="84"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/case_view.py" line="85"/>
        <source>Intake details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/case_view.py" line="86"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/case_view.py" line="87"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/case_view.py" line="93"/>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/case_view.py" line="100"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/case_view.py" line="106"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/case_view.py" line="114"/>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/case_view.py" line="120"/>
        <source>Safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/case_view.py" line="131"/>
        <source>Unsaved changes from earlier are shown. Save them, or undo them to go back to the saved case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/case_view.py" line="238"/>
        <source>No name given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checklist:honour_based_abuse</name>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="296"/>
        <source>Honour-based abuse screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="298"/>
        <source>Speak with her alone, never through a relative or a member of her community, and use an independent interpreter. Do not contact her family or community about these answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="300"/>
        <source>Her family and community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="302"/>
        <source>Are members of her family or his taking part in the abuse, or approving of it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="304"/>
        <source>Has she been told she has brought shame on the family, or is afraid of being seen that way?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="306"/>
        <source>Do relatives or people from the community watch where she goes, who she talks to or what she wears?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="308"/>
        <source>Is she, or someone in her family, being pushed into a marriage or engagement?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="310"/>
        <source>Has anyone threatened to hurt or kill her for the way she lives or for leaving?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="312"/>
        <source>Has the family kept her passport, identity papers or money from her?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="314"/>
        <source>Are her children, sisters or other young relatives at risk of the same treatment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="316"/>
        <source>If she has left, are relatives or people they know trying to find her?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="318"/>
        <source>Travel abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="320"/>
        <source>Has anyone talked of taking her or her children abroad against her wishes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="322"/>
        <source>When is the travel planned, if she knows?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="324"/>
        <source>Where to, and who would go with her?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="326"/>
        <source>No sign of honour-based abuse today; stay alert to it at later contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="328"/>
        <source>Treat this as possible honour-based abuse: seek specialist advice today, keep her contact details from her family, and consider a MARAC referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="330"/>
        <source>Travel abroad has been mentioned: act before it happens, with specialist advice on protective orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="332"/>
        <source>Travel abroad against her wishes has been mentioned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checklist:risk_identification</name>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="334"/>
        <source>Domestic abuse risk identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="336"/>
        <source>Go through every question with her, in private, with an independent interpreter if she needs one. For each answer note what she said and where the information came from (herself, police, health, another agency). Don&apos;t know and declined are real answers; only yes counts towards the score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="338"/>
        <source>What is happening now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="340"/>
        <source>Was she hurt in what happened most recently, or is she still hurt from it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="342"/>
        <source>Note any injury, visible or not, and whether she has seen a doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="344"/>
        <source>Does she say she is very frightened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="346"/>
        <source>In her words: what she is afraid he will do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="348"/>
        <source>Is she afraid of what he might do next, to her or to someone else?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="350"/>
        <source>Who she fears for: herself, her children, family, friends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="352"/>
        <source>Is she cut off from family, friends or other support because of him?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="354"/>
        <source>Does she feel very low, hopeless, or has she thought of ending her life?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="356"/>
        <source>If she has thoughts of suicide now, follow the service&apos;s procedure straight away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="358"/>
        <source>Has she left him, or tried to, in the past twelve months?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="360"/>
        <source>Are there disputes with him about seeing the children?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="362"/>
        <source>Does he keep contacting, following, watching or turning up where she is?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="364"/>
        <source>A yes here suggests going through the stalking screen as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="366"/>
        <source>Is she pregnant, or has she given birth in the last eighteen months?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="368"/>
        <source>The pattern of abuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="370"/>
        <source>Is the abuse happening more often than before?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="372"/>
        <source>Is the abuse becoming more serious?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="374"/>
        <source>Is he extremely jealous, or does he control what she does, who she sees or her money?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="376"/>
        <source>Has he used a weapon or an object against her, or threatened to?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="378"/>
        <source>Has he said he will kill her or someone close to her?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="380"/>
        <source>Has he ever squeezed her neck, choked her, held her under water or stopped her breathing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="382"/>
        <source>Ask plainly, even if she has not mentioned it: it is a strong warning sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="384"/>
        <source>Has he made her do sexual things she did not want, or hurt her sexually?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="386"/>
        <source>Is there someone else, besides him, who she is afraid of?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="388"/>
        <source>For example his family or members of her own family or community.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="390"/>
        <source>About him</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="392"/>
        <source>Has he hurt anyone else: her children, other relatives, a former partner?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="394"/>
        <source>Has he hurt or threatened to hurt a pet or another animal?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="396"/>
        <source>Does she depend on him for money, or is there serious trouble over money between them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="398"/>
        <source>Has he had problems with alcohol, drugs or his mental health in the past year?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="400"/>
        <source>Has he threatened or tried to kill himself?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="402"/>
        <source>Has he broken bail conditions, a court order or any agreement about contact with her?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="404"/>
        <source>Is she aware of him having a criminal record, for violence or anything else?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="406"/>
        <source>Refer her case to MARAC, and agree a safety plan with her now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="408"/>
        <source>Plan her safety with her, review the assessment at every contact, and consider a MARAC referral on professional judgement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="410"/>
        <source>Agree a safety plan with her and reassess whenever anything changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="412"/>
        <source>Escalation: three or more incidents reported to the police in the last twelve months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="414"/>
        <source>Repeat: a new incident within twelve months of her last MARAC referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="416"/>
        <source>Her immigration situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="418"/>
        <source>Language barriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="420"/>
        <source>She is extremely frightened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checklist:safe_referral</name>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="422"/>
        <source>Safe referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="424"/>
        <source>Go through this with her alone, in the language she is most at ease in, with an independent interpreter if she needs one, before the referral is submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="426"/>
        <source>What she has been told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="428"/>
        <source>Has she been told exactly what this referral will share, and who will receive it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="430"/>
        <source>Show her the preview of what the recipient will get, and name the recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="432"/>
        <source>Has she been told, in her own language, that this recipient may pass what it receives to immigration enforcement?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="434"/>
        <source>Asked because her immigration status is not known to be secure and this recipient can share information with the Home Office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="436"/>
        <source>In which language was this explained to her?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="438"/>
        <source>Immigration advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="440"/>
        <source>Has she been offered advice from a regulated immigration adviser before any step that involves the Home Office?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="442"/>
        <source>Only a regulated adviser may give immigration advice. Offer it before anything reaches the Home Office, not after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="444"/>
        <source>Safe contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="446"/>
        <source>On which day were her safe contact details last checked with her?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="448"/>
        <source>Check which numbers, times and ways of reaching her are still safe, and record the same day in the case&apos;s contact details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="450"/>
        <source>Do not submit the referral until this has been done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="452"/>
        <source>She has not yet been told what will be shared and with whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="454"/>
        <source>The immigration risk has not yet been explained to her, or regulated advice not yet offered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checklist:stalking_screen</name>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="456"/>
        <source>Stalking screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="458"/>
        <source>Use it when she describes repeated unwanted contact, when there have been two or more incidents, or when she is very frightened. There is no pass mark: every yes is a reason to plan around that behaviour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="460"/>
        <source>What he does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="462"/>
        <source>Is she very frightened by what he is doing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="464"/>
        <source>Was he abusive to her before the stalking started, for example while they were together?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="466"/>
        <source>Has he damaged or destroyed anything of hers?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="468"/>
        <source>Does he turn up without warning, several times a week or more?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="470"/>
        <source>Has he followed her, or waited around her home, work or the children&apos;s school?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="472"/>
        <source>Has he threatened to hurt her physically or sexually?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="474"/>
        <source>Has he been pestering or frightening people around her: family, friends, colleagues, neighbours?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="476"/>
        <source>Has he been violent towards anyone while this has been going on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="478"/>
        <source>Has he got other people to watch her, contact her or pass on messages?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="480"/>
        <source>Has he had trouble with alcohol, drugs or his mental health in the last year?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="482"/>
        <source>Has he been violent in the past, or been in trouble with the police for harassing anyone?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="484"/>
        <source>No stalking behaviour was identified today; ask again if anything changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="486"/>
        <source>Record each behaviour in the incident log as it happens and build the safety plan around it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../build/i18n/declared_strings.py" line="488"/>
        <source>Several stalking behaviours: talk it through with your supervisor and consider a specialist stalking service and a MARAC referral on professional judgement.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistAnswers</name>
    <message>
        <location filename="../../intake_app/ui/risk/words.py" line="41"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/words.py" line="42"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/words.py" line="43"/>
        <source>Don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/words.py" line="44"/>
        <source>Declined to answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistEngine</name>
    <message>
        <location filename="../../intake_app/domain/checklists/engine.py" line="102"/>
        <source>this checklist sets no level, so there is no level to judge</source>
        <extracomment>Case facts the caller gives (intake answers by field key, other checklists&apos; answers as &quot;checklist_id.item_id&quot;): text, numbers, true/false, or lists for multi-choice answers. The police answers of an incident that count as police-reported. The band&apos;s level; None for a checklist that sets no level. The level after judgement (the scored level when there is none). Ids of the definition&apos;s recommendations, in the order they arose, each once. Refusal messages, marked for translation so a screen can show them in the worker&apos;s language.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/checklists/engine.py" line="104"/>
        <source>professional judgement needs a reason: choose one of the reasons offered or write one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <location filename="../../intake_app/ui/questions/answer_editors.py" line="131"/>
        <source>Choose an answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompletePage</name>
    <message>
        <location filename="../../intake_app/ui/risk/complete_page.py" line="32"/>
        <source>Check and complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/complete_page.py" line="41"/>
        <source>Go to the first unanswered question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/complete_page.py" line="49"/>
        <source>Complete assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/complete_page.py" line="53"/>
        <source>The assessment has been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/complete_page.py" line="58"/>
        <location filename="../../intake_app/ui/risk/complete_page.py" line="59"/>
        <source>Back to risk assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/complete_page.py" line="71"/>
        <source>{yes} “yes” so far of {scored} scored questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/complete_page.py" line="74"/>
        <source>{yes} “yes” so far of {scored} questions. This screen sets no risk level: its guidance follows the count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/complete_page.py" line="78"/>
        <source>{count} still to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/complete_page.py" line="84"/>
        <source>{count} scored questions have no answer yet; each is marked in its section. Nothing has been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <location filename="../../intake_app/ui/common/confirm.py" line="24"/>
        <location filename="../../intake_app/ui/common/confirm.py" line="36"/>
        <source>Confidential Intake</source>
        <extracomment>confirm(parent, text, accept_label) -&gt; True when the person chose the action. choose_save_path(parent, suggested_name) -&gt; a path, or None when cancelled.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <location filename="../../intake_app/domain/consent.py" line="139"/>
        <source>Given</source>
        <extracomment>Every class consent can be recorded for: all but the records that never leave the vault. Field names of a consent record, as problems and the command line name them. The grid&apos;s words for each state (the consent tab shows them).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/consent.py" line="140"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/consent.py" line="141"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/consent.py" line="142"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/consent.py" line="143"/>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/consent.py" line="149"/>
        <source>Who she is</source>
        <extracomment>The grid&apos;s column headings: each class consent can be recorded for, in words.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/consent.py" line="150"/>
        <source>How to contact her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/consent.py" line="151"/>
        <source>Where she and the children are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/consent.py" line="152"/>
        <source>Immigration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/consent.py" line="153"/>
        <source>The children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/consent.py" line="154"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/consent.py" line="155"/>
        <source>The abuser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/consent.py" line="156"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/consent.py" line="157"/>
        <source>The referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/consent.py" line="158"/>
        <source>Her consent answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/consent.py" line="163"/>
        <source>Verbal</source>
        <extracomment>How she gave her decision, in words.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/consent.py" line="164"/>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/consent.py" line="224"/>
        <source>Choose who would receive it: a kind of recipient or a named agency.</source>
        <extracomment>Whether the interpreter is independent of her family and community; None when no interpreter is named. The facts version she was shown; &quot;&quot; lets the service record the directory&apos;s current one (the facts are shown from the directory as it is now).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/consent.py" line="226"/>
        <source>This recipient is not in the agency directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/consent.py" line="228"/>
        <source>Choose at least one kind of information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/consent.py" line="230"/>
        <source>This is not a kind of information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/consent.py" line="231"/>
        <source>The safety plan never leaves the vault; no consent can be recorded for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/consent.py" line="233"/>
        <source>Consent to share immigration information can only be given for one named agency, never for a whole kind of recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/consent.py" line="236"/>
        <source>This recipient may pass information to immigration enforcement. Show her the facts about where her information could go before recording her consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/consent.py" line="239"/>
        <source>The facts about this recipient have changed since they were shown to her. Show her the current facts, then record her consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/consent.py" line="242"/>
        <source>Say what it would be shared for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/consent.py" line="243"/>
        <source>Choose given, refused or withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/consent.py" line="244"/>
        <source>Give the date of her decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/consent.py" line="245"/>
        <source>The date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/consent.py" line="246"/>
        <source>The consent cannot end before the day it was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/consent.py" line="248"/>
        <source>Only a consent that is given can have an end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/consent.py" line="250"/>
        <source>Choose verbal or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/consent.py" line="251"/>
        <source>Say whether the interpreter is independent of her family and community.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/consent.py" line="253"/>
        <source>Consent given through an interpreter from her family or community cannot be recorded. Ask her again with an independent interpreter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/consent.py" line="256"/>
        <source>Say whether the facts were shown to her.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/consent.py" line="258"/>
        <source>This must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/consent.py" line="259"/>
        <source>This is too long to keep here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/consent.py" line="260"/>
        <source>This holds a character that cannot be stored (a control character or half of a character pair); retype it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_form.py" line="75"/>
        <source>Record her decision about sharing</source>
        <extracomment>The form&apos;s fields, in order (the names ``domain/consent.py`` gives its problems). The version of the facts shown now (&quot;&quot; when none are shown).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_form.py" line="78"/>
        <source>One decision: who would receive it, which information, and what for. A later decision never changes this one; it is recorded beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_form.py" line="97"/>
        <source>Choose who would receive it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_form.py" line="98"/>
        <source>Who would receive it (needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_form.py" line="113"/>
        <source>Before she decides, go through these facts with her, in her language. She can say no, or agree to less; either way her support from us does not change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_form.py" line="124"/>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_form.py" line="125"/>
        <source>I have gone through these facts with her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_form.py" line="155"/>
        <source>Immigration information can only be shared with one named agency she has agreed to, never with a whole kind of recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_form.py" line="161"/>
        <source>Which information (needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_form.py" line="165"/>
        <source>What it would be shared for (needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_form.py" line="172"/>
        <source>She agrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_form.py" line="173"/>
        <source>She does not agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_form.py" line="179"/>
        <source>Her decision (needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_form.py" line="182"/>
        <source>Date of her decision (needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_form.py" line="185"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_form.py" line="187"/>
        <source>The last day her consent holds. Leave it empty when she did not give an end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_form.py" line="202"/>
        <source>How she told us (needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_form.py" line="206"/>
        <source>In which language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_form.py" line="215"/>
        <source>Independent of her family and community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_form.py" line="216"/>
        <source>The interpreter is independent of her family and community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_form.py" line="218"/>
        <source>Interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_form.py" line="220"/>
        <source>The interpreter&apos;s name, if there was one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_form.py" line="228"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_form.py" line="228"/>
        <source>Record her decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_form.py" line="229"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_form.py" line="326"/>
        <source>{recipient} may pass information to immigration enforcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_form.py" line="334"/>
        <source>Last reviewed {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_form.py" line="409"/>
        <source>This is not a date that can be read. Type it as day/month/year, for example 03/11/2026. What you typed is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_form.py" line="419"/>
        <source>Nothing was recorded yet: correct what is marked above and record again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentGridView</name>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_tab.py" line="233"/>
        <source>Who would receive it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_tab.py" line="262"/>
        <source>{recipient}, {information}: {state}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentRecordCard</name>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_tab.py" line="83"/>
        <source>She agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_tab.py" line="84"/>
        <source>She did not agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_tab.py" line="85"/>
        <source>She withdrew her consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_tab.py" line="86"/>
        <source>{recipient}: {decision}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_tab.py" line="93"/>
        <source>Withdrawn on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_tab.py" line="97"/>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_tab.py" line="99"/>
        <source>Record that she withdraws this consent to {recipient}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_tab.py" line="106"/>
        <source>Recorded {moment} by {user}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_tab.py" line="135"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_tab.py" line="138"/>
        <source>{date}, until {expiry}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_tab.py" line="144"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_tab.py" line="146"/>
        <source>{name}, independent of her family and community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_tab.py" line="149"/>
        <source>{name}, not independent of her family and community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_tab.py" line="151"/>
        <source>Yes, before she decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_tab.py" line="151"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_tab.py" line="153"/>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_tab.py" line="154"/>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_tab.py" line="155"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_tab.py" line="156"/>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_tab.py" line="157"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_tab.py" line="158"/>
        <source>Interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_tab.py" line="159"/>
        <source>Facts shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_tab.py" line="167"/>
        <source>Withdrawn on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_tab.py" line="170"/>
        <source>Date she withdrew it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_tab.py" line="183"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_tab.py" line="185"/>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_tab.py" line="186"/>
        <source>Record the withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_tab.py" line="210"/>
        <source>Type the date she withdrew it as day/month/year, for example 03/11/2026.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_tab.py" line="300"/>
        <source>What she has agreed to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_tab.py" line="304"/>
        <source>For each recipient and kind of information, what her latest decision says today. A consent past its end date is shown as expired: it is not consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_tab.py" line="312"/>
        <source>Record her decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_tab.py" line="313"/>
        <source>Record her decision about sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_tab.py" line="317"/>
        <source>This case is closed, so nothing can be recorded on it. Reopen it on the Overview tab to record her decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_tab.py" line="335"/>
        <source>Her decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_tab.py" line="386"/>
        <source>No decision recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_tab.py" line="388"/>
        <source>1 decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_tab.py" line="390"/>
        <source>{count} decisions, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_tab.py" line="453"/>
        <source>Her decision was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_tab.py" line="461"/>
        <source>Record that she withdraws her consent to {recipient}? The consent stays on her record, marked withdrawn, and nothing is shared on it from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_tab.py" line="463"/>
        <source>Record the withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_tab.py" line="476"/>
        <source>The withdrawal was recorded; the consent it ends is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/consent_words.py" line="66"/>
        <source>{agency} ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../intake_app/ui/questions/answer_editors.py" line="78"/>
        <source>DD/MM/YYYY</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionBar</name>
    <message>
        <location filename="../../intake_app/ui/referrals/decision_bar.py" line="60"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/decision_bar.py" line="60"/>
        <source>Approve this referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/decision_bar.py" line="62"/>
        <source>Return with a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/decision_bar.py" line="63"/>
        <source>Return this referral to its author with a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/decision_bar.py" line="65"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/decision_bar.py" line="65"/>
        <source>Reject this referral, with the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/decision_bar.py" line="67"/>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/decision_bar.py" line="67"/>
        <source>Revoke this approved referral, with the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/decision_bar.py" line="69"/>
        <source>Export PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/decision_bar.py" line="69"/>
        <source>Export this approved referral as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/decision_bar.py" line="91"/>
        <source>Protect the file with a &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/decision_bar.py" line="92"/>
        <source>Protect the file with a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/decision_bar.py" line="105"/>
        <location filename="../../intake_app/ui/referrals/decision_bar.py" line="108"/>
        <source>Your IT administrator requires a password on every exported file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/decision_bar.py" line="127"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/decision_bar.py" line="158"/>
        <source>What should {author} change or add? They will see your request with the referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/decision_bar.py" line="160"/>
        <source>Why is this referral rejected? It cannot be submitted again once rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/decision_bar.py" line="162"/>
        <source>Why is this approved referral revoked?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/decision_bar.py" line="164"/>
        <source>Return it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/decision_bar.py" line="165"/>
        <source>Reject it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/decision_bar.py" line="166"/>
        <source>Revoke it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/decision_bar.py" line="197"/>
        <source>Making the PDF and checking the referral once more...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryScreen</name>
    <message>
        <location filename="../../intake_app/ui/directory/directory_screen.py" line="64"/>
        <source>Kinds of recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/directory/directory_screen.py" line="71"/>
        <source>Agency directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/directory/directory_screen.py" line="73"/>
        <source>Who may receive a referral, what they receive, and where her data may go from there. Read a recipient&apos;s facts with her before she agrees to anything being sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/directory/directory_screen.py" line="76"/>
        <source>Who may receive a referral, what they receive, and where her data may go from there. As a supervisor you keep these facts up to date; every change is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/directory/directory_screen.py" line="125"/>
        <source>This version of the app ships newer facts for {count} kind(s). Nothing changes until you accept them; keeping ours leaves the directory as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/directory/directory_screen.py" line="167"/>
        <source>The app&apos;s new facts for {kind} were accepted (version {version}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/directory/directory_screen.py" line="178"/>
        <source>Our version of {kind} was kept; the app&apos;s file is no longer offered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <location filename="../../intake_app/ui/referrals/draft_editor.py" line="75"/>
        <source>A referral for her</source>
        <extracomment>The draft&apos;s keys in the order problems are shown (and focus goes to the first).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/draft_editor.py" line="88"/>
        <source>Choose who would receive it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/draft_editor.py" line="89"/>
        <source>Who would receive it (needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/draft_editor.py" line="104"/>
        <source>Only what this recipient may receive is offered. Immigration information can go only to a named agency, and only with her consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/draft_editor.py" line="109"/>
        <source>What to include (needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/draft_editor.py" line="113"/>
        <source>What it is for (needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/draft_editor.py" line="115"/>
        <source>In the words of her consent, such as “Refuge space”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/draft_editor.py" line="117"/>
        <source>Why she is being referred (needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/draft_editor.py" line="121"/>
        <source>Risk assessment named as the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/draft_editor.py" line="127"/>
        <source>Who must not be told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/draft_editor.py" line="128"/>
        <source>One name on each line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/draft_editor.py" line="157"/>
        <location filename="../../intake_app/ui/referrals/draft_editor.py" line="158"/>
        <source>Share without her consent, on a legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/draft_editor.py" line="169"/>
        <source>Only when the law allows it, such as to protect her or a child from serious harm. A supervisor signs this off when approving the referral, and it never covers immigration information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/draft_editor.py" line="180"/>
        <source>Which legal basis (needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/draft_editor.py" line="185"/>
        <source>Why her consent was not sought (needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/draft_editor.py" line="199"/>
        <source>Safe referral: what she has been told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/draft_editor.py" line="232"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/draft_editor.py" line="234"/>
        <source>Number {number}, completed {moment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/draft_editor.py" line="241"/>
        <source>A new referral for her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/draft_editor.py" line="242"/>
        <source>Referral: her words to send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditBar</name>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/edit_bar.py" line="22"/>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/edit_bar.py" line="24"/>
        <source>Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/edit_bar.py" line="25"/>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/edit_bar.py" line="41"/>
        <source>This case is closed. Reopen it on the Overview tab to make changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/edit_bar.py" line="48"/>
        <source>Unsaved changes. They are kept safe as a draft until you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/edit_bar.py" line="51"/>
        <source>No unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDonePanel</name>
    <message>
        <location filename="../../intake_app/ui/referrals/export_done.py" line="91"/>
        <source>Exported: the referral of {reference} to {recipient}</source>
        <extracomment>The longest line of the password as shown, in characters (groups are never split): the app&apos;s own (six groups of five, hyphens between: 35) stays on one line.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/export_done.py" line="96"/>
        <location filename="../../intake_app/ui/referrals/export_done.py" line="98"/>
        <source>Saved as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/export_done.py" line="100"/>
        <source>SHA-256 of the file (to check it is the file you sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/export_done.py" line="107"/>
        <source>SHA-256 of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/export_done.py" line="116"/>
        <source>The file has no password: send it only by the secure route agreed with {recipient}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/export_done.py" line="119"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/export_done.py" line="119"/>
        <source>Close the export result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/export_done.py" line="128"/>
        <location filename="../../intake_app/ui/referrals/export_done.py" line="144"/>
        <source>Password to open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/export_done.py" line="150"/>
        <source>The spaces are there to make it easier to read: they are not part of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/export_done.py" line="154"/>
        <source>The hyphens are part of it: type it exactly as shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/export_done.py" line="156"/>
        <source>Give this password to the recipient another way than the file: read it to them on the phone, never in the same email or message. It is shown only now: once you close this, the app cannot show it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactRow</name>
    <message>
        <location filename="../../intake_app/ui/directory/facts_editor.py" line="40"/>
        <source>What the fact says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/directory/facts_editor.py" line="47"/>
        <location filename="../../intake_app/ui/directory/facts_editor.py" line="49"/>
        <source>Last reviewed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/directory/facts_editor.py" line="52"/>
        <source>Remove this fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/directory/facts_editor.py" line="65"/>
        <source>Type the day it was last reviewed as day/month/year.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactsEditor</name>
    <message>
        <location filename="../../intake_app/ui/directory/facts_editor.py" line="80"/>
        <source>Add a fact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../../intake_app/ui/cases/intake_pages/finish_page.py" line="35"/>
        <source>Check and finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/intake_pages/finish_page.py" line="38"/>
        <source>When you finish, this intake becomes a case and appears in the case list. Everything typed so far is already saved as a draft, so you can also come back to it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/intake_pages/finish_page.py" line="47"/>
        <source>Still needed before you can finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/intake_pages/finish_page.py" line="53"/>
        <source>Everything needed is here. Press “Finish intake” to create the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/intake_pages/finish_page.py" line="57"/>
        <source>Worth checking (these do not stop you finishing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/intake_pages/finish_page.py" line="79"/>
        <source>{answered} questions answered, {declined} declined, {not_asked} not asked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/intake_pages/finish_page.py" line="103"/>
        <source>{section}: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/intake_pages/finish_page.py" line="108"/>
        <source>Go to {question}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GatePanel</name>
    <message>
        <location filename="../../intake_app/ui/referrals/gate_panel.py" line="37"/>
        <source>Checks before it can be submitted</source>
        <extracomment>The ``state`` property of a check&apos;s mark (case_work.qss styles each).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/gate_panel.py" line="42"/>
        <source>Before it can be submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/gate_panel.py" line="56"/>
        <source>The checks appear once a recipient is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/gate_panel.py" line="83"/>
        <source>Every check passes: it can be submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/gate_panel.py" line="85"/>
        <source>One check is still to be done before it can be submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/gate_panel.py" line="88"/>
        <source>{count} checks are still to be done before it can be submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/gate_panel.py" line="99"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/gate_panel.py" line="99"/>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/gate_panel.py" line="100"/>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/gate_panel.py" line="109"/>
        <source>{check}: {state}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/history_tab.py" line="74"/>
        <source>Changes, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/history_tab.py" line="84"/>
        <source>Choose a change on the left to see the record as it was then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/history_tab.py" line="89"/>
        <location filename="../../intake_app/ui/cases/view_tabs/history_tab.py" line="93"/>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/history_tab.py" line="92"/>
        <location filename="../../intake_app/ui/cases/view_tabs/history_tab.py" line="98"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/history_tab.py" line="92"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/history_tab.py" line="92"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/history_tab.py" line="95"/>
        <location filename="../../intake_app/ui/cases/view_tabs/history_tab.py" line="99"/>
        <source>The whole record after this change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/history_tab.py" line="98"/>
        <source>Answer then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/history_tab.py" line="113"/>
        <source>The history of this case cannot be shown just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/history_tab.py" line="130"/>
        <source>{when}
Case created by {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/history_tab.py" line="134"/>
        <source>{first} and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/history_tab.py" line="136"/>
        <source>{when}
{user} changed: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/history_tab.py" line="154"/>
        <source>This earlier version cannot be shown just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/history_tab.py" line="159"/>
        <source>As it was after the change by {user} on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/history_tab.py" line="193"/>
        <source>{question} (changed here)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentCard</name>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/incidents_tab.py" line="65"/>
        <source>Corrected</source>
        <extracomment>Incident cards built at a time; older ones come with &quot;Show older incidents&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/incidents_tab.py" line="70"/>
        <source>Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/incidents_tab.py" line="72"/>
        <source>Correct the incident of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/incidents_tab.py" line="79"/>
        <source>Recorded {moment} by {user}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/incidents_tab.py" line="82"/>
        <source>Last corrected {moment} by {user}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/incidents_tab.py" line="134"/>
        <source>{answer}, reference {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/incidents_tab.py" line="139"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/incidents_tab.py" line="143"/>
        <source>Police involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/incidents_tab.py" line="144"/>
        <source>Injuries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/incidents_tab.py" line="145"/>
        <source>Children present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/incidents_tab.py" line="146"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/incidents_tab.py" line="151"/>
        <source>Version {number}, recorded {moment} by {user}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/incidents_tab.py" line="162"/>
        <source>Hide earlier versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/incidents_tab.py" line="164"/>
        <source>Show the earlier version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/incidents_tab.py" line="166"/>
        <source>Show the {count} earlier versions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/incident_form.py" line="99"/>
        <source>A few lines: what happened, where, and who was involved. The full story belongs in the notes.</source>
        <extracomment>The form&apos;s fields, in order (the names ``domain/incidents.py`` gives its problems).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/incident_form.py" line="101"/>
        <source>Who told us: her, the police, a health worker...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/incident_form.py" line="131"/>
        <location filename="../../intake_app/ui/cases/view_tabs/incident_form.py" line="160"/>
        <source>Save incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/incident_form.py" line="131"/>
        <source>Save this incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/incident_form.py" line="132"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/incident_form.py" line="142"/>
        <source>Date (needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/incident_form.py" line="143"/>
        <source>What happened (needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/incident_form.py" line="144"/>
        <source>Police involved (needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/incident_form.py" line="145"/>
        <source>Police reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/incident_form.py" line="146"/>
        <source>Injuries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/incident_form.py" line="147"/>
        <source>Children present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/incident_form.py" line="148"/>
        <source>Where this account came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/incident_form.py" line="157"/>
        <source>Log an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/incident_form.py" line="158"/>
        <source>Record one incident: the day it happened and a short account. Fields marked “needed” must be filled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/incident_form.py" line="168"/>
        <source>Correct the incident of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/incident_form.py" line="170"/>
        <source>Change what needs correcting. The earlier version is kept and can still be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/incident_form.py" line="172"/>
        <source>Save correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/incident_form.py" line="220"/>
        <source>This is not a date that can be read. Type it as day/month/year, for example 03/11/2026. What you typed is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/incident_form.py" line="229"/>
        <source>Nothing was saved yet: correct what is marked above and save again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message>
        <location filename="../../intake_app/domain/incidents.py" line="94"/>
        <source>Give the date of the incident.</source>
        <extracomment>The longest account kept in the log (a short account; the story belongs in notes). The longest of the other text fields (a police reference, a source, injuries). Field names of an incident, as problems and the command line&apos;s INCIDENT.json name them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/incidents.py" line="95"/>
        <source>The date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/incidents.py" line="96"/>
        <source>Write a short account of what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/incidents.py" line="97"/>
        <source>This is too long to keep here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/incidents.py" line="98"/>
        <source>Choose yes, no or not sure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/incidents.py" line="99"/>
        <source>This must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/incidents.py" line="100"/>
        <source>This holds a character that cannot be stored (a control character or half of a character pair); retype it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/incidents.py" line="103"/>
        <source>A MARAC referral cannot be dated in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentsTab</name>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/incidents_tab.py" line="202"/>
        <source>Incident log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/incidents_tab.py" line="211"/>
        <source>Log an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/incidents_tab.py" line="216"/>
        <source>This case is closed, so nothing can be recorded on it. Reopen it on the Overview tab to record an incident or a MARAC referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/incidents_tab.py" line="233"/>
        <source>No incidents recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/incidents_tab.py" line="254"/>
        <source>Referred to MARAC on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/incidents_tab.py" line="258"/>
        <source>Record a MARAC referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/incidents_tab.py" line="268"/>
        <source>Date of the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/incidents_tab.py" line="271"/>
        <source>Date of the MARAC referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/incidents_tab.py" line="274"/>
        <source>Save date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/incidents_tab.py" line="274"/>
        <source>Save the MARAC referral date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/incidents_tab.py" line="276"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/incidents_tab.py" line="311"/>
        <source>1 incident, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/incidents_tab.py" line="313"/>
        <source>{count} incidents, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/incidents_tab.py" line="331"/>
        <source>Show older incidents ({count} more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/incidents_tab.py" line="345"/>
        <source>No MARAC referral recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/incidents_tab.py" line="400"/>
        <source>The incident was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/incidents_tab.py" line="404"/>
        <source>The correction was recorded; the earlier version is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/incidents_tab.py" line="406"/>
        <source>Nothing was changed, so no correction was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/incidents_tab.py" line="436"/>
        <source>Type the date of the referral as day/month/year, for example 03/11/2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/incidents_tab.py" line="447"/>
        <source>A MARAC referral on {date} is already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/incidents_tab.py" line="455"/>
        <source>The MARAC referral date was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakePages</name>
    <message>
        <location filename="../../intake_app/ui/cases/intake_pages/texts.py" line="14"/>
        <source>Who referred her to us, and why. If she came to us herself, choose “Herself”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/intake_pages/texts.py" line="18"/>
        <source>Her names as she gives them, and how she would like to be addressed. If she needs an interpreter, it must be someone independent of her family and community.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/intake_pages/texts.py" line="22"/>
        <source>How we can reach her without putting her at risk. Check these details again at every contact: what was safe last week may not be safe today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/intake_pages/texts.py" line="26"/>
        <source>Where she is staying now, and whether the abuser knows where that is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/intake_pages/texts.py" line="29"/>
        <source>Her immigration situation helps us find support she can use. Ask only what is needed today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/intake_pages/texts.py" line="33"/>
        <source>Her children, and anyone else she lives with. Include children who live somewhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/intake_pages/texts.py" line="37"/>
        <source>The person or people harming her. Record what she knows; “Not sure” is a useful answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/intake_pages/texts.py" line="41"/>
        <source>The forms of abuse she describes. She does not have to go into detail today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/intake_pages/texts.py" line="44"/>
        <source>Her health, any disability, and anything that helps us communicate with her and support her well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/intake_pages/texts.py" line="48"/>
        <source>What support she wants, from us and from others, and anything urgent today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/intake_pages/texts.py" line="51"/>
        <source>What she has agreed to. Explain what we record, who can see it, and that she can change her mind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/intake_pages/texts.py" line="55"/>
        <source>Anything else to remember from this conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/intake_pages/texts.py" line="63"/>
        <source>The most sensitive part of her record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/intake_pages/texts.py" line="67"/>
        <source>Immigration information is withheld from referrals by default. It is only shared with an organisation if she agrees to share it with that organisation, and the agreement is recorded. She can decline any of these questions: “Declined to answer” is a complete answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeTab</name>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/intake_tab.py" line="71"/>
        <source>Intake sections</source>
        <extracomment>Notes have their own tab.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeWizard</name>
    <message>
        <location filename="../../intake_app/ui/cases/intake_wizard.py" line="57"/>
        <location filename="../../intake_app/ui/cases/intake_wizard.py" line="91"/>
        <source>New intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/intake_wizard.py" line="95"/>
        <source>Intake sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/intake_wizard.py" line="98"/>
        <location filename="../../intake_app/ui/cases/intake_wizard.py" line="291"/>
        <source>Check and finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/intake_wizard.py" line="127"/>
        <source>Start a blank intake instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/intake_wizard.py" line="128"/>
        <source>The intake you started stays saved as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/intake_wizard.py" line="140"/>
        <location filename="../../intake_app/ui/cases/intake_wizard.py" line="210"/>
        <source>Nothing typed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/intake_wizard.py" line="142"/>
        <source>Draft status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/intake_wizard.py" line="144"/>
        <source>Save and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/intake_wizard.py" line="145"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/intake_wizard.py" line="194"/>
        <source>You are continuing an intake started earlier. Everything typed so far has been kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/intake_wizard.py" line="197"/>
        <source>Draft saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/intake_wizard.py" line="222"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/intake_wizard.py" line="225"/>
        <source>Draft saved at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/intake_wizard.py" line="230"/>
        <source>Not saved yet: the vault is locked. What you typed is kept here and saved after unlocking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/intake_wizard.py" line="238"/>
        <source>The draft could not be saved just now. What you typed is still here; it will be tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/intake_wizard.py" line="260"/>
        <source>{section} — to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/intake_wizard.py" line="288"/>
        <source>Finish intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/intake_wizard.py" line="292"/>
        <source>Next: {section}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/intake_wizard.py" line="341"/>
        <source>The intake has been saved as a case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <location filename="../../intake_app/ui/risk/item_row.py" line="85"/>
        <source>Choose an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/item_row.py" line="98"/>
        <source>DD/MM/YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/item_row.py" line="101"/>
        <source>A language code, such as pl or pt_BR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/item_row.py" line="106"/>
        <source>{answer}: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/item_row.py" line="112"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/item_row.py" line="114"/>
        <source>Clear this answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/item_row.py" line="126"/>
        <source>What she said, in her words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/item_row.py" line="127"/>
        <source>Comment: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/item_row.py" line="129"/>
        <source>Herself, police, health…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/item_row.py" line="130"/>
        <source>Source: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/item_row.py" line="134"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/item_row.py" line="135"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JudgementBox</name>
    <message>
        <location filename="../../intake_app/ui/risk/judgement_box.py" line="46"/>
        <source>Professional judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/judgement_box.py" line="50"/>
        <source>Raise the level above what the answers give, on my professional judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/judgement_box.py" line="51"/>
        <source>Raise the level on professional judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/judgement_box.py" line="62"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/judgement_box.py" line="64"/>
        <source>Level on professional judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/judgement_box.py" line="73"/>
        <source>Why (tick any that apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/judgement_box.py" line="80"/>
        <source>In your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/judgement_box.py" line="84"/>
        <source>Reason for the professional judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/judgement_box.py" line="117"/>
        <source>The answers give the highest level there is, so there is nothing to raise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/judgement_box.py" line="120"/>
        <source>Judgement can raise the level the answers give, never lower it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/judgement_box.py" line="123"/>
        <source>The answers so far give {level}. Judgement can raise it, never lower it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/judgement_box.py" line="157"/>
        <source>Give a reason for raising the level: tick one of the reasons offered or write it in your own words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KindPanel</name>
    <message>
        <location filename="../../intake_app/ui/directory/kind_panel.py" line="58"/>
        <source>Version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/directory/kind_panel.py" line="84"/>
        <location filename="../../intake_app/ui/directory/kind_panel.py" line="164"/>
        <source>May pass her data to immigration enforcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/directory/kind_panel.py" line="85"/>
        <source>What this recipient is told can reach the Home Office&apos;s immigration enforcement. If her status is not settled, read the facts below with her before anything is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/directory/kind_panel.py" line="89"/>
        <source>Not known to pass data to immigration enforcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/directory/kind_panel.py" line="90"/>
        <source>The facts below say what this recipient does with what it is told. Check them with her as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/directory/kind_panel.py" line="100"/>
        <source>Receives by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/directory/kind_panel.py" line="102"/>
        <source>Nothing by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/directory/kind_panel.py" line="103"/>
        <source>Sent only in a general form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/directory/kind_panel.py" line="106"/>
        <source>Nothing is generalised for this kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/directory/kind_panel.py" line="112"/>
        <source>Where her data may go: the facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/directory/kind_panel.py" line="114"/>
        <location filename="../../intake_app/ui/directory/kind_panel.py" line="161"/>
        <source>Edit the facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/directory/kind_panel.py" line="124"/>
        <source>Last reviewed on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/directory/kind_panel.py" line="132"/>
        <source>Named agencies of this kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/directory/kind_panel.py" line="133"/>
        <location filename="../../intake_app/ui/directory/kind_panel.py" line="222"/>
        <source>Add a named agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/directory/kind_panel.py" line="140"/>
        <source>None yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/directory/kind_panel.py" line="148"/>
        <source>May pass her data to immigration enforcement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/directory/kind_panel.py" line="149"/>
        <source>Not known to pass data to immigration enforcement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/directory/kind_panel.py" line="151"/>
        <source>{fact} (last reviewed on {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/directory/kind_panel.py" line="163"/>
        <source>This kind may pass her data to immigration enforcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/directory/kind_panel.py" line="171"/>
        <source>Once a kind may pass data to immigration enforcement, that cannot be changed back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/directory/kind_panel.py" line="178"/>
        <source>Save the facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/directory/kind_panel.py" line="179"/>
        <location filename="../../intake_app/ui/directory/kind_panel.py" line="244"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/directory/kind_panel.py" line="204"/>
        <source>Not saved: this kind may pass data to immigration enforcement, and that can never be changed to “may not”. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/directory/kind_panel.py" line="209"/>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/directory/kind_panel.py" line="213"/>
        <source>Nothing was changed, so nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/directory/kind_panel.py" line="215"/>
        <source>The facts of {kind} were saved as version {version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/directory/kind_panel.py" line="223"/>
        <source>Its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/directory/kind_panel.py" line="225"/>
        <source>Name of the agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/directory/kind_panel.py" line="230"/>
        <source>This agency may pass her data to immigration enforcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/directory/kind_panel.py" line="231"/>
        <source>Agency may pass her data to immigration enforcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/directory/kind_panel.py" line="236"/>
        <source>Its own facts, if any (after the kind&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/directory/kind_panel.py" line="243"/>
        <source>Add the agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/directory/kind_panel.py" line="265"/>
        <source>Not added: an agency of this kind may pass data to immigration enforcement, and cannot be said not to. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/directory/kind_panel.py" line="270"/>
        <source>Not added: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/directory/kind_panel.py" line="272"/>
        <source>{agency} was added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../intake_app/ui/access/lock_screen.py" line="30"/>
        <source>Confidential Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/access/lock_screen.py" line="34"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/access/lock_screen.py" line="37"/>
        <source>The vault was locked to keep it safe. {name}, type your passphrase to carry on where you left off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/access/lock_screen.py" line="39"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/access/lock_screen.py" line="41"/>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/access/lock_screen.py" line="42"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/access/lock_screen.py" line="43"/>
        <source>Close this person&apos;s work so someone else can sign in. Saved drafts are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../intake_app/ui/main_window.py" line="76"/>
        <location filename="../../intake_app/ui/main_window.py" line="127"/>
        <source>Confidential Intake</source>
        <extracomment>The navigation&apos;s width, and the most it grows to for a longer entry. Room beside an entry&apos;s words for its padding and selection marker (app.qss).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main_window.py" line="101"/>
        <source>Sections</source>
        <extracomment>Where a file is saved (a referral&apos;s PDF): injected so tests never block on a dialog. The role&apos;s screens by registered name (``ui/screens.py``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main_window.py" line="129"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main_window.py" line="131"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main_window.py" line="132"/>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main_window.py" line="134"/>
        <source>Quick exit (F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main_window.py" line="136"/>
        <source>Quick exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main_window.py" line="138"/>
        <source>Hides every window at once and locks the vault. Key: F12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main_window.py" line="139"/>
        <source>Hide everything and lock at once (F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/screens.py" line="97"/>
        <source>Cases</source>
        <extracomment>The translation context of the titles (they are shown by the main window). For a screen whose navigation entry carries a number (&quot;Referrals waiting (2)&quot;): how to count it, and the title with ``{count}`` (marked, shown in the window&apos;s context). The window counts again when it is shown, unlocked, or asked (``refresh_counts``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/screens.py" line="98"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/screens.py" line="101"/>
        <source>Agency directory</source>
        <extracomment>The directory: supervisors edit it and review shipped updates (DIRECTORY_EDIT, DIRECTORY_UPDATE); caseworkers read it (DIRECTORY_VIEW). One screen, two pictures.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/screens.py" line="106"/>
        <source>Referrals waiting</source>
        <extracomment>The team&apos;s submitted referrals (REFERRAL_QUEUE): supervisors review and decide them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main_window.py" line="197"/>
        <source>Open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main_window.py" line="206"/>
        <source>Case list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main_window.py" line="213"/>
        <source>Signed in as {user} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main_window.py" line="216"/>
        <source>F12: quick exit   ·   Ctrl+L: lock   ·   Locks by itself after {minutes} min without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/main_window.py" line="299"/>
        <source>New intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/queue_words.py" line="50"/>
        <location filename="../../intake_app/ui/screens.py" line="108"/>
        <source>Referrals waiting ({count})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../intake_app/ui/common/messages.py" line="66"/>
        <source>Too many unsuccessful attempts. You can try again in {time}.</source>
        <extracomment>Qt&apos;s translator under a short name; every call below names the context &quot;Messages&quot; literally so that ``lupdate`` finds the text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/common/messages.py" line="75"/>
        <source>The user name or passphrase is not correct. Check for Caps Lock and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/common/messages.py" line="81"/>
        <source>Your passphrase is right, but the key it opened is not the one this vault has on record for you, so you cannot sign in with it. Nothing was changed and this was recorded. Ask your IT administrator: they can reset your passphrase with the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/common/messages.py" line="88"/>
        <source>This vault was saved by a newer version of Confidential Intake. Ask your IT administrator to update the app on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/common/messages.py" line="93"/>
        <source>The vault cannot be read: it may be damaged. Nothing has been changed. Ask your IT administrator to check it and, if needed, restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/common/messages.py" line="98"/>
        <source>There is no vault on this laptop yet, or it is incomplete. Ask your IT administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/common/messages.py" line="102"/>
        <source>The vault is in use by another Confidential Intake window or command. Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/common/messages.py" line="107"/>
        <source>The vault is locked. Unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/common/messages.py" line="109"/>
        <source>A vault already exists here. Sign in instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/common/messages.py" line="111"/>
        <source>Every user of this computer can change files in the vault folder, so the vault is not created there. Ask your IT administrator to restrict the folder or choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/common/messages.py" line="117"/>
        <source>The vault cannot be kept in a network or cloud-synchronised folder. Ask your IT administrator to choose a local folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/common/messages.py" line="122"/>
        <source>This installation is not set up securely, so the vault stays closed. Ask your IT administrator to run &apos;intake-app self-test&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/common/messages.py" line="127"/>
        <source>The vault&apos;s folder cannot be written to: the disk may be read-only, or this account may not have permission. Nothing was changed and the vault is not damaged. Ask your IT administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/common/messages.py" line="133"/>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/common/messages.py" line="137"/>
        <source>That recovery key is not valid: it has 36 letters and digits in groups of four. Check each group and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/common/messages.py" line="142"/>
        <source>This passphrase cannot be used: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/common/messages.py" line="146"/>
        <source>These answers hold an invisible control character or broken text that cannot be saved, often from pasting: {fields}. Delete that part and type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/common/messages.py" line="152"/>
        <source>An administrator has changed your account since you signed in (it was disabled, or given another role), so this was not done. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/common/messages.py" line="157"/>
        <source>Not allowed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/common/messages.py" line="163"/>
        <source>Something went wrong and nothing was changed. If it happens again, tell your IT administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/common/messages.py" line="172"/>
        <source>An administrator has disabled your account, so you have been signed out. Your saved work is kept in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/common/messages.py" line="176"/>
        <source>An administrator has changed your role, so you have been signed out. Sign in again to continue with your new role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/common/messages.py" line="184"/>
        <source>The vault&apos;s key slot file was changed by someone who does not hold the vault&apos;s key. Your sign-in was checked and is safe, and this was recorded. Tell your IT administrator so they can run &apos;intake-app admin verify&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/common/messages.py" line="194"/>
        <source>This account is disabled. Ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/common/messages.py" line="201"/>
        <source>That recovery key does not open this vault. Check each group and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../intake_app/ui/access/new_passphrase.py" line="49"/>
        <source>New passphrase</source>
        <extracomment>check(passphrase, username) raises PassphraseRejected with a reason a person can act on.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/access/new_passphrase.py" line="51"/>
        <source>At least {count} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/access/new_passphrase.py" line="53"/>
        <source>Repeat the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/access/new_passphrase.py" line="61"/>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/access/new_passphrase.py" line="74"/>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/access/new_passphrase.py" line="77"/>
        <source>&amp;Repeat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/access/new_passphrase.py" line="100"/>
        <source>the two passphrases differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/access/new_passphrase.py" line="125"/>
        <source>Three or four unrelated words work well. Spaces are fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/access/new_passphrase.py" line="127"/>
        <source>Not yet: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/access/new_passphrase.py" line="129"/>
        <source>Acceptable. A longer passphrase would be stronger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/access/new_passphrase.py" line="130"/>
        <source>Good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/access/new_passphrase.py" line="130"/>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/access/new_passphrase.py" line="131"/>
        <source>Acceptable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/access/new_passphrase.py" line="141"/>
        <source>The two passphrases match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/access/new_passphrase.py" line="143"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeCard</name>
    <message>
        <location filename="../../intake_app/ui/risk/outcome_card.py" line="35"/>
        <source>Level: {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/outcome_card.py" line="40"/>
        <source>Score: {score} “yes” of {scored} questions, which gives {level}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/outcome_card.py" line="45"/>
        <source>{score} “yes” of {scored} questions. This screen sets no risk level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/outcome_card.py" line="54"/>
        <source>Raised to {level} on professional judgement. Why: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/outcome_card.py" line="59"/>
        <source>Also found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/outcome_card.py" line="65"/>
        <source>Recommended:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/outcome_card.py" line="65"/>
        <source>Guidance:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/overview_tab.py" line="58"/>
        <source>Risk review</source>
        <extracomment>Cards of the overview: a title and the fields it shows, in order. Whether a risk review is due (``show_review``); hidden until there is something to say.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/overview_tab.py" line="77"/>
        <source>About her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/overview_tab.py" line="78"/>
        <source>Safe contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/overview_tab.py" line="79"/>
        <source>Where she is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/overview_tab.py" line="80"/>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/overview_tab.py" line="81"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/overview_tab.py" line="121"/>
        <source>nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/overview_tab.py" line="122"/>
        <source>Status: {status}. Assigned to {worker}. Risk: {risk}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/overview_tab.py" line="127"/>
        <source>Reopen case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/overview_tab.py" line="127"/>
        <source>Close case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanHistory</name>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/safety_plan_tab.py" line="149"/>
        <source>History of the safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/safety_plan_tab.py" line="153"/>
        <source>Back to the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/safety_plan_tab.py" line="159"/>
        <source>Versions of the safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/safety_plan_tab.py" line="182"/>
        <source>Version {version}: {when}, by {user}
Changed: {parts}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueScreen</name>
    <message>
        <location filename="../../intake_app/ui/referrals/queue_screen.py" line="116"/>
        <source>Referrals waiting</source>
        <extracomment>The referral&apos;s id on each list entry. Room beside an entry&apos;s longest line for its padding, marker and a scroll bar. After each export attempt: the ExportDone, or the exception that refused it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/queue_screen.py" line="118"/>
        <source>Your team&apos;s referrals waiting for a supervisor, oldest first. Read what the recipient would receive and the checks as they stand now, then approve it, return it with a request, or reject it. No one approves their own referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/queue_screen.py" line="152"/>
        <source>Referrals waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/queue_screen.py" line="153"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/queue_screen.py" line="156"/>
        <source>Approved referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/queue_screen.py" line="197"/>
        <source>Waiting for approval ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/queue_screen.py" line="203"/>
        <source>No referral is waiting for approval. Referrals your team submits appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/queue_screen.py" line="204"/>
        <source>Choose a referral at the side to review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/queue_screen.py" line="228"/>
        <source>{reference}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/queue_screen.py" line="229"/>
        <source>{case}
To {recipient}
From {author}, {moment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/queue_screen.py" line="333"/>
        <source>You drafted this referral, so you cannot approve it: no one approves their own referral. Another supervisor must approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/queue_screen.py" line="339"/>
        <source>It cannot be approved: {count} of its checks do not pass now. What each one needs is written under it above; return it to {author} with a request if they must act.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/queue_screen.py" line="347"/>
        <source>Approved: the referral of {reference} to {recipient}. It can now be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/queue_screen.py" line="356"/>
        <source>Give the reason first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/queue_screen.py" line="360"/>
        <source>Reject the referral of {reference} to {recipient}? It cannot be submitted again once rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/queue_screen.py" line="363"/>
        <source>Reject it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/queue_screen.py" line="366"/>
        <source>Revoke it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/queue_screen.py" line="381"/>
        <source>Returned to {author} with your request: the referral of {reference} to {recipient}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/queue_screen.py" line="383"/>
        <source>Rejected: the referral of {reference} to {recipient}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/queue_screen.py" line="384"/>
        <source>Revoked: the referral of {reference} to {recipient}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/queue_screen.py" line="390"/>
        <source>It had been exported: ask {recipient} to delete what they received. The request is recorded with the referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/queue_screen.py" line="397"/>
        <source>Revoke the approved referral of {reference} to {recipient}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/queue_screen.py" line="401"/>
        <source>It was exported on {moment}, so {recipient} may already have it: they must be asked to delete it, and the app records that they were asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/queue_screen.py" line="405"/>
        <source>It was never exported, so nothing has been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/queue_screen.py" line="412"/>
        <source>Someone else has acted on this referral since you opened it, so nothing was changed. It is shown as it stands now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordCard</name>
    <message>
        <location filename="../../intake_app/ui/questions/record_list_editor.py" line="49"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/questions/record_list_editor.py" line="51"/>
        <location filename="../../intake_app/ui/questions/record_list_editor.py" line="66"/>
        <source>Remove {item}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordListEditor</name>
    <message>
        <location filename="../../intake_app/ui/questions/record_list_editor.py" line="128"/>
        <source>Declined to answer: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/questions/record_list_editor.py" line="142"/>
        <source>No phone numbers recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/questions/record_list_editor.py" line="144"/>
        <source>No children recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/questions/record_list_editor.py" line="145"/>
        <source>Nobody recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/questions/record_list_editor.py" line="149"/>
        <source>Add a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/questions/record_list_editor.py" line="151"/>
        <source>Add a child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/questions/record_list_editor.py" line="152"/>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/questions/record_list_editor.py" line="156"/>
        <source>Phone number {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/questions/record_list_editor.py" line="158"/>
        <source>Child {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/questions/record_list_editor.py" line="159"/>
        <source>Person {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Redaction</name>
    <message>
        <location filename="../../intake_app/domain/redaction/build.py" line="72"/>
        <source>Age in years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/redaction/build.py" line="73"/>
        <source>Postcode district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/redaction/build.py" line="74"/>
        <source>People who must not be told of this referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/redaction/build.py" line="77"/>
        <source>This referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/redaction/build.py" line="78"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/redaction/build.py" line="79"/>
        <source>Reason for this referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/redaction/build.py" line="112"/>
        <source>This referral may include every kind of information we hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/redaction/build.py" line="114"/>
        <source>This referral does not include the following, whether or not we hold any: {classes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/redaction/build.py" line="124"/>
        <source>Shared without her consent, on a recorded legal basis: {classes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/redaction/build.py" line="139"/>
        <source>; </source>
        <extracomment>Put between the names of kinds of information in a list (&quot;Immigration; The children&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/redaction/build.py" line="158"/>
        <source>The person or people who harmed her (details not shared)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Referral</name>
    <message>
        <location filename="../../intake_app/domain/referrals/draft.py" line="67"/>
        <source>A referral draft is a JSON object with the keys recipient, classes, purpose, reason, assessment, do_not_tell, legal_basis and answers.</source>
        <extracomment>The directory&apos;s answer to &quot;who is this reference?&quot;: a Recipient, or NotFound (any ``IntakeError``) for one it does not know. ``functools.partial(recipient_of, directory)`` or the directory service&apos;s ``recipient_of``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/draft.py" line="70"/>
        <source>This is not part of a referral draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/draft.py" line="71"/>
        <source>This must be given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/draft.py" line="72"/>
        <source>Choose who will receive it: a kind of recipient (kind:...) or a named agency (agency:...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/draft.py" line="75"/>
        <source>This recipient is not in the agency directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/draft.py" line="77"/>
        <source>List the kinds of information to include.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/draft.py" line="79"/>
        <source>Choose at least one kind of information to include.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/draft.py" line="81"/>
        <source>This is not a kind of information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/draft.py" line="82"/>
        <source>The safety plan never leaves the vault; it cannot be part of a referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/draft.py" line="84"/>
        <source>This recipient does not receive this kind of information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/draft.py" line="86"/>
        <source>This list is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/draft.py" line="87"/>
        <source>Say what the referral is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/draft.py" line="88"/>
        <source>Give the reason for this referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/draft.py" line="89"/>
        <source>Name the assessment by its number, or leave it out (null).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/draft.py" line="91"/>
        <source>List the people who must not be told, one name to an entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/draft.py" line="93"/>
        <source>Give a name, or leave this entry out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/draft.py" line="94"/>
        <source>This person is already named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/draft.py" line="95"/>
        <source>Give the legal basis as an object with basis and why_no_consent, or leave it out (null).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/draft.py" line="98"/>
        <source>Say which legal basis allows sharing without her consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/draft.py" line="100"/>
        <source>Say why her consent was not sought.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/draft.py" line="101"/>
        <source>Give the checklist&apos;s answers as an object of item id to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/draft.py" line="103"/>
        <source>This is not an item of the safe-referral checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/draft.py" line="105"/>
        <source>Give the answer as text, or as an object with answer and, if needed, comment and source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/draft.py" line="108"/>
        <source>The comment or source is too long, or holds a character that cannot be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/draft.py" line="111"/>
        <source>Answer yes, no, dont_know or declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/draft.py" line="112"/>
        <source>Answer with one of the item&apos;s choices, dont_know or declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/draft.py" line="114"/>
        <source>Answer with a date written YYYY-MM-DD, dont_know or declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/draft.py" line="116"/>
        <source>Answer with a language code (such as pl, cy or pt_BR), dont_know or declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/draft.py" line="119"/>
        <source>Answer with text that can be stored, dont_know or declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/draft.py" line="121"/>
        <source>This date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/draft.py" line="122"/>
        <location filename="../../intake_app/domain/referrals/states.py" line="96"/>
        <source>This must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/draft.py" line="123"/>
        <location filename="../../intake_app/domain/referrals/states.py" line="97"/>
        <source>This is too long to keep here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/draft.py" line="124"/>
        <location filename="../../intake_app/domain/referrals/states.py" line="98"/>
        <source>This holds a character that cannot be stored (a control character or half of a character pair); retype it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/gate.py" line="87"/>
        <source>Her consent, or a legal basis</source>
        <extracomment>Safe contact must have been re-checked within this many days (today minus 7 passes). Each check in words, for the gate&apos;s list on screen.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/gate.py" line="88"/>
        <source>Immigration information only with her consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/gate.py" line="90"/>
        <source>The immigration risk explained and advice offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/gate.py" line="92"/>
        <source>Safe contact re-checked this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/gate.py" line="93"/>
        <source>She knows what is shared and with whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/gate.py" line="95"/>
        <source>The named assessment is completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/gate.py" line="96"/>
        <source>The purpose and reason name nobody who must not be told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/gate.py" line="101"/>
        <source>Her consent to share {classes} with this recipient for this purpose is not recorded as given and current. Record her consent, leave that information out, or record the legal basis for sharing without her consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/gate.py" line="105"/>
        <source>Immigration information can go only to a named agency she has agreed may have it, never to a whole kind of recipient. Choose the named agency, or leave immigration information out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/gate.py" line="109"/>
        <source>Immigration information is included only with her consent for this named agency, and a legal basis never covers it. Record her consent, or leave immigration information out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/gate.py" line="113"/>
        <source>Her immigration status is not known to be secure, and this recipient may pass information to immigration enforcement. Record in the safe-referral checklist that she was told this in her language, which language, and that advice from a regulated immigration adviser was offered before any step involving the Home Office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/gate.py" line="119"/>
        <source>Check her safe contact details with her and record the day in the case (Contact details last checked); it must be within the last {limit} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/gate.py" line="122"/>
        <source>Her safe contact details were last checked on {checked_on}, {days} days ago. Check them with her again and record the day; it must be within the last {limit} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/gate.py" line="126"/>
        <source>The day her contact details were last checked ({checked_on}) is in the future. Correct it in the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/gate.py" line="129"/>
        <source>Tell her what this referral will share and who will receive it, and record that in the safe-referral checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/gate.py" line="132"/>
        <source>The risk assessment named as the reason (number {assessment}) is not completed. Complete it, or name another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/gate.py" line="135"/>
        <source>The purpose or the reason names {names}. They go to the recipient word for word, and what this referral shares about the person who harmed her is nothing. Take the name out of them, or include the abuser information with her consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/gate.py" line="139"/>
        <source>The risk assessment named as the reason (number {assessment}) is not one of this case&apos;s. Name one of its assessments, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/states.py" line="86"/>
        <source>Draft</source>
        <extracomment>Every legal move: (from, step) -&gt; to. A recheck that passes leaves the referral approved. The states whose content its author may still change. The states nothing more can happen to. The steps taken with a reason, and those the gate must pass for. Each state in words.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/states.py" line="87"/>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/states.py" line="88"/>
        <source>Returned for changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/states.py" line="89"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/states.py" line="90"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/states.py" line="91"/>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/states.py" line="95"/>
        <source>Give the reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralCard</name>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/referrals_tab.py" line="56"/>
        <source>To {recipient}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/referrals_tab.py" line="66"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/referrals_tab.py" line="66"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/referrals_tab.py" line="67"/>
        <source>Edit the referral to {recipient}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/referrals_tab.py" line="68"/>
        <source>Show the referral to {recipient}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/referrals_tab.py" line="78"/>
        <source>Referral {number}, drafted by {user}. Last changed {moment}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/referrals_tab.py" line="92"/>
        <source>Sent back from approved: these checks no longer pass: {checks}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/referrals_tab.py" line="97"/>
        <source>The supervisor asks: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/referrals_tab.py" line="99"/>
        <source>Rejected because: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/referrals_tab.py" line="101"/>
        <source>Revoked because: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralDraftPage</name>
    <message>
        <location filename="../../intake_app/ui/referrals/draft_page.py" line="77"/>
        <source>Close</source>
        <extracomment>How long she pauses before her words are previewed. Problems that only say a field is still empty: not shown while she is still writing.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/draft_page.py" line="79"/>
        <source>Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/draft_page.py" line="79"/>
        <source>Save this referral as a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/draft_page.py" line="81"/>
        <source>Submit for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/draft_page.py" line="82"/>
        <source>Submit this referral to a supervisor for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/draft_page.py" line="134"/>
        <source>Not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/draft_page.py" line="137"/>
        <source>Referral {number}: {state}. Last changed {moment}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/draft_page.py" line="161"/>
        <source>Choose a recipient to see the checks and what they would receive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/draft_page.py" line="171"/>
        <source>The checks and the preview appear once the recipient, what to include, what it is for and why are filled in, and what is marked in the draft is corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/draft_page.py" line="187"/>
        <source>Nothing to show yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/draft_page.py" line="223"/>
        <source>Nothing was saved yet: correct what is marked in the draft and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/draft_page.py" line="228"/>
        <source>Someone else has changed this referral since you opened it, so your words were not saved. They are still here: copy what you need, close it and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/draft_page.py" line="239"/>
        <source>The draft was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/draft_page.py" line="252"/>
        <source>It was not submitted: the checks beside the draft say what is still needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralExport</name>
    <message>
        <location filename="../../intake_app/domain/referrals/export_words.py" line="35"/>
        <source>Caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/export_words.py" line="36"/>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/export_words.py" line="37"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/export_words.py" line="40"/>
        <source>Her consent, given on {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/export_words.py" line="41"/>
        <source>A recorded legal basis ({basis}), without her consent, for: {classes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/export_words.py" line="43"/>
        <source>Her consent, given on {days}; a recorded legal basis ({basis}), without her consent, for: {classes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/referrals/export_words.py" line="78"/>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/export_words.py" line="28"/>
        <source>referral-{number}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/export_words.py" line="33"/>
        <source>No file was written: one of its checks does not pass now, so the referral is back with those waiting for approval. What the check needs is written under it above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/export_words.py" line="37"/>
        <source>No file was written: {count} of its checks do not pass now, so the referral is back with those waiting for approval. What each one needs is written under it above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/export_words.py" line="47"/>
        <source>Exports are switched off on this laptop by your IT administrator, so no file was written. Ask them if a referral must be sent as a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/export_words.py" line="52"/>
        <source>Your IT administrator requires a password on every exported file, so no file was written. The password box is now ticked: export it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/export_words.py" line="57"/>
        <source>No file was written: the PDF cannot show the character {codepoint} in “{field}”, as none of the app&apos;s fonts has it. Ask the caseworker to change that text or leave it out, then export it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/export_words.py" line="64"/>
        <source>No file was written: that folder is not a safe place for it (it is beside the vault, synchronised to the cloud or on a network share). Choose a folder on this laptop&apos;s own disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/export_words.py" line="70"/>
        <source>No file was written: that folder cannot be written to (it may be read-only, or this account may not have permission). Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralPdf</name>
    <message>
        <location filename="../../intake_app/export/words.py" line="12"/>
        <source>Referral</source>
        <extracomment>The document&apos;s title, also its neutral Info title (no name, no recipient, no date).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/export/words.py" line="13"/>
        <source>Confidential. Shared for the purpose stated below; do not pass it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/export/words.py" line="15"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/export/words.py" line="16"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/export/words.py" line="17"/>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/export/words.py" line="18"/>
        <source>Referring service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/export/words.py" line="19"/>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/export/words.py" line="20"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/export/words.py" line="21"/>
        <source>{level}: score {score} ({checklist}, version {version})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/export/words.py" line="23"/>
        <source>No risk assessment accompanies this referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/export/words.py" line="25"/>
        <source>Basis for sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/export/words.py" line="26"/>
        <source>Do not tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/export/words.py" line="27"/>
        <source>Not included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/export/words.py" line="28"/>
        <source>Without consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/export/words.py" line="29"/>
        <source>{list} {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/export/words.py" line="30"/>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/export/words.py" line="31"/>
        <source>Audit chain head {head}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralPreview</name>
    <message>
        <location filename="../../intake_app/ui/referrals/preview.py" line="39"/>
        <location filename="../../intake_app/ui/referrals/preview.py" line="73"/>
        <source>What the recipient would receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/preview.py" line="44"/>
        <source>Choose a recipient to see what they would receive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/preview.py" line="80"/>
        <source>What {recipient} would receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/preview.py" line="82"/>
        <source>As it would be prepared on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/preview.py" line="126"/>
        <source>{list}, {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/referrals_tab.py" line="135"/>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/referrals_tab.py" line="139"/>
        <source>What leaves this laptop about her, to whom, and where each referral stands. A referral shares only what she agreed to, and a supervisor approves it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/referrals_tab.py" line="147"/>
        <source>New referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/referrals_tab.py" line="147"/>
        <source>Draft a new referral for her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/referrals_tab.py" line="200"/>
        <source>No referral yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/referrals_tab.py" line="200"/>
        <source>1 referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/referrals_tab.py" line="201"/>
        <source>{count} referrals, the latest change first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/referrals_tab.py" line="222"/>
        <source>This case is closed, so no referral can be drafted or changed. Reopen it on the Overview tab to refer her on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/referrals_tab.py" line="225"/>
        <source>You can read these referrals; drafting them is for caseworkers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/referrals_tab.py" line="242"/>
        <source>The agency directory could not be read, so no referral can be drafted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/referrals_tab.py" line="278"/>
        <source>The referral was submitted. A supervisor will look at it before anything is sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetPassphraseDialog</name>
    <message>
        <location filename="../../intake_app/ui/users/reset_passphrase_dialog.py" line="28"/>
        <source>Confidential Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users/reset_passphrase_dialog.py" line="34"/>
        <source>Reset a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users/reset_passphrase_dialog.py" line="36"/>
        <source>Give {user} a new passphrase. You need the organisation&apos;s recovery key. Their old passphrase will stop working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users/reset_passphrase_dialog.py" line="38"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users/reset_passphrase_dialog.py" line="42"/>
        <source>S&amp;how the key while typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users/reset_passphrase_dialog.py" line="43"/>
        <source>Show the recovery key while typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users/reset_passphrase_dialog.py" line="48"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users/reset_passphrase_dialog.py" line="49"/>
        <source>&amp;Reset passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users/reset_passphrase_dialog.py" line="50"/>
        <source>Reset passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users/reset_passphrase_dialog.py" line="53"/>
        <source>Recovery &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users/reset_passphrase_dialog.py" line="93"/>
        <source>Setting the new passphrase...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../intake_app/domain/review.py" line="48"/>
        <source>Risk assessment due: not assessed yet (open since {date}).</source>
        <extracomment>``review_since`` of a case that is due whatever the interval. What the overview says, with ``{date}`` (the day it became due) filled in by the UI.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/review.py" line="50"/>
        <source>Reassessment due: new incident on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/review.py" line="52"/>
        <source>Reassessment due since {date}: the review interval has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/review.py" line="56"/>
        <source>Next risk review by {date}.</source>
        <extracomment>What the overview says when no review is due yet (``{date}``: the next review).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../intake_app/ui/referrals/review_panel.py" line="108"/>
        <location filename="../../intake_app/ui/referrals/review_panel.py" line="118"/>
        <source>Its checks, run again now</source>
        <extracomment>The register&apos;s rows as shown: (when, by whom, SHA-256 start), newest first.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/review_panel.py" line="111"/>
        <source>Every check passes now: it can be approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/review_panel.py" line="113"/>
        <source>One check does not pass now: it cannot be approved until it does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/review_panel.py" line="115"/>
        <source>{count} checks do not pass now: it cannot be approved until they do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/review_panel.py" line="124"/>
        <source>{reference}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/review_panel.py" line="134"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/review_panel.py" line="135"/>
        <source>Drafted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/review_panel.py" line="136"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/review_panel.py" line="139"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/review_panel.py" line="139"/>
        <location filename="../../intake_app/ui/referrals/review_panel.py" line="145"/>
        <source>{moment} by {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/review_panel.py" line="144"/>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/review_panel.py" line="147"/>
        <source>Latest risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/review_panel.py" line="157"/>
        <source>It was approved, then sent back here when its checks were run again and these no longer passed: {checks}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/review_panel.py" line="165"/>
        <location filename="../../intake_app/ui/referrals/review_panel.py" line="166"/>
        <source>Exports of this referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/review_panel.py" line="169"/>
        <source>Not exported yet. Each export is listed here with who made it, when, and the start of the file&apos;s SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/review_panel.py" line="177"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/review_panel.py" line="177"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/review_panel.py" line="177"/>
        <source>SHA-256 starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/review_panel.py" line="182"/>
        <source>{start}...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/review_panel.py" line="192"/>
        <source>The recipient was asked to delete what they received on {moment}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/review_panel.py" line="199"/>
        <source>Not shown: the case is not in your case list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/review_panel.py" line="201"/>
        <source>No risk assessment recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/review_panel.py" line="207"/>
        <source>The referral&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/review_panel.py" line="208"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/review_panel.py" line="209"/>
        <source>Why she is being referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/review_panel.py" line="211"/>
        <source>Risk assessment named as the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/review_panel.py" line="212"/>
        <source>Number {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/review_panel.py" line="214"/>
        <source>Shared without her consent on this basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/review_panel.py" line="216"/>
        <source>Why her consent was not sought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/referrals/review_panel.py" line="226"/>
        <source>Your approval is the sign-off for sharing without her consent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskChart</name>
    <message>
        <location filename="../../intake_app/ui/risk/risk_chart.py" line="35"/>
        <source>Risk level over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/risk_chart.py" line="56"/>
        <source>No assessment has set a risk level yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/risk_chart.py" line="57"/>
        <source>{date}: {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/risk_chart.py" line="59"/>
        <source>Risk level at each assessment, oldest first: {points}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/risk/risk_chart.py" line="99"/>
        <source>No level yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskTab</name>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/risk_tab.py" line="105"/>
        <source>Checklist</source>
        <extracomment>facts() -&gt; the case facts checklist conditions read (intake answers by field key). Assessment cards built at a time; older ones come with &quot;Show older assessments&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/risk_tab.py" line="107"/>
        <source>Checklist for the new assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/risk_tab.py" line="110"/>
        <location filename="../../intake_app/ui/cases/view_tabs/risk_tab.py" line="111"/>
        <source>New assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/risk_tab.py" line="128"/>
        <source>Some of your organisation&apos;s checklist files could not be used: {files}. The others are here. Your IT administrator can see why with the app&apos;s self-test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/risk_tab.py" line="144"/>
        <source>Risk level over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/risk_tab.py" line="154"/>
        <source>Completed assessments, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/risk_tab.py" line="157"/>
        <source>No assessment has been completed for this case yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/risk_tab.py" line="230"/>
        <source>Unfinished: {checklist}, last saved {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/risk_tab.py" line="234"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/risk_tab.py" line="235"/>
        <source>Continue {checklist}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/risk_tab.py" line="271"/>
        <source>Completed {when} by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/risk_tab.py" line="279"/>
        <source>Show older assessments ({count} more)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../intake_app/ui/users/users_model.py" line="60"/>
        <source>Caseworker</source>
        <extracomment>data(index, ACCOUNT_ROLE) -&gt; Account data(index, SORT_ROLE) -&gt; a value that sorts sensibly for the column False while the vault waits for this person&apos;s first sign-in since the upgrade that records each person&apos;s key (a key rotation waits for them).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users/users_model.py" line="61"/>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users/users_model.py" line="62"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyPlan</name>
    <message>
        <location filename="../../intake_app/domain/safety_plan.py" line="47"/>
        <source>Safe places and safe people</source>
        <extracomment>The sections, in the order the plan is read.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/safety_plan.py" line="48"/>
        <source>Where she can go at short notice, and who she can trust to help; who must not be told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/safety_plan.py" line="51"/>
        <source>Calling for help, and what to say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/safety_plan.py" line="52"/>
        <source>Which numbers to call, the silent-call option, and the words to use when she cannot speak freely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/safety_plan.py" line="55"/>
        <source>A bag ready to leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/safety_plan.py" line="56"/>
        <source>What is in it (documents or copies, medicine, money, keys, chargers) and where it is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/safety_plan.py" line="59"/>
        <source>The children&apos;s plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/safety_plan.py" line="60"/>
        <source>What the children know to do, who collects them from school, and who the school may release them to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/safety_plan.py" line="63"/>
        <source>Phone location sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/safety_plan.py" line="64"/>
        <source>Location sharing and family-finder settings checked on her phone and the children&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/safety_plan.py" line="67"/>
        <source>Shared accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/safety_plan.py" line="68"/>
        <source>Email, cloud, banking and shopping accounts he knows the password of or can see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/safety_plan.py" line="71"/>
        <source>Trackers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/safety_plan.py" line="72"/>
        <source>Tracking tags, car trackers, smart-home devices and apps that may report where she is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/safety_plan.py" line="75"/>
        <source>The journey to work or school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/safety_plan.py" line="76"/>
        <source>Routes and times to vary, and who knows when she should arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/safety_plan.py" line="79"/>
        <source>If he comes to the door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/safety_plan.py" line="80"/>
        <source>Whether to open it, which room to go to, who to call, and any court order to mention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/safety_plan.py" line="83"/>
        <source>Other notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/safety_plan.py" line="84"/>
        <source>Anything else agreed with her.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/safety_plan.py" line="89"/>
        <source>Review the plan on</source>
        <extracomment>The two dates, declared like the sections.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/safety_plan.py" line="90"/>
        <source>Last discussed with her on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/safety_plan.py" line="140"/>
        <source>This is not a part of the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/safety_plan.py" line="141"/>
        <source>This must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/safety_plan.py" line="142"/>
        <source>This is too long to keep here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/safety_plan.py" line="143"/>
        <source>This holds a character that cannot be stored (a control character or half of a character pair); retype it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/safety_plan.py" line="146"/>
        <source>This must be a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/safety_plan.py" line="147"/>
        <source>The plan cannot have been discussed with her on a day still to come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/domain/safety_plan.py" line="149"/>
        <source>The review cannot come before the plan was last discussed with her.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyPlanTab</name>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/safety_plan_tab.py" line="257"/>
        <source>Work through the parts that matter to her, in her words. Nothing in the safety plan ever leaves this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/safety_plan_tab.py" line="263"/>
        <source>This case is closed, so the plan can be read but not changed. Reopen the case on the Overview tab to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/safety_plan_tab.py" line="321"/>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/safety_plan_tab.py" line="323"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/safety_plan_tab.py" line="324"/>
        <source>History of the safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/safety_plan_tab.py" line="326"/>
        <source>Save the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/safety_plan_tab.py" line="349"/>
        <source>No safety plan has been written for this case yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/safety_plan_tab.py" line="352"/>
        <source>Version {version}, last saved by {user} on {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/safety_plan_tab.py" line="380"/>
        <source>Unsaved changes to the plan. They are saved when you press Save or leave this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/safety_plan_tab.py" line="402"/>
        <source>This is not a date that can be read. Type it as day/month/year, for example 04/11/2026. What you typed is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/safety_plan_tab.py" line="414"/>
        <source>The plan was not saved: a date needs correcting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/safety_plan_tab.py" line="423"/>
        <source>The plan was not saved: some parts need correcting. What you typed is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/safety_plan_tab.py" line="436"/>
        <source>Nothing has changed since the plan was last saved, so nothing new was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/safety_plan_tab.py" line="440"/>
        <source>The plan was saved as version {version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/safety_plan_tab.py" line="461"/>
        <source>Someone else changed this part since you opened the plan. Your wording is kept here; their version is in History.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/safety_plan_tab.py" line="464"/>
        <source>Not saved: someone else saved the plan meanwhile and changed the same parts ({parts}). Your typing is kept. Look at History to compare, then press Save again to keep your wording.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../intake_app/ui/access/setup_wizard.py" line="54"/>
        <source>Confidential Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/access/setup_wizard.py" line="74"/>
        <source>Set up Confidential Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/access/setup_wizard.py" line="76"/>
        <source>There is no vault on this laptop yet. Create it now, together with the first administrator account. Administrators manage staff accounts and backups; they cannot open case records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/access/setup_wizard.py" line="82"/>
        <source>Administrator user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/access/setup_wizard.py" line="83"/>
        <source>for example: it.admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/access/setup_wizard.py" line="86"/>
        <source>Your name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/access/setup_wizard.py" line="91"/>
        <source>&amp;Create the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/access/setup_wizard.py" line="92"/>
        <source>Create the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/access/setup_wizard.py" line="95"/>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/access/setup_wizard.py" line="96"/>
        <source>Your &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/access/setup_wizard.py" line="120"/>
        <source>Creating the vault and measuring this laptop&apos;s speed. This can take up to a minute...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/access/setup_wizard.py" line="148"/>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/access/setup_wizard.py" line="150"/>
        <source>This key is shown only once. It opens the vault if every passphrase is forgotten, so anyone who has it can read everything in the vault. Write it on paper now and keep the paper locked away, not with this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/access/setup_wizard.py" line="158"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/access/setup_wizard.py" line="164"/>
        <source>The key uses the letters A to Z (no I or O) and the digits 2 to 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/access/setup_wizard.py" line="170"/>
        <source>I have &amp;written it down and stored it away from this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/access/setup_wizard.py" line="171"/>
        <source>I have written it down and stored it away from this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/access/setup_wizard.py" line="175"/>
        <source>Save to a &amp;file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/access/setup_wizard.py" line="175"/>
        <source>Save the recovery key to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/access/setup_wizard.py" line="176"/>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/access/setup_wizard.py" line="177"/>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/access/setup_wizard.py" line="198"/>
        <source>A recovery key in a file can be copied without anyone noticing, and whoever has it can open the vault.

Save it only to a removable drive that will be locked away from this laptop: never to this laptop&apos;s own disk, to email or to a cloud folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/access/setup_wizard.py" line="201"/>
        <source>Choose where to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/access/setup_wizard.py" line="207"/>
        <source>Confidential Intake recovery key

{key}

Whoever has this key can open the vault. Keep it offline, away from the laptop.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/access/setup_wizard.py" line="214"/>
        <source>Not saved: the recovery key must not be kept next to the vault, nor in a cloud or network folder. Choose a removable drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/access/setup_wizard.py" line="219"/>
        <source>The file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/access/setup_wizard.py" line="222"/>
        <source>Saved. Remove the drive and store it away from this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/access/setup_wizard.py" line="244"/>
        <source>Write the recovery key down first, then tick the box.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../intake_app/ui/access/sign_in.py" line="24"/>
        <source>Confidential Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/access/sign_in.py" line="27"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/access/sign_in.py" line="29"/>
        <source>Use your own user name and passphrase. If you have forgotten your passphrase, your administrator can reset it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/access/sign_in.py" line="31"/>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StateChip</name>
    <message>
        <location filename="../../intake_app/ui/questions/field_row.py" line="42"/>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Translation</name>
    <message>
        <location filename="../../intake_app/ui/common/translation.py" line="76"/>
        <source>There is no translation for “{language}” on this computer, so the app is shown in English.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriEditor</name>
    <message>
        <location filename="../../intake_app/ui/questions/answer_editors.py" line="222"/>
        <source>Clear</source>
        <extracomment>The widest tick box that still goes in two columns on a page.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/questions/answer_editors.py" line="224"/>
        <source>Clear this answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <location filename="../../intake_app/ui/access/unlock_form.py" line="49"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/access/unlock_form.py" line="52"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/access/unlock_form.py" line="57"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/access/unlock_form.py" line="63"/>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/access/unlock_form.py" line="67"/>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/access/unlock_form.py" line="108"/>
        <source>Type your user name and passphrase.</source>
        <extracomment>The button row; a screen may add its own buttons to the left of the stretch.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/access/unlock_form.py" line="116"/>
        <source>Opening the vault. This takes a few seconds...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/access/unlock_form.py" line="143"/>
        <source>You can try again now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpdateCard</name>
    <message>
        <location filename="../../intake_app/ui/directory/update_card.py" line="40"/>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/directory/update_card.py" line="40"/>
        <source>Accept the new facts for {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/directory/update_card.py" line="43"/>
        <source>Keep ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/directory/update_card.py" line="43"/>
        <source>Keep our version of {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/directory/update_card.py" line="52"/>
        <source>A kind of recipient new in this version of the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/directory/update_card.py" line="55"/>
        <source>The new file says it may not pass data to immigration enforcement; ours says it may, and that is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/directory/update_card.py" line="59"/>
        <source>It would now be marked as one that may pass her data to immigration enforcement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/directory/update_card.py" line="62"/>
        <source>Receives by default: {classes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/directory/update_card.py" line="65"/>
        <source>Sent only in a general form: {rules}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/directory/update_card.py" line="73"/>
        <source>New fact (reviewed on {date}): {fact}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/directory/update_card.py" line="76"/>
        <source>Fact reworded (reviewed on {date}): {fact}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/directory/update_card.py" line="79"/>
        <source>Fact reviewed again on {date}: {fact}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/directory/update_card.py" line="82"/>
        <source>Fact no longer in the app&apos;s file: {fact}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/directory/update_card.py" line="85"/>
        <source>The file changed, but not its facts or what it receives.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../intake_app/ui/users/users_model.py" line="133"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users/users_model.py" line="134"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users/users_model.py" line="135"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users/users_model.py" line="136"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users/users_model.py" line="137"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users/users_model.py" line="138"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users/users_model.py" line="153"/>
        <source>Active: must sign in once before the next key rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users/users_model.py" line="156"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users/users_model.py" line="157"/>
        <source>Disabled {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersScreen</name>
    <message>
        <location filename="../../intake_app/ui/users/users_screen.py" line="55"/>
        <location filename="../../intake_app/ui/users/users_screen.py" line="76"/>
        <source>Staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users/users_screen.py" line="56"/>
        <source>Who can sign in on this laptop, and with which role. Administrators manage accounts; they cannot open case records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users/users_screen.py" line="62"/>
        <location filename="../../intake_app/ui/users/users_screen.py" line="63"/>
        <source>Find an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users/users_screen.py" line="65"/>
        <source>&amp;Add account...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users/users_screen.py" line="66"/>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users/users_screen.py" line="92"/>
        <source>New role for the selected account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users/users_screen.py" line="95"/>
        <source>Change &amp;role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users/users_screen.py" line="96"/>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users/users_screen.py" line="97"/>
        <source>Reset &amp;passphrase...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users/users_screen.py" line="98"/>
        <source>Reset passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users/users_screen.py" line="99"/>
        <source>&amp;Disable account...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users/users_screen.py" line="101"/>
        <location filename="../../intake_app/ui/users/users_screen.py" line="226"/>
        <source>Disable account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users/users_screen.py" line="184"/>
        <source>Account {user} added. Give them their passphrase face to face.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users/users_screen.py" line="200"/>
        <source>{user} has a new passphrase. Their old one no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users/users_screen.py" line="214"/>
        <source>{user} is now: {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users/users_screen.py" line="222"/>
        <source>Disable the account {user}? They will no longer be able to sign in.

Backups and any copy of this laptop&apos;s disk made before now can still be opened with their passphrase. To close that door, rotate the data key next (&apos;intake-app admin rotate-key&apos;) and make a fresh backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users/users_screen.py" line="234"/>
        <source>{user} can no longer sign in. Rotate the data key next, then make a fresh backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users/users_screen.py" line="252"/>
        <source>Select an account to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/users/users_screen.py" line="254"/>
        <source>Selected: {user}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_PlanReader</name>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/safety_plan_tab.py" line="102"/>
        <source>Version {version}, saved by {user} on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/safety_plan_tab.py" line="112"/>
        <source>Nothing was written in this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/cases/view_tabs/safety_plan_tab.py" line="120"/>
        <source>{part} (changed in this version)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
