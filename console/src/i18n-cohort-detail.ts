/**
 * Texts of a cohort's detail page beyond its timetable: the tabs, the cohort workflow's
 * questions and their decisions, the seminar attendance, the surveys, the funder's report
 * and the workflow graph's stages, in Latvian and English; part of MESSAGES (i18n.ts).
 */
import type { Texts } from "./i18n";

export const COHORT_DETAIL_MESSAGES = {
  cohortTabOverview: ["Kopskats", "Overview"],
  cohortTabSeminar: ["Seminārs", "Seminar"],
  cohortTabSurveys: ["Aptaujas", "Surveys"],
  cohortTabReport: ["Pārskats finansētājam", "Funder's report"],
  cohortTabWorkflow: ["Darbplūsma", "Workflow"],
  cohortTabsLabel: ["Kārtas sadaļas", "Cohort sections"],

  cohortGraphStage_0: ["0 Atsākšana", "0 Resume"],
  cohortGraphStage_1: ["1 Pieteikšanās", "1 Intake"],
  cohortGraphStage_2: ["2 Seminārs", "2 Seminar"],
  cohortGraphStage_3: ["3 Savietošana", "3 Matching"],
  cohortGraphStage_4: ["4 Atklāšana", "4 Kick-off"],
  cohortGraphStage_5: ["5 Norise", "5 Running"],
  cohortGraphStage_6: ["6 Noslēgums", "6 Closing"],
  cohortGraphStage_7: ["7 Pārskats", "7 Report"],
  cohortGraphStage_C: ["C Atcelšana", "C Cancelled"],
  cohortGraphNotStarted: [
    "Šīs kārtas darbplūsma vēl nav sākta.",
    "The workflow of this cohort has not started yet.",
  ],
  cohortTimeline: ["Kārtas notikumi", "Cohort timeline"],

  cohortEscalations: ["Jautājumi koordinatoram", "Questions for the coordinator"],
  cohortEscalationsDescription: [
    "Kārtas darbplūsma gaida lēmumu. Ja lēmums netiek pieņemts 7 dienu laikā, kārta turpinās, kā ir.",
    "The cohort's workflow waits for a decision. If none is made within 7 days, the cohort goes on as it is.",
  ],
  noCohortEscalations: ["Jautājumu nav.", "No questions."],
  cohortEscalationReason: ["Iemesls", "Reason"],
  cohortEscalationFigures: ["Skaitļi", "Figures"],
  cohortEscalationOpened: ["Atvērts", "Opened"],
  cohortEscalationStatus: ["Statuss", "Status"],
  cohortEscalationStatus_open: ["Gaida lēmumu", "Waiting for a decision"],
  cohortEscalationStatus_decided: ["Izlemts", "Decided"],
  cohortEscalationStatus_timed_out: [
    "Bez lēmuma, kārta turpinājās",
    "No decision, the cohort went on",
  ],
  cohortEscalationDecision: ["Lēmums", "Decision"],
  cohortEscalationActions: ["Darbības", "Actions"],
  cohortDecision_extend: ["Pagarināt", "Extend"],
  cohortDecision_go_on: ["Turpināt", "Go on"],
  cohortDecision_cancel: ["Atcelt kārtu", "Cancel the cohort"],
  cohortDecisionUntil: ["līdz {when}", "until {when}"],
  cohortExtendField_intakeClosesAt: ["Jaunais pieteikšanās beigu laiks", "New intake close"],
  cohortExtendField_matchingBy: ["Jaunais savietošanas termiņš", "New matching deadline"],
  cohortExtendField_closingBy: [
    "Gaidīt attiecību noslēgšanu līdz",
    "Wait for the relationships to close until",
  ],
  cohortExtendBefore: ["Jābūt pirms {when}.", "Must be before {when}."],
  cohortDecideHeader_extend: ["Pagarināt termiņu", "Extend the deadline"],
  cohortDecideHeader_go_on: ["Turpināt kārtu, kā ir", "Go on as things are"],
  cohortDecideHeader_cancel: ["Atcelt kārtu", "Cancel the cohort"],
  cohortDecideText_extend: [
    "Kārtas darbplūsma gaidīs līdz jaunajam datumam un tad pārbaudīs vēlreiz.",
    "The cohort's workflow waits until the new date and then checks again.",
  ],
  cohortDecideText_go_on: [
    "Kārta turpinās ar tiem skaitļiem, kas ir tagad.",
    "The cohort goes on with the numbers it has now.",
  ],
  cohortDecideText_cancel: [
    "Kārta tiks atcelta. Pieteicēji saņems e-pastu un paliks gaidītāju sarakstā. To nevar atsaukt.",
    "The cohort is cancelled. The applicants get an e-mail and stay on the waiting list. This cannot be undone.",
  ],
  cohortDecideNote: ["Piezīme (nav obligāta)", "Note (optional)"],
  cohortDecided: ["Lēmums saglabāts: {decision}.", "Decision saved: {decision}."],
  cohortUntilRequired: ["Norādiet jauno datumu un laiku.", "Enter the new date and time."],

  cohortAttendance: ["Semināra apmeklējums", "Seminar attendance"],
  cohortAttendanceDescription: [
    "Atzīmējiet, kas piedalījās informatīvajā seminārā. Pēc atzīmēšanas tie, kas nepiedalījās, saņems semināra materiālus.",
    "Mark who attended the information seminar. After that, those who did not attend get the seminar materials.",
  ],
  cohortAttendanceNotStarted: [
    "Seminārs vēl nav sācies ({when}); apmeklējumu varēs atzīmēt pēc tā sākuma.",
    "The seminar has not begun yet ({when}); attendance can be marked once it has.",
  ],
  cohortAttendanceAnswer: ["Atbilde uz ielūgumu", "Answer to the invitation"],
  cohortAttendanceAnswer_yes: ["Piedalīsies", "Will attend"],
  cohortAttendanceAnswer_no: ["Nepiedalīsies", "Will not attend"],
  cohortAttendanceAnswer_none: ["Nav atbildējis", "No answer"],
  cohortAttended: ["Piedalījās", "Attended"],
  cohortAttendedOf: ["Piedalījās: {name}", "Attended: {name}"],
  cohortAttendedCount: ["Piedalījās: {n} no {of}", "Attended: {n} of {of}"],
  cohortAttendanceSave: ["Saglabāt apmeklējumu", "Save attendance"],
  cohortAttendanceSaved: ["Apmeklējums saglabāts.", "Attendance saved."],
  noCohortAttendance: [
    "Šajā kārtā vēl nav atbilstošu pieteicēju.",
    "This cohort has no eligible applicants yet.",
  ],

  cohortSurveys: ["Programmas aptaujas", "Programme surveys"],
  cohortSurveysDescription: [
    "Vidējie rādītāji tiek rādīti tikai tad, ja atbildējuši vismaz 3 cilvēki. Komentāri šeit netiek rādīti.",
    "Means show only where at least 3 people answered. Comments are not shown here.",
  ],
  cohortSurvey_survey_halfway: ["Starpposma aptauja", "Halfway survey"],
  cohortSurvey_survey_end: ["Noslēguma aptauja", "End-of-programme survey"],
  cohortSurveyAnswers: ["Atbildes", "Answers"],
  cohortSurveySatisfaction: ["Apmierinātība, vidēji (1–10)", "Satisfaction, mean (1–10)"],
  cohortSurveyRecommend: ["Ieteiktu citiem, vidēji (0–10)", "Would recommend, mean (0–10)"],
  cohortSurveyComments: ["Komentāri", "Comments"],
  cohortSurveyHidden: ["slēpts (mazāk nekā 3 atbildes)", "hidden (fewer than 3 answers)"],
  cohortCommunity: ["Kopienas jautājumi", "Community questions"],
  cohortFormKind_seminar_attendance: ["Dalība seminārā", "Seminar attendance"],
  cohortFormKind_mentor_again: ["Mentorētu vēlreiz", "Would mentor again"],
  cohortFormKind_mentee_future: ["Kļūtu par mentoru vēlāk", "Would become a mentor later"],
  cohortFormKind_count_me_in: ["Piedalīsies nākamajā kārtā", "Counted in for the next round"],
  cohortChoice_yes: ["jā", "yes"],
  cohortChoice_no: ["nē", "no"],
  cohortChoice_mentor: ["mentors", "mentor"],
  cohortChoice_peer_mentor: ["kolēģu mentors", "peer mentor"],
  cohortChoice_both: ["abi", "both"],
  cohortChoice_places: ["vietas: {n}", "places: {n}"],

  cohortIssue_not_before_next_stage: [
    "Jaunajam datumam jābūt pirms nākamā posma sākuma.",
    "The new date must be before the next stage begins.",
  ],
  apiError_already_decided: [
    "Par šo jautājumu jau ir pieņemts lēmums.",
    "This question has already been decided.",
  ],
  apiError_seminar_not_started: [
    "Seminārs vēl nav sācies; apmeklējumu varēs atzīmēt pēc tā sākuma.",
    "The seminar has not begun yet; attendance can be marked once it has.",
  ],
  apiError_cohort_ended: ["Kārta ir atcelta.", "The cohort is cancelled."],
  apiError_cohort_changed: [
    "Kārta tikmēr tika mainīta. Mēģiniet vēlreiz.",
    "The cohort was changed meanwhile. Please try again.",
  ],

  cohortReportTitle: ["Kārtas pārskats finansētājam", "Cohort report for the funder"],
  cohortReportGenerated: ["Aprēķināts {when}", "Computed {when}"],
  cohortReportPdf: ["Lejupielādēt PDF ({language})", "Download PDF ({language})"],
  cohortReportLanguage_lv: ["latviski", "Latvian"],
  cohortReportLanguage_en: ["angliski", "English"],
  cohortReportCsvOf: ["Lejupielādēt CSV: {table}", "Download CSV: {table}"],
} satisfies Record<string, Texts>;
