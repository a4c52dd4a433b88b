import type { Language, Localized } from "@shared/i18n/localized.js";
import { countPhrase, type PluralForms, plural } from "@shared/i18n/plural.js";
import { createContext, useContext } from "react";
import { DATA_MESSAGES } from "./i18n-data";

export type { Language, Localized };
export const LANGUAGES: readonly Language[] = ["lv", "en"];
const STORAGE_KEY = "console.language";

/** Every text of the console, in Latvian and English side by side. */
export const MESSAGES = {
  appName: { lv: "Mentoringa programma", en: "Mentoring programme" },
  consoleName: { lv: "Koordinatora konsole", en: "Coordinator console" },
  language: { lv: "Valoda", en: "Language" },
  switchTo: { lv: "English", en: "Latviski" },
  // The visible word first: a spoken command ("click English") finds the button.
  switchToLabel: { lv: "English: switch to English", en: "Latviski: pārslēgt uz latviešu valodu" },
  signOut: { lv: "Iziet", en: "Sign out" },
  navigation: { lv: "Navigācija", en: "Navigation" },
  breadcrumbs: { lv: "Navigācijas ceļš", en: "Breadcrumbs" },
  openNavigation: { lv: "Atvērt navigāciju", en: "Open navigation" },
  closeNavigation: { lv: "Aizvērt navigāciju", en: "Close navigation" },
  notifications: { lv: "Paziņojumi", en: "Notifications" },
  dismiss: { lv: "Aizvērt", en: "Dismiss" },
  loading: { lv: "Ielādē…", en: "Loading…" },
  refresh: { lv: "Atjaunot", en: "Refresh" },
  liveRefresh: { lv: "Atjaunojas ik pēc 4 sekundēm", en: "Refreshes every 4 seconds" },
  none: { lv: "Nav", en: "None" },
  back: { lv: "Atpakaļ", en: "Back" },
  cancel: { lv: "Atcelt", en: "Cancel" },
  error: { lv: "Kļūda", en: "Error" },
  notFound: { lv: "Lapa nav atrasta", en: "Page not found" },

  // Sign-in
  signInTitle: { lv: "Pieteikšanās", en: "Sign in" },
  signInIntro: {
    lv: "Lokāli ielīmējiet koordinatora atslēgu no faila .local/coordinator-token (npm start to arī izdrukā).",
    en: "Locally, paste the coordinator token from .local/coordinator-token (npm start also prints it).",
  },
  tokenLabel: { lv: "Koordinatora atslēga", en: "Coordinator token" },
  signInCognitoIntro: {
    lv: "Piesakieties ar savu koordinatora kontu. Konsoli var atvērt tikai grupas “coordinators” dalībnieki.",
    en: "Sign in with your coordinator account. Only members of the “coordinators” group can open the console.",
  },
  signInWithAccount: { lv: "Pieteikties ar kontu", en: "Sign in with your account" },
  tokenRequired: { lv: "Ievadiet atslēgu.", en: "Enter the token." },
  tokenRejected: {
    lv: "Šī atslēga netika pieņemta. Pārbaudiet to un mēģiniet vēlreiz.",
    en: "This token was not accepted. Check it and try again.",
  },
  sessionEnded: {
    lv: "Sesija beigusies vai atslēga nav derīga: piesakieties vēlreiz.",
    en: "The session ended or the token is not valid: sign in again.",
  },
  signIn: { lv: "Pieteikties", en: "Sign in" },

  // Navigation
  navOverview: { lv: "Pārskats", en: "Overview" },
  navRelationships: { lv: "Mentoringa attiecības", en: "Relationships" },
  navEscalations: { lv: "Eskalācijas", en: "Escalations" },
  navMatching: { lv: "Savietošana", en: "Matching" },
  navLocal: { lv: "Lokālais pasts un pulkstenis", en: "Local mail and clock" },
  localOnly: { lv: "Tikai lokāli", en: "Local only" },

  navParticipants: { lv: "Dalībnieki", en: "Participants" },
  participantsTitle: { lv: "Pieteikumi un dalībnieki", en: "Applications and participants" },
  searchParticipants: { lv: "Meklēt pēc vārda vai e-pasta", en: "Search by name or e-mail" },
  filterRole: { lv: "Filtrēt pēc lomas", en: "Filter by role" },
  filterStatus: { lv: "Filtrēt pēc atbilstības", en: "Filter by eligibility" },
  allRoles: { lv: "Visas lomas", en: "All roles" },
  allStatuses: { lv: "Jebkura atbilstība", en: "Any eligibility" },
  noParticipants: { lv: "Pieteikumu vēl nav.", en: "No applications yet." },
  appliedAt: { lv: "Pieteicies", en: "Applied" },
  eligibility: { lv: "Atbilstība", en: "Eligibility" },
  placement: { lv: "Vieta", en: "Placement" },
  waiting: { lv: "Gaida savietošanu", en: "Waiting for matching" },
  role_mentee: { lv: "Mentorējamais", en: "Mentee" },
  role_mentor: { lv: "Mentors", en: "Mentor" },
  eligibility_eligible: { lv: "Atbilst", en: "Eligible" },
  eligibility_ineligible: { lv: "Neatbilst", en: "Not eligible" },
  ineligible_institution_type_not_eligible: {
    lv: "Iestādes veids neatbilst",
    en: "Institution type not eligible",
  },
  ineligible_role_category_missing: { lv: "Nav norādīta lomas kategorija", en: "No role category" },
  ineligible_capacity_out_of_range: {
    lv: "Mentorējamo skaitam jābūt no 1 līdz 6",
    en: "Capacity must be 1 to 6",
  },
  ineligible_no_role_category_supported: {
    lv: "Neatbalsta nevienu lomas kategoriju",
    en: "Supports no role category",
  },
  ineligible_reverse_format_without_willingness: {
    lv: "Apgrieztais mentorings bez gatavības",
    en: "Reverse format without willingness",
  },

  // Values
  phase: { lv: "Posms", en: "Phase" },
  health: { lv: "Stāvoklis", en: "Health" },
  format: { lv: "Formāts", en: "Format" },
  state: { lv: "Darbplūsmas stāvoklis", en: "Workflow state" },
  mentor: { lv: "Mentors", en: "Mentor" },
  mentees: { lv: "Mentorējamie", en: "Mentees" },
  mentee: { lv: "Mentorējamais", en: "Mentee" },
  role: { lv: "Loma", en: "Role" },
  email: { lv: "E-pasts", en: "E-mail" },
  participants: { lv: "Dalībnieki", en: "Participants" },
  nextDue: { lv: "Nākamais termiņš", en: "Next due" },
  session: { lv: "Tikšanās", en: "Session" },
  sessions: { lv: "Tikšanās", en: "Sessions" },
  cycle: { lv: "Cikls", en: "Cycle" },
  createdAt: { lv: "Izveidota", en: "Created" },
  updatedAt: { lv: "Atjaunināta", en: "Updated" },
  all: { lv: "Visi", en: "All" },
  allPhases: { lv: "Visi posmi", en: "All phases" },
  allHealth: { lv: "Visi stāvokļi", en: "Any health" },
  allFormats: { lv: "Visi formāti", en: "All formats" },

  // Overview
  overviewTitle: { lv: "Programmas pārskats", en: "Programme overview" },
  byPhase: { lv: "Attiecības pa posmiem", en: "Relationships by phase" },
  byHealth: { lv: "Attiecības pēc stāvokļa", en: "Relationships by health" },
  openEscalations: { lv: "Atvērtās eskalācijas", en: "Open escalations" },
  noOpenEscalations: { lv: "Atvērtu eskalāciju nav.", en: "No open escalations." },
  age: { lv: "Vecums", en: "Age" },
  dueThisWeek: { lv: "Termiņš 7 dienās", en: "Due within 7 days" },
  formsOverdue: { lv: "Nokavētas veidlapas", en: "Forms overdue" },
  noFormsOverdue: { lv: "Nokavētu veidlapu nav.", en: "No forms overdue." },
  overdueWho: { lv: "Kurš", en: "Who" },
  overdueSince: { lv: "Nosūtīta", en: "Sent" },
  overdueExpires: { lv: "Saite derīga līdz", en: "Link valid until" },
  totalRelationships: { lv: "Attiecības kopā", en: "Relationships in total" },

  // Relationships
  relationshipsTitle: { lv: "Mentoringa attiecības", en: "Relationships" },
  relationship: { lv: "Attiecības", en: "Relationship" },
  searchRelationships: {
    lv: "Meklēt pēc vārda, ID vai stāvokļa",
    en: "Search by name, id or state",
  },
  filterPhase: { lv: "Filtrēt pēc posma", en: "Filter by phase" },
  filterHealth: { lv: "Filtrēt pēc stāvokļa", en: "Filter by health" },
  filterFormat: { lv: "Filtrēt pēc formāta", en: "Filter by format" },
  filterInstitutionType: {
    lv: "Filtrēt pēc mentorējamā iestādes veida",
    en: "Filter by the mentee's institution type",
  },
  filterRoleCategory: {
    lv: "Filtrēt pēc mentorējamā lomu kategorijas",
    en: "Filter by the mentee's role category",
  },
  allInstitutionTypes: { lv: "Visi iestāžu veidi", en: "All institution types" },
  allRoleCategories: { lv: "Visas lomu kategorijas", en: "All role categories" },
  noRelationships: { lv: "Attiecību vēl nav.", en: "No relationships yet." },
  noMatches: { lv: "Nekas neatbilst filtriem.", en: "Nothing matches the filters." },
  clearFilters: { lv: "Notīrīt filtrus", en: "Clear filters" },
  clearSearch: { lv: "Notīrīt meklēšanu", en: "Clear search" },
  nextPage: { lv: "Nākamā lapa", en: "Next page" },
  previousPage: { lv: "Iepriekšējā lapa", en: "Previous page" },
  pageLabel: { lv: "Lapa", en: "Page" },
  paginationLabel: { lv: "Lapas", en: "Pages" },
  sortedAscending: { lv: "kārtots augošā secībā", en: "sorted ascending" },
  sortedDescending: { lv: "kārtots dilstošā secībā", en: "sorted descending" },
  notSorted: { lv: "nav kārtots", en: "not sorted" },

  // Detail
  detailTitle: { lv: "Attiecību kartīte", en: "Relationship detail" },
  summary: { lv: "Kopsavilkums", en: "Summary" },
  goals: { lv: "Mērķi un progress", en: "Goals and progress" },
  noGoals: { lv: "Plāns vēl nav iesniegts.", en: "No plan submitted yet." },
  goal: { lv: "Mērķis", en: "Goal" },
  expectedResult: { lv: "Sagaidāmais rezultāts", en: "Expected result" },
  progress: { lv: "Progress", en: "Progress" },
  noProgress: { lv: "Vēl nav progresa atzīmju", en: "No checkpoint yet" },
  noSessions: { lv: "Tikšanās vēl nav ieplānotas.", en: "No sessions planned yet." },
  startsAt: { lv: "Sākums", en: "Starts" },
  held: { lv: "Notika", en: "Held" },
  held_yes: { lv: "Notika", en: "Held" },
  held_no: { lv: "Nenotika", en: "Not held" },
  planned: { lv: "Plānota", en: "Planned" },
  cancelled: { lv: "Atcelta", en: "Cancelled" },
  ratings: { lv: "Vērtējumi (1–10)", en: "Ratings (1–10)" },
  noRatings: { lv: "Vērtējumu vēl nav.", en: "No ratings yet." },
  participant: { lv: "Dalībnieks", en: "Participant" },
  valueRating: { lv: "Vērtība", en: "Value" },
  ideasRating: { lv: "Idejas", en: "Ideas" },
  safetyRating: { lv: "Drošības sajūta", en: "Felt safe" },
  sharedText: { lv: "Dalītas pārdomas", en: "Shared reflection" },
  notShared: { lv: "Nav dalītas", en: "Not shared" },
  ratingTrend: { lv: "Vērtējumu tendence", en: "Rating trend" },
  ratingTrendDescription: {
    lv: "Katra dalībnieka trīs vērtējumu vidējais pa tikšanās reizēm",
    en: "Each participant's average of the three ratings, session by session",
  },
  averageRating: { lv: "Vidējais vērtējums", en: "Average rating" },
  chartLegend: { lv: "Leģenda", en: "Legend" },
  chart: { lv: "diagramma", en: "chart" },
  xAxis: { lv: "x ass", en: "x axis" },
  yAxis: { lv: "y ass", en: "y axis" },
  timeline: { lv: "Notikumu vēsture", en: "Timeline" },
  noEvents: { lv: "Notikumu vēl nav.", en: "No events yet." },
  when: { lv: "Kad", en: "When" },
  event: { lv: "Notikums", en: "Event" },
  actor: { lv: "Kas", en: "Who" },
  details: { lv: "Sīkāk", en: "Details" },
  actions: { lv: "Darbības", en: "Actions" },
  closeReason: { lv: "Noslēgšanas iemesls", en: "Reason for closing" },
  pausedUntil: { lv: "Pauze līdz", en: "Paused until" },
  openEscalation: { lv: "Atvērtā eskalācija", en: "Open escalation" },
  candidates: { lv: "Rezerves mentori", en: "Next candidate mentors" },
  actorWorkflow: { lv: "Darbplūsma", en: "Workflow" },
  actorCoordinator: { lv: "Koordinators", en: "Coordinator" },

  // Escalations
  escalationsTitle: { lv: "Eskalāciju rinda", en: "Escalation queue" },
  escalation: { lv: "Eskalācija", en: "Escalation" },
  reason: { lv: "Iemesls", en: "Reason" },
  severity: { lv: "Nopietnība", en: "Severity" },
  severity_medium: { lv: "Vidēja", en: "Medium" },
  severity_high: { lv: "Augsta", en: "High" },
  status: { lv: "Statuss", en: "Status" },
  status_open: { lv: "Atvērta", en: "Open" },
  status_decided: { lv: "Izlemta", en: "Decided" },
  openedAt: { lv: "Atvērta", en: "Opened" },
  showDecided: { lv: "Rādīt arī izlemtās", en: "Show decided too" },
  noEscalations: { lv: "Eskalāciju nav.", en: "No escalations." },
  evidence: { lv: "Pierādījumi (kurš noteikums nostrādāja)", en: "Evidence (which rule fired)" },
  whereStopped: { lv: "Kur attiecības apstājās", en: "Where the relationship stopped" },
  decision: { lv: "Lēmums", en: "Decision" },
  decidedBy: { lv: "Izlēma", en: "Decided by" },
  decidedAt: { lv: "Izlemts", en: "Decided at" },
  note: { lv: "Piezīme", en: "Note" },
  noteHint: {
    lv: "Saglabājas vēsturē. Noslēdzot attiecības, iemesls ir obligāts.",
    en: "Kept in the timeline. Required when closing the relationship.",
  },
  pauseUntil: { lv: "Pauze līdz (datums)", en: "Pause until (date)" },
  pauseHint: { lv: "Formāts GGGG-MM-DD, datums nākotnē.", en: "Format YYYY-MM-DD, a future date." },
  pauseDateRequired: { lv: "Norādiet datumu nākotnē.", en: "Enter a future date." },
  closeReasonRequired: {
    lv: "Lai noslēgtu attiecības, norādiet iemeslu.",
    en: "Give a reason to close the relationship.",
  },
  decisionSaved: {
    lv: "Lēmums saglabāts, darbplūsma turpinās.",
    en: "Decision saved; the workflow goes on.",
  },
  alreadyDecided: {
    lv: "Šī eskalācija jau ir izlemta.",
    en: "This escalation is already decided.",
  },
  escalationNotFound: { lv: "Eskalācija nav atrasta.", en: "Escalation not found." },

  // Matching
  matchingTitle: { lv: "Savietošana", en: "Matching" },
  matchingIntro: {
    lv: "Savieto visu atbilstīgo dalībnieku kopu uzreiz; priekšlikumus apstiprina koordinators.",
    en: "Matches the whole eligible pool at once; a coordinator approves the proposals.",
  },
  runMatching: { lv: "Palaist savietošanu", en: "Run matching" },
  runAt: { lv: "Palaista", en: "Run at" },
  proposals: { lv: "Priekšlikumi", en: "Proposals" },
  noProposals: { lv: "Priekšlikumu nav.", en: "No proposals." },
  noRunYet: {
    lv: "Savietošana vēl nav palaista šajā sesijā.",
    en: "Matching has not been run in this session yet.",
  },
  score: { lv: "Atbilstība", en: "Score" },
  explanation: { lv: "Skaidrojums pa kritērijiem", en: "Explanation by criterion" },
  criterion: { lv: "Kritērijs", en: "Criterion" },
  points: { lv: "Punkti", en: "Points" },
  weight: { lv: "Svars", en: "Weight" },
  approve: { lv: "Apstiprināt", en: "Approve" },
  approveAll: { lv: "Apstiprināt visus", en: "Approve all" },
  approved: { lv: "Apstiprināts", en: "Approved" },
  proposed: { lv: "Piedāvāts", en: "Proposed" },
  approvedStarted: {
    lv: "Apstiprināts: attiecības sākas, dalībnieki saņem piekrišanas veidlapas.",
    en: "Approved: the relationship starts and the participants get the consent forms.",
  },
  swapMentor: { lv: "Mainīt mentoru", en: "Swap mentor" },
  swapTitle: { lv: "Cits mentors šim priekšlikumam", en: "Another mentor for this proposal" },
  newMentor: { lv: "Jaunais mentors", en: "New mentor" },
  chooseMentor: { lv: "Izvēlieties mentoru", en: "Choose a mentor" },
  swapReason: { lv: "Iemesls (obligāts)", en: "Reason (required)" },
  swapReasonRequired: {
    lv: "Norādiet iemeslu (vismaz 3 rakstzīmes).",
    en: "Give a reason (at least 3 characters).",
  },
  mentorRequired: { lv: "Izvēlieties mentoru.", en: "Choose a mentor." },
  swap: { lv: "Mainīt", en: "Swap" },
  swapped: { lv: "Mentors nomainīts.", en: "Mentor swapped." },
  alternatives: { lv: "Alternatīvas", en: "Alternatives" },
  unplaced: { lv: "Nesavietotie mentorējamie", en: "Unplaced mentees" },
  quality: { lv: "Rezultāta kvalitāte", en: "Quality of the run" },
  placed: { lv: "Savietoti", en: "Placed" },
  gap: { lv: "Atstarpe līdz augšējai robežai", en: "Gap to the upper bound" },
  top3: { lv: "Ar vienu no 3 labākajiem mentoriem", en: "With one of their 3 best mentors" },
  proposalDetails: { lv: "Priekšlikuma sīkāka informācija", en: "Proposal details" },
  criterion_need_expertise: { lv: "Vajadzība un ekspertīze", en: "Need and expertise" },
  criterion_need_keywords: { lv: "Vārdi aprakstā", en: "Words in the description" },
  criterion_role_support: { lv: "Lomas atbalsts", en: "Role support" },
  criterion_format_fit: { lv: "Formāti", en: "Formats" },
  criterion_language: { lv: "Valoda", en: "Language" },
  criterion_availability: { lv: "Kopīgs laiks", en: "Shared time" },
  criterion_public_private: { lv: "Publiskais–privātais", en: "Public–private" },

  // Local
  localTitle: { lv: "Lokālais pasts un pulkstenis", en: "Local mail and clock" },
  clock: { lv: "Lokālais pulkstenis", en: "Local clock" },
  clockNow: { lv: "Simulētais laiks", en: "Simulated time" },
  clockSpeed: { lv: "Ātrums", en: "Speed" },
  clockSpeedValue: { lv: "{n}× reālais laiks", en: "{n}× real time" },
  clockStopped: {
    lv: "Stāv (kustas tikai, kad to pavirza)",
    en: "Stopped (moves only when advanced)",
  },
  advanceHour: { lv: "+1 stunda", en: "+1 hour" },
  advanceDay: { lv: "+1 diena", en: "+1 day" },
  advanceWeek: { lv: "+1 nedēļa", en: "+1 week" },
  clockMoved: { lv: "Pulkstenis pavirzīts.", en: "Clock moved." },
  mailbox: { lv: "Nosūtītie e-pasti", en: "Sent e-mails" },
  searchMail: { lv: "Meklēt pēc adresāta vai temata", en: "Search by recipient or subject" },
  noMail: { lv: "E-pastu vēl nav.", en: "No e-mail yet." },
  to: { lv: "Kam", en: "To" },
  subject: { lv: "Temats", en: "Subject" },
  sentAt: { lv: "Nosūtīts", en: "Sent" },
  links: { lv: "Saites", en: "Links" },
  openLink: { lv: "Atvērt saiti", en: "Open link" },
  mailText: { lv: "E-pasta teksts", en: "E-mail text" },

  // Workflow graph (relationship detail)
  workflow: { lv: "Darbplūsma", en: "Workflow" },
  workflowDescription: {
    lv: "Stāvokļu mašīna no tās definīcijas; apmeklētais ceļš no izpildes vēstures.",
    en: "The state machine from its definition; the visited path from the execution history.",
  },
  graphLabel: {
    lv: "Darbplūsmas grafs. Pašreizējais stāvoklis: {current}. {visited}. Izpilde: {status}.",
    en: "Workflow graph. Current state: {current}. {visited}. Execution: {status}.",
  },
  graphRegion: { lv: "Darbplūsmas grafs", en: "Workflow graph" },
  graphCurrent: { lv: "pašreizējais", en: "current" },
  graphVisited: { lv: "apmeklēts", en: "visited" },
  graphNotVisited: { lv: "nav apmeklēts", en: "not visited" },
  graphCatch: { lv: "kļūda vai noildze", en: "error or timeout" },
  graphChoice: { lv: "izvēle vai nākamais solis", en: "choice or next step" },
  graphMapItems: { lv: "katram dalībniekam", en: "for each participant" },
  graphNotStarted: {
    lv: "Darbplūsma šīm attiecībām nav sākta.",
    en: "The workflow of this relationship has not started.",
  },
  graphStatus: { lv: "Izpilde", en: "Execution" },
  graphStatus_RUNNING: { lv: "darbojas", en: "running" },
  graphStatus_SUCCEEDED: { lv: "pabeigta", en: "succeeded" },
  graphStatus_FAILED: { lv: "neizdevās", en: "failed" },
  graphStatus_ABORTED: { lv: "pārtraukta", en: "aborted" },
  graphStatus_TIMED_OUT: { lv: "beidzās laiks", en: "timed out" },
  graphStatus_none: { lv: "nav sākta", en: "not started" },
  graphStage_0: { lv: "0 Atsākšana", en: "0 Resume" },
  graphStage_1: { lv: "1 Piekrišana", en: "1 Consent" },
  graphStage_2: { lv: "2 Plānošana", en: "2 Planning" },
  graphStage_3: { lv: "3 Mācīšanās cikli", en: "3 Learning" },
  graphStage_4: { lv: "4 Noslēgums", en: "4 Closure" },
  graphStage_E: { lv: "E Eskalācija", en: "E Escalation" },
  ...DATA_MESSAGES,
} satisfies Record<string, Localized>;

/**
 * Texts with a count in them, one form per plural category of the language (Intl.PluralRules):
 * Latvian "1 solis", "21 solis", "2 soļi", "10 soļu"; English "1 step", "2 steps". The count
 * that chooses the form fills `{count}`.
 */
export const PLURAL_MESSAGES = {
  // Chosen by the capacity: "1 of 1 mentee", "2 of 3 mentees"; "no" takes the genitive
  // singular after 1, 21... and the dative plural otherwise.
  menteesOfCapacity: plural(
    {
      zero: "{n} no {count} mentorējamiem",
      one: "{n} no {count} mentorējamā",
      other: "{n} no {count} mentorējamiem",
    },
    { one: "{n} of {count} mentee", other: "{n} of {count} mentees" },
  ),
  // "atbilst" is the same for one and many; English agrees.
  matches: plural(
    { zero: "{count} atbilst", one: "{count} atbilst", other: "{count} atbilst" },
    { one: "{count} match", other: "{count} matches" },
  ),
  placesLeft: plural(
    { zero: "{count} brīvu vietu", one: "{count} brīva vieta", other: "{count} brīvas vietas" },
    { one: "{count} place left", other: "{count} places left" },
  ),
  graphPath: plural(
    {
      zero: "Apmeklētais ceļš ({count} soļu)",
      one: "Apmeklētais ceļš ({count} solis)",
      other: "Apmeklētais ceļš ({count} soļi)",
    },
    { one: "Visited path ({count} step)", other: "Visited path ({count} steps)" },
  ),
  // The graph's label says "{visited} of {total}": the total chooses the noun's form, the
  // visited count the Latvian participle (graphVisited, around it).
  graphStatesOf: plural(
    {
      zero: "{visited} no {count} stāvokļiem",
      one: "{visited} no {count} stāvokļa",
      other: "{visited} no {count} stāvokļiem",
    },
    { one: "{visited} of {count} state", other: "{visited} of {count} states" },
  ),
  graphVisited: plural(
    { zero: "Apmeklēti {statesOf}", one: "Apmeklēts {statesOf}", other: "Apmeklēti {statesOf}" },
    { one: "{statesOf} visited", other: "{statesOf} visited" },
  ),
} satisfies Record<string, PluralForms>;
export type PluralKey = keyof typeof PLURAL_MESSAGES;

export type MessageKey = keyof typeof MESSAGES;
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;
export type TranslateCount = (
  key: PluralKey,
  count: number,
  values?: Record<string, string | number>,
) => string;

export function translate(language: Language): Translate {
  return (key, values) => {
    let text = MESSAGES[key][language];
    for (const [name, value] of Object.entries(values ?? {}))
      text = text.replaceAll(`{${name}}`, String(value));
    return text;
  };
}

/** A message for a value from the API (`severity_high`), or the value itself when unknown. */
export function translateValue(language: Language, prefix: string, value: string): string {
  const key = `${prefix}_${value}`;
  return key in MESSAGES ? MESSAGES[key as MessageKey][language] : value.replaceAll("_", " ");
}

export function storedLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === "lv" || stored === "en") return stored;
  } catch {
    // Storage may be disabled; Latvian is the default.
  }
  return "lv";
}

export function storeLanguage(language: Language) {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not kept, but the switch still works for this page.
  }
}

export interface I18n {
  language: Language;
  t: Translate;
  /** A counted text in the form for its count: `tn("graphPath", 21)` is "… (21 solis)". */
  tn: TranslateCount;
  /** A label of shared/ in the console's language: `l(PHASE_LABELS[phase])`. */
  l: (label: Localized) => string;
  /** A value of the API in words: `v("severity", "high")`. */
  v: (prefix: string, value: string) => string;
  setLanguage: (language: Language) => void;
  /** Date and time in the console's language, Riga time. */
  dateTime: (iso: string | null | undefined) => string;
  date: (iso: string | null | undefined) => string;
  /** "3 d 4 h" style age from an ISO time to `now`. */
  age: (iso: string, now?: number) => string;
}

const LOCALES: Record<Language, string> = { lv: "lv-LV", en: "en-GB" };

export function makeI18n(language: Language, setLanguage: (language: Language) => void): I18n {
  const t = translate(language);
  const dateTimeFormat = new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Europe/Riga",
  });
  const dateFormat = new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: "medium",
    timeZone: "Europe/Riga",
  });
  const units = language === "lv" ? { d: "d.", h: "st.", m: "min." } : { d: "d", h: "h", m: "min" };
  return {
    language,
    t,
    tn: (key, count, values) => countPhrase(language, count, PLURAL_MESSAGES[key], values),
    l: (label) => label[language],
    v: (prefix, value) => translateValue(language, prefix, value),
    setLanguage,
    dateTime: (iso) => (iso ? dateTimeFormat.format(new Date(iso)) : "–"),
    date: (iso) => (iso ? dateFormat.format(new Date(iso)) : "–"),
    age: (iso, now = Date.now()) => {
      const minutes = Math.max(0, Math.floor((now - Date.parse(iso)) / 60_000));
      const days = Math.floor(minutes / 1440);
      const hours = Math.floor((minutes % 1440) / 60);
      if (days > 0) return `${days} ${units.d} ${hours} ${units.h}`;
      if (hours > 0) return `${hours} ${units.h} ${minutes % 60} ${units.m}`;
      return `${minutes} ${units.m}`;
    },
  };
}

export const I18nContext = createContext<I18n>(makeI18n("lv", () => undefined));
export const useI18n = () => useContext(I18nContext);
