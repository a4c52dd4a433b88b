/**
 * Texts of the programme's cohorts (rounds): the list, the new cohort's form, the detail
 * page with its timetable and counts, the cohort filter of the lists, and the API's
 * refusals, in Latvian and English; part of MESSAGES and PLURAL_MESSAGES (i18n.ts).
 */
import { type PluralForms, plural } from "@shared/i18n/plural.js";
import type { Texts } from "./i18n";

export const COHORT_MESSAGES = {
  navCohorts: ["Kārtas", "Cohorts"],
  cohortsTitle: ["Programmas kārtas", "Programme cohorts"],
  cohortsDescription: [
    "Katrai kārtai ir sava pieteikšanās, informatīvais seminārs, savietošana, pirmā tikšanās un plānotās beigas. Vienlaikus var būt atvērta tikai vienas kārtas pieteikšanās.",
    "Each cohort has its own intake, information seminar, matching, kick-off and planned end. Only one cohort's intake can be open at a time.",
  ],
  newCohort: ["Jauna kārta", "New cohort"],
  newCohortDescription: [
    "Visi laiki ir Rīgas laikā. Datumiem jābūt secībā: pieteikšanās sākums, beigas, savietošana, pirmā tikšanās, beigas; seminārs pēc pieteikšanās sākuma un pirms pirmās tikšanās.",
    "All times are Riga time. The dates must be in order: intake opens, closes, matching, kick-off, end; the seminar after the intake opens and before the kick-off.",
  ],
  noCohorts: ["Kārtu vēl nav. Izveidojiet pirmo.", "No cohorts yet. Create the first one."],
  searchCohorts: ["Meklēt pēc nosaukuma", "Search by name"],
  cohort: ["Kārta", "Cohort"],
  cohortName: ["Nosaukums", "Name"],
  cohortStage: ["Posms", "Stage"],
  cohortCurrentBadge: ["Pašreizējā kārta", "Current cohort"],
  cohortIntake: ["Pieteikšanās", "Intake"],
  cohortSeminar: ["Informatīvais seminārs", "Information seminar"],
  cohortRunning: ["Pirmā tikšanās – beigas", "Kick-off – end"],
  cohortApplicants: ["Pieteikušies", "Applied"],
  cohortEligible: ["Atbilst", "Eligible"],
  cohortPlaced: ["Savietoti", "Placed"],
  cohortRelationships: ["Sadarbības", "Relationships"],
  cohortTargets: ["Mērķi", "Targets"],
  cohortFormats: ["Piedāvātie formāti", "Formats offered"],
  cohortCreatedAt: ["Izveidota", "Created"],
  cohortRange: ["{from} – {to}", "{from} – {to}"],
  cohortSeminarWhen: ["{when}, {length}", "{when}, {length}"],
  cohortStage_planned: ["Plānota", "Planned"],
  cohortStage_intake: ["Pieteikšanās atvērta", "Intake open"],
  cohortStage_seminar: ["Informatīvais seminārs", "Information seminar"],
  cohortStage_matching: ["Savietošana", "Matching"],
  cohortStage_kickoff: ["Pirmās tikšanās", "Kick-off"],
  cohortStage_running: ["Norisinās", "Running"],
  cohortStage_closing: ["Noslēgums", "Closing"],
  cohortStage_report: ["Pārskats un kopiena", "Report and alumni"],
  cohortStage_closed: ["Noslēgta", "Closed"],
  cohortStage_cancelled: ["Atcelta", "Cancelled"],

  // The new cohort's form
  cohortNameLv: ["Nosaukums latviski", "Name in Latvian"],
  cohortNameEn: ["Nosaukums angliski", "Name in English"],
  cohortNameHint: [
    "Piemēram, „2027. gada pavasara kārta” un „Spring 2027”.",
    "For example, “2027. gada pavasara kārta” and “Spring 2027”.",
  ],
  cohortField_intakeOpensAt: ["Pieteikšanās sākas", "Intake opens"],
  cohortField_intakeClosesAt: ["Pieteikšanās beidzas", "Intake closes"],
  "cohortField_seminar.at": ["Informatīvā semināra sākums", "Information seminar starts"],
  cohortField_matchingBy: ["Savietošana jāpabeidz līdz", "Matching done by"],
  cohortField_kickoffAt: ["Pirmā tikšanās", "Kick-off (first meeting)"],
  cohortField_endsAt: ["Plānotās beigas", "Planned end"],
  cohortDateWord: ["datums", "date"],
  cohortTimeWord: ["laiks", "time"],
  cohortDateTimeHint: [
    "Datums GGGG/MM/DD un laiks hh:mm, Rīgas laikā.",
    "Date YYYY/MM/DD and time hh:mm, Riga time.",
  ],
  cohortSeminarMinutes: ["Semināra ilgums minūtēs", "Seminar length in minutes"],
  cohortSeminarPlace: ["Semināra vieta vai tiešsaistes saite", "Seminar place or online link"],
  cohortSeminarPlaceHint: [
    "Telpa un adrese vai tiešsaistes sapulces saite.",
    "A room and address, or an online meeting's link.",
  ],
  cohortChooseFormats: ["Izvēlieties formātus", "Choose formats"],
  cohortRemoveFormat: ["Noņemt formātu", "Remove format"],
  cohortTargetMentees: ["Mērķis: mentorējamo skaits", "Target: number of mentees"],
  cohortTargetMentors: ["Mērķis: mentoru skaits", "Target: number of mentors"],
  cohortCreate: ["Izveidot kārtu", "Create cohort"],
  cohortCreated: ["Kārta „{name}” izveidota.", "Cohort “{name}” created."],
  cohortCheckFields: ["Pārbaudiet atzīmētos laukus.", "Check the marked fields."],

  // The detail page
  cohortTimetable: ["Laika grafiks", "Timetable"],
  cohortTimetableDescription: ["Visi laiki ir Rīgas laikā.", "All times are Riga time."],
  cohortEditDates: ["Mainīt datumus", "Edit dates"],
  cohortEditDatesDescription: [
    "Datumu var pārcelt, kamēr tā posms nav sācies; darbplūsma seko jaunajiem datumiem.",
    "A date can move while its stage has not started; the workflow follows the new dates.",
  ],
  cohortSaveDates: ["Saglabāt datumus", "Save dates"],
  cohortDatesSaved: ["Datumi saglabāti.", "Dates saved."],
  cohortNothingChanged: ["Neviens datums nav mainīts.", "No date was changed."],
  cohortDatePassed: ["Šis laiks jau pagājis.", "This time has passed."],
  cohortCounts: ["Skaitļi pret mērķiem", "Counts against the targets"],
  cohortShowParticipants: ["Kārtas dalībnieki", "The cohort's participants"],
  cohortShowRelationships: ["Kārtas sadarbības", "The cohort's relationships"],
  cohortNotFound: ["Kārta nav atrasta.", "Cohort not found."],

  // The lists' cohort filter
  filterCohort: ["Filtrēt pēc kārtas", "Filter by cohort"],
  matchingPool: [
    "Kuru pieteikumus savietot: visas kārtas vai vienu",
    "Whose applications to match: every cohort or one",
  ],
  allCohorts: ["Visas kārtas", "All cohorts"],
  cohortOptionCurrent: ["{name} (pašreizējā)", "{name} (current)"],

  // The form's problems, on their fields (the client's checks and the server's 400)
  cohortIssue_required: ["Aizpildiet šo lauku.", "Fill in this field."],
  cohortIssue_invalid_date: ["Ievadiet derīgu datumu un laiku.", "Enter a valid date and time."],
  cohortIssue_name_length: [
    "Nosaukumam jābūt no 2 līdz 120 rakstzīmēm garam.",
    "The name must be 2 to 120 characters long.",
  ],
  cohortIssue_minutes_range: [
    "Ievadiet veselu minūšu skaitu no 15 līdz 480.",
    "Enter a whole number of minutes from 15 to 480.",
  ],
  cohortIssue_place_length: [
    "Norādiet vietu vai saiti (no 2 līdz 300 rakstzīmēm).",
    "Give the place or link (2 to 300 characters).",
  ],
  cohortIssue_formats_required: [
    "Izvēlieties vismaz vienu formātu.",
    "Choose at least one format.",
  ],
  cohortIssue_target_range: [
    "Ievadiet veselu skaitli no 0 līdz 1000.",
    "Enter a whole number from 0 to 1000.",
  ],
  cohortIssue_not_after_intakeOpensAt: [
    "Jābūt vēlāk par pieteikšanās sākumu.",
    "Must be later than the intake's opening.",
  ],
  cohortIssue_not_after_intakeClosesAt: [
    "Jābūt vēlāk par pieteikšanās beigām.",
    "Must be later than the intake's close.",
  ],
  cohortIssue_not_after_matchingBy: [
    "Jābūt vēlāk par savietošanas termiņu.",
    "Must be later than the matching deadline.",
  ],
  cohortIssue_not_after_kickoffAt: [
    "Jābūt vēlāk par pirmo tikšanos.",
    "Must be later than the kick-off.",
  ],
  cohortIssue_not_before_kickoffAt: [
    "Semināram jānotiek pirms pirmās tikšanās.",
    "The seminar must be before the kick-off.",
  ],
  cohortIssue_in_past: [
    "Šis laiks jau pagājis: izvēlieties laiku nākotnē.",
    "This time has passed: choose a time in the future.",
  ],
  cohortIssue_invalid: ["Pārbaudiet šo vērtību.", "Check this value."],

  // The API's refusals (errorText)
  apiError_intake_overlaps: [
    "Šīs kārtas pieteikšanās laiks pārklājas ar citas kārtas pieteikšanos. Vienlaikus var būt atvērta tikai vienas kārtas pieteikšanās: izvēlieties citus datumus.",
    "This cohort's intake overlaps another cohort's intake. Only one intake can be open at a time: choose other dates.",
  ],
  apiError_stage_started: [
    "Šo datumu vairs nevar mainīt: tā posms jau ir sācies vai jaunais laiks ir pagātnē. Posmiem, kas vēl nav sākušies, datumus var mainīt.",
    "This date can no longer move: its stage has already started, or the new time is in the past. The dates of stages that have not started can still move.",
  ],
} satisfies Record<string, Texts>;

/**
 * Counted texts of the cohorts. The target chooses the noun's form (like `menteesCount`):
 * "12 / 20 mentorējamo", "12 / 21 mentorējamais", "12 / 22 mentorējamie".
 */
export const COHORT_PLURAL_MESSAGES = {
  menteesOfTarget: plural(
    {
      zero: "{n} / {count} mentorējamo",
      one: "{n} / {count} mentorējamais",
      other: "{n} / {count} mentorējamie",
    },
    { one: "{n} / {count} mentee", other: "{n} / {count} mentees" },
  ),
  mentorsOfTarget: plural(
    { zero: "{n} / {count} mentoru", one: "{n} / {count} mentors", other: "{n} / {count} mentori" },
    { one: "{n} / {count} mentor", other: "{n} / {count} mentors" },
  ),
  relationshipsCount: plural(
    { zero: "{count} sadarbību", one: "{count} sadarbība", other: "{count} sadarbības" },
    { one: "{count} relationship", other: "{count} relationships" },
  ),
  minutesCount: plural(
    { zero: "{count} minūšu", one: "{count} minūte", other: "{count} minūtes" },
    { one: "{count} minute", other: "{count} minutes" },
  ),
} satisfies Record<string, PluralForms>;
