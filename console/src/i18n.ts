import type { Language, Localized } from "@shared/i18n/localized.js";
import { countPhrase, type PluralForms, plural } from "@shared/i18n/plural.js";
import { createContext, useContext } from "react";
import { COHORT_DETAIL_MESSAGES } from "./i18n-cohort-detail";
import { COHORT_MESSAGES, COHORT_PLURAL_MESSAGES } from "./i18n-cohorts";
import { COMMUNITY_MESSAGES } from "./i18n-community";
import { DATA_MESSAGES } from "./i18n-data";
import { RELATIONSHIP_MESSAGES } from "./i18n-relationship";

export type { Language, Localized };
export const LANGUAGES: readonly Language[] = ["lv", "en"];
const STORAGE_KEY = "console.language";

/** A text in Latvian and in English, in that order: the message tables' entries. */
export type Texts = readonly [lv: string, en: string];

/** A table of `[Latvian, English]` entries as the `{ lv, en }` texts the console looks up. */
function localizedTable<K extends string>(table: Record<K, Texts>): Record<K, Localized> {
  const entries = Object.entries<Texts>(table).map(([key, [lv, en]]) => [key, { lv, en }]);
  return Object.fromEntries(entries) as Record<K, Localized>;
}

/** Every text of the console, in Latvian and English side by side. */
export const MESSAGES = localizedTable({
  appName: ["Mentoringa programma", "Mentoring programme"],
  consoleName: ["Koordinatora konsole", "Coordinator console"],
  language: ["Valoda", "Language"],
  switchTo: ["English", "Latviski"],
  // The visible word first: a spoken command ("click English") finds the button.
  switchToLabel: ["English: switch to English", "Latviski: pārslēgt uz latviešu valodu"],
  signOut: ["Iziet", "Sign out"],
  navigation: ["Navigācija", "Navigation"],
  breadcrumbs: ["Navigācijas ceļš", "Breadcrumbs"],
  openNavigation: ["Atvērt navigāciju", "Open navigation"],
  closeNavigation: ["Aizvērt navigāciju", "Close navigation"],
  notifications: ["Paziņojumi", "Notifications"],
  dismiss: ["Aizvērt", "Dismiss"],
  loading: ["Ielādē…", "Loading…"],
  refresh: ["Atjaunot", "Refresh"],
  liveRefresh: ["Atjaunojas ik pēc 4 sekundēm", "Refreshes every 4 seconds"],
  none: ["Nav", "None"],
  back: ["Atpakaļ", "Back"],
  cancel: ["Atcelt", "Cancel"],
  error: ["Kļūda", "Error"],
  notFound: ["Lapa nav atrasta", "Page not found"],

  // Sign-in
  signInTitle: ["Pieteikšanās", "Sign in"],
  signInIntro: [
    "Lokāli ielīmējiet koordinatora atslēgu no faila .local/coordinator-token (npm start to arī izdrukā).",
    "Locally, paste the coordinator token from .local/coordinator-token (npm start also prints it).",
  ],
  tokenLabel: ["Koordinatora atslēga", "Coordinator token"],
  signInCognitoIntro: [
    "Piesakieties ar savu koordinatora kontu. Konsoli var atvērt tikai grupas „coordinators” dalībnieki.",
    "Sign in with your coordinator account. Only members of the “coordinators” group can open the console.",
  ],
  signInWithAccount: ["Pieteikties ar kontu", "Sign in with your account"],
  tokenRequired: ["Ievadiet atslēgu.", "Enter the token."],
  tokenRejected: [
    "Šī atslēga netika pieņemta. Pārbaudiet to un mēģiniet vēlreiz.",
    "This token was not accepted. Check it and try again.",
  ],
  sessionEnded: [
    "Sesija beigusies vai atslēga nav derīga: piesakieties vēlreiz.",
    "The session ended or the token is not valid: sign in again.",
  ],
  signIn: ["Pieteikties", "Sign in"],

  // Navigation
  navOverview: ["Pārskats", "Overview"],
  navRelationships: ["Mentoringa attiecības", "Relationships"],
  navEscalations: ["Eskalācijas", "Escalations"],
  navMatching: ["Savietošana", "Matching"],
  navLocal: ["Lokālais pasts un pulkstenis", "Local mail and clock"],
  localOnly: ["Tikai lokāli", "Local only"],

  navParticipants: ["Dalībnieki", "Participants"],
  participantsTitle: ["Pieteikumi un dalībnieki", "Applications and participants"],
  searchParticipants: ["Meklēt pēc vārda vai e-pasta", "Search by name or e-mail"],
  filterRole: ["Filtrēt pēc lomas", "Filter by role"],
  filterStatus: ["Filtrēt pēc atbilstības", "Filter by eligibility"],
  allRoles: ["Visas lomas", "All roles"],
  allStatuses: ["Jebkura atbilstība", "Any eligibility"],
  noParticipants: ["Pieteikumu vēl nav.", "No applications yet."],
  appliedAt: ["Pieteicies", "Applied"],
  eligibility: ["Atbilstība", "Eligibility"],
  placement: ["Vieta", "Placement"],
  waiting: ["Gaida savietošanu", "Waiting for matching"],
  role_mentee: ["Mentorējamais", "Mentee"],
  role_mentor: ["Mentors", "Mentor"],
  confirmation: ["Apstiprinājums", "Confirmation"],
  filterConfirmation: ["Filtrēt pēc apstiprinājuma", "Filter by confirmation"],
  anyConfirmation: ["Jebkurš apstiprinājums", "Any confirmation"],
  confirmation_confirmed: ["Apstiprināts", "Confirmed"],
  confirmation_unconfirmed: ["Nav apstiprināts", "Not confirmed"],
  confirmBy: ["saite derīga līdz {date}", "link valid until {date}"],
  confirmExpired: [
    "saite beigusies, pieteikums tiks dzēsts",
    "link expired, the application will be deleted",
  ],
  waitingConfirmation: ["Gaida apstiprinājumu", "Waiting for confirmation"],
  eligibility_eligible: ["Atbilst", "Eligible"],
  eligibility_ineligible: ["Neatbilst", "Not eligible"],
  ineligible_institution_type_not_eligible: [
    "Iestādes veids neatbilst",
    "Institution type not eligible",
  ],
  ineligible_role_category_missing: ["Nav norādīta lomas kategorija", "No role category"],
  ineligible_capacity_out_of_range: [
    "Mentorējamo skaitam jābūt no 1 līdz 6",
    "Capacity must be 1 to 6",
  ],
  ineligible_no_role_category_supported: [
    "Neatbalsta nevienu lomas kategoriju",
    "Supports no role category",
  ],
  ineligible_reverse_format_without_willingness: [
    "Apgrieztais mentorings bez gatavības",
    "Reverse format without willingness",
  ],

  // Values
  phase: ["Posms", "Phase"],
  health: ["Stāvoklis", "Health"],
  format: ["Formāts", "Format"],
  state: ["Darbplūsmas stāvoklis", "Workflow state"],
  mentor: ["Mentors", "Mentor"],
  mentees: ["Mentorējamie", "Mentees"],
  mentee: ["Mentorējamais", "Mentee"],
  role: ["Loma", "Role"],
  email: ["E-pasts", "E-mail"],
  participants: ["Dalībnieki", "Participants"],
  nextDue: ["Nākamais termiņš", "Next due"],
  session: ["Tikšanās", "Session"],
  sessions: ["Tikšanās", "Sessions"],
  cycle: ["Cikls", "Cycle"],
  createdAt: ["Izveidota", "Created"],
  updatedAt: ["Atjaunināta", "Updated"],
  all: ["Visi", "All"],
  allPhases: ["Visi posmi", "All phases"],
  allHealth: ["Visi stāvokļi", "Any health"],
  allFormats: ["Visi formāti", "All formats"],

  // Overview
  overviewTitle: ["Programmas pārskats", "Programme overview"],
  byPhase: ["Attiecības pa posmiem", "Relationships by phase"],
  byHealth: ["Attiecības pēc stāvokļa", "Relationships by health"],
  openEscalations: ["Atvērtās eskalācijas", "Open escalations"],
  noOpenEscalations: ["Atvērtu eskalāciju nav.", "No open escalations."],
  age: ["Vecums", "Age"],
  dueThisWeek: ["Termiņš 7 dienās", "Due within 7 days"],
  formsOverdue: ["Nokavētas veidlapas", "Forms overdue"],
  noFormsOverdue: ["Nokavētu veidlapu nav.", "No forms overdue."],
  overdueWho: ["Kurš", "Who"],
  overdueSince: ["Nosūtīta", "Sent"],
  overdueExpires: ["Saite derīga līdz", "Link valid until"],
  totalRelationships: ["Attiecības kopā", "Relationships in total"],
  nextSteps: ["Ko darīt tālāk", "What to do next"],
  nextShareForm: [
    "Pieteikumu vēl nav. Nosūtiet pieteikuma veidlapu mentorējamajiem un mentoriem:",
    "No applications yet. Send the application form to mentees and mentors:",
  ],
  nextFormMentee: ["veidlapa mentorējamajiem", "form for mentees"],
  nextFormMentor: ["veidlapa mentoriem", "form for mentors"],
  nextNoMentorRoom: [
    "Nevienam mentoram nav brīvu vietu: aiciniet pieteikties vēl mentorus.",
    "No mentor has a free place: invite more mentors to apply.",
  ],
  nextNothing: [
    "Nekas negaida jūsu rīcību: darbplūsmas turpinās pašas un ziņos, ja būs vajadzīgs lēmums.",
    "Nothing waits for you: the workflows go on by themselves and ask when a decision is needed.",
  ],
  closedRelationships: ["Noslēgtas", "Closed"],
  dueSoonTitle: ["Termiņš 7 dienās", "Due within 7 days"],
  noDueSoon: ["Tuvāko 7 dienu laikā termiņu nav.", "Nothing is due within 7 days."],

  // Relationships
  relationshipsTitle: ["Mentoringa attiecības", "Relationships"],
  relationship: ["Attiecības", "Relationship"],
  searchRelationships: ["Meklēt pēc vārda, ID vai stāvokļa", "Search by name, id or state"],
  filterPhase: ["Filtrēt pēc posma", "Filter by phase"],
  filterHealth: ["Filtrēt pēc stāvokļa", "Filter by health"],
  filterFormat: ["Filtrēt pēc formāta", "Filter by format"],
  filterInstitutionType: [
    "Filtrēt pēc mentorējamā iestādes veida",
    "Filter by the mentee's institution type",
  ],
  filterRoleCategory: [
    "Filtrēt pēc mentorējamā lomu kategorijas",
    "Filter by the mentee's role category",
  ],
  allInstitutionTypes: ["Visi iestāžu veidi", "All institution types"],
  allRoleCategories: ["Visas lomu kategorijas", "All role categories"],
  noRelationships: ["Attiecību vēl nav.", "No relationships yet."],
  noMatches: ["Nekas neatbilst filtriem.", "Nothing matches the filters."],
  clearFilters: ["Notīrīt filtrus", "Clear filters"],
  clearSearch: ["Notīrīt meklēšanu", "Clear search"],
  nextPage: ["Nākamā lapa", "Next page"],
  previousPage: ["Iepriekšējā lapa", "Previous page"],
  pageLabel: ["Lapa", "Page"],
  paginationLabel: ["Lapas", "Pages"],
  sortedAscending: ["kārtots augošā secībā", "sorted ascending"],
  sortedDescending: ["kārtots dilstošā secībā", "sorted descending"],
  notSorted: ["nav kārtots", "not sorted"],

  // Detail
  detailTitle: ["Attiecību kartīte", "Relationship detail"],
  summary: ["Kopsavilkums", "Summary"],
  goals: ["Mērķi un progress", "Goals and progress"],
  noGoals: ["Plāns vēl nav iesniegts.", "No plan submitted yet."],
  goal: ["Mērķis", "Goal"],
  expectedResult: ["Sagaidāmais rezultāts", "Expected result"],
  progress: ["Progress", "Progress"],
  noProgress: ["Vēl nav progresa atzīmju", "No checkpoint yet"],
  noSessions: ["Tikšanās vēl nav ieplānotas.", "No sessions planned yet."],
  startsAt: ["Sākums", "Starts"],
  held: ["Notika", "Held"],
  held_yes: ["Notika", "Held"],
  held_no: ["Nenotika", "Not held"],
  notHeld: ["Kāpēc nenotika; jauns datums", "Why not held; new date"],
  notHeldReason_partner_cancelled: ["Partneris atcēla", "The partner cancelled"],
  notHeldReason_i_cancelled: ["Pats atcēla", "Cancelled it themselves"],
  notHeldReason_agreed_to_move: ["Vienojās pārcelt", "Agreed to move it"],
  notHeldReason_other: ["Cits iemesls", "Another reason"],
  planned: ["Plānota", "Planned"],
  cancelled: ["Atcelta", "Cancelled"],
  ratings: ["Vērtējumi (1–10)", "Ratings (1–10)"],
  noRatings: ["Vērtējumu vēl nav.", "No ratings yet."],
  participant: ["Dalībnieks", "Participant"],
  valueRating: ["Vērtība", "Value"],
  ideasRating: ["Idejas", "Ideas"],
  safetyRating: ["Drošības sajūta", "Felt safe"],
  sharedText: ["Dalītas pārdomas", "Shared reflection"],
  notShared: ["Nav dalītas", "Not shared"],
  ratingTrend: ["Vērtējumu tendence", "Rating trend"],
  ratingTrendDescription: [
    "Katra dalībnieka trīs vērtējumu vidējais pa tikšanās reizēm",
    "Each participant's average of the three ratings, session by session",
  ],
  averageRating: ["Vidējais vērtējums", "Average rating"],
  chartLegend: ["Leģenda", "Legend"],
  chart: ["diagramma", "chart"],
  xAxis: ["x ass", "x axis"],
  yAxis: ["y ass", "y axis"],
  timeline: ["Notikumu vēsture", "Timeline"],
  noEvents: ["Notikumu vēl nav.", "No events yet."],
  when: ["Kad", "When"],
  event: ["Notikums", "Event"],
  actor: ["Kas", "Who"],
  details: ["Sīkāk", "Details"],
  actions: ["Darbības", "Actions"],
  closeReason: ["Noslēgšanas iemesls", "Reason for closing"],
  pausedUntil: ["Pauze līdz", "Paused until"],
  openEscalation: ["Atvērtā eskalācija", "Open escalation"],
  candidates: ["Rezerves mentori", "Next candidate mentors"],
  actorWorkflow: ["Darbplūsma", "Workflow"],
  actorCoordinator: ["Koordinators", "Coordinator"],

  // Escalations
  escalationsTitle: ["Eskalāciju rinda", "Escalation queue"],
  escalation: ["Eskalācija", "Escalation"],
  reason: ["Iemesls", "Reason"],
  severity: ["Nopietnība", "Severity"],
  severity_medium: ["Vidēja", "Medium"],
  severity_high: ["Augsta", "High"],
  status: ["Statuss", "Status"],
  status_open: ["Atvērta", "Open"],
  status_decided: ["Izlemta", "Decided"],
  openedAt: ["Atvērta", "Opened"],
  showDecided: ["Rādīt arī izlemtās", "Show decided too"],
  noEscalations: ["Eskalāciju nav.", "No escalations."],
  evidence: ["Pierādījumi (kurš noteikums nostrādāja)", "Evidence (which rule fired)"],
  whereStopped: ["Kur attiecības apstājās", "Where the relationship stopped"],
  decision: ["Lēmums", "Decision"],
  decidedBy: ["Izlēma", "Decided by"],
  decidedAt: ["Izlemts", "Decided at"],
  note: ["Piezīme", "Note"],
  noteHint: [
    "Saglabājas vēsturē. Noslēdzot attiecības, iemesls ir obligāts.",
    "Kept in the timeline. Required when closing the relationship.",
  ],
  pauseUntil: ["Pauze līdz (datums)", "Pause until (date)"],
  pauseHint: ["Formāts GGGG-MM-DD, datums nākotnē.", "Format YYYY-MM-DD, a future date."],
  pauseDateRequired: ["Norādiet datumu nākotnē.", "Enter a future date."],
  closeReasonRequired: [
    "Lai noslēgtu attiecības, norādiet iemeslu.",
    "Give a reason to close the relationship.",
  ],
  decisionSaved: [
    "Lēmums saglabāts, darbplūsma turpinās.",
    "Decision saved; the workflow goes on.",
  ],
  escalationNotFound: ["Eskalācija nav atrasta.", "Escalation not found."],

  // Matching
  matchingTitle: ["Savietošana", "Matching"],
  matchingIntro: [
    "Savieto visu atbilstīgo dalībnieku kopu uzreiz; priekšlikumus apstiprina koordinators.",
    "Matches the whole eligible pool at once; a coordinator approves the proposals.",
  ],
  runMatching: ["Palaist savietošanu", "Run matching"],
  runAt: ["Palaista", "Run at"],
  proposals: ["Priekšlikumi", "Proposals"],
  noProposals: ["Priekšlikumu nav.", "No proposals."],
  noRunYet: [
    "Savietošana vēl nav palaista. Palaidiet to, kad pieteikušies gan mentorējamie, gan mentori.",
    "Matching has not been run yet. Run it once both mentees and mentors have applied.",
  ],
  matchingRuns: ["Savietošanas reizes", "Matching runs"],
  matchingRunsIntro: [
    "Jaunākā atveras pati; atveriet agrāku, lai to apskatītu.",
    "The latest opens by itself; open an earlier one to look at it.",
  ],
  runBy: ["Palaida", "Run by"],
  runShown: ["atvērta", "shown"],
  openRun: ["Atvērt savietošanu {date}", "Open the matching run of {date}"],
  approvedCount: ["Apstiprināti", "Approved"],
  pendingCount: ["Gaida lēmumu", "Pending"],
  approveAllConfirm: ["Apstiprināt un nosūtīt", "Approve and send"],
  approveAllExplain: [
    "Katrā apstiprinātajā priekšlikumā sākas mentoringa attiecības, un katrs dalībnieks saņem piekrišanas veidlapu. Apstiprinājumu nevar atsaukt.",
    "Each approved proposal starts a relationship, and every participant in it gets the consent form. An approval cannot be undone.",
  ],
  emailedWho: ["{mentors} un {mentees}", "{mentors} and {mentees}"],
  approveAllStopped: [
    "Pārējie priekšlikumi netika apstiprināti: {error}",
    "The other proposals were not approved: {error}",
  ],
  score: ["Atbilstība", "Score"],
  explanation: ["Skaidrojums pa kritērijiem", "Explanation by criterion"],
  explanationShort: ["Skaidrojums", "Explanation"],
  criterion: ["Kritērijs", "Criterion"],
  points: ["Punkti", "Points"],
  weight: ["Svars", "Weight"],
  approve: ["Apstiprināt", "Approve"],
  approveAll: ["Apstiprināt visus", "Approve all"],
  approved: ["Apstiprināts", "Approved"],
  proposed: ["Piedāvāts", "Proposed"],
  approvedStarted: [
    "Apstiprināts: attiecības sākas, dalībnieki saņem piekrišanas veidlapas.",
    "Approved: the relationship starts and the participants get the consent forms.",
  ],
  swapMentor: ["Mainīt mentoru", "Swap mentor"],
  swapTitle: ["Cits mentors šim priekšlikumam", "Another mentor for this proposal"],
  newMentor: ["Jaunais mentors", "New mentor"],
  chooseMentor: ["Izvēlieties mentoru", "Choose a mentor"],
  swapReason: ["Iemesls (obligāts)", "Reason (required)"],
  swapReasonRequired: [
    "Norādiet iemeslu (vismaz 3 rakstzīmes).",
    "Give a reason (at least 3 characters).",
  ],
  mentorRequired: ["Izvēlieties mentoru.", "Choose a mentor."],
  swap: ["Mainīt", "Swap"],
  swapped: ["Mentors nomainīts.", "Mentor swapped."],
  alternatives: ["Alternatīvas", "Alternatives"],
  unplaced: ["Nesavietotie mentorējamie", "Unplaced mentees"],
  quality: ["Rezultāta kvalitāte", "Quality of the run"],
  placed: ["Savietoti", "Placed"],
  gap: ["Atstarpe līdz augšējai robežai", "Gap to the upper bound"],
  top3: ["Ar vienu no 3 labākajiem mentoriem", "With one of their 3 best mentors"],
  proposalDetails: ["Priekšlikuma sīkāka informācija", "Proposal details"],
  criterion_need_expertise: ["Vajadzība un ekspertīze", "Need and expertise"],
  criterion_need_keywords: ["Vārdi aprakstā", "Words in the description"],
  criterion_role_support: ["Lomas atbalsts", "Role support"],
  criterion_format_fit: ["Formāti", "Formats"],
  criterion_language: ["Valoda", "Language"],
  criterion_availability: ["Kopīgs laiks", "Shared time"],
  criterion_public_private: ["Publiskais–privātais", "Public–private"],

  // Local
  localTitle: ["Lokālais pasts un pulkstenis", "Local mail and clock"],
  clock: ["Lokālais pulkstenis", "Local clock"],
  clockNow: ["Simulētais laiks", "Simulated time"],
  clockSpeed: ["Ātrums", "Speed"],
  clockSpeedValue: ["{n}× reālais laiks", "{n}× real time"],
  clockStopped: ["Stāv (kustas tikai, kad to pavirza)", "Stopped (moves only when advanced)"],
  advanceHour: ["+1 stunda", "+1 hour"],
  advanceDay: ["+1 diena", "+1 day"],
  advanceWeek: ["+1 nedēļa", "+1 week"],
  clockMoved: ["Pulkstenis pavirzīts.", "Clock moved."],
  mailbox: ["Nosūtītie e-pasti", "Sent e-mails"],
  searchMail: ["Meklēt pēc adresāta vai temata", "Search by recipient or subject"],
  noMail: ["E-pastu vēl nav.", "No e-mail yet."],
  to: ["Kam", "To"],
  subject: ["Temats", "Subject"],
  sentAt: ["Nosūtīts", "Sent"],
  links: ["Saites", "Links"],
  openLink: ["Atvērt saiti", "Open link"],
  mailText: ["E-pasta teksts", "E-mail text"],

  // Workflow graph (relationship detail)
  workflow: ["Darbplūsma", "Workflow"],
  workflowDescription: [
    "Stāvokļu mašīna no tās definīcijas; apmeklētais ceļš no izpildes vēstures.",
    "The state machine from its definition; the visited path from the execution history.",
  ],
  graphLabel: [
    "Darbplūsmas grafs. Pašreizējais stāvoklis: {current}. {visited}. Izpilde: {status}.",
    "Workflow graph. Current state: {current}. {visited}. Execution: {status}.",
  ],
  graphRegion: ["Darbplūsmas grafs", "Workflow graph"],
  graphCurrent: ["pašreizējais", "current"],
  graphVisited: ["apmeklēts", "visited"],
  graphNotVisited: ["nav apmeklēts", "not visited"],
  graphCatch: ["kļūda vai noildze", "error or timeout"],
  graphChoice: ["izvēle vai nākamais solis", "choice or next step"],
  graphMapItems: ["katram dalībniekam", "for each participant"],
  graphNotStarted: [
    "Darbplūsma šīm attiecībām nav sākta.",
    "The workflow of this relationship has not started.",
  ],
  graphStatus: ["Izpilde", "Execution"],
  graphStatus_RUNNING: ["darbojas", "running"],
  graphStatus_SUCCEEDED: ["pabeigta", "succeeded"],
  graphStatus_FAILED: ["neizdevās", "failed"],
  graphStatus_ABORTED: ["pārtraukta", "aborted"],
  graphStatus_TIMED_OUT: ["beidzās laiks", "timed out"],
  graphStatus_none: ["nav sākta", "not started"],
  graphStage_0: ["0 Atsākšana", "0 Resume"],
  graphStage_1: ["1 Piekrišana", "1 Consent"],
  graphStage_2: ["2 Plānošana", "2 Planning"],
  graphStage_3: ["3 Mācīšanās cikli", "3 Learning"],
  graphStage_4: ["4 Noslēgums", "4 Closure"],
  graphStage_E: ["E Eskalācija", "E Escalation"],
  graphFullSize: ["Pilns izmērs (lielāks teksts)", "Full size (larger text)"],
  ...DATA_MESSAGES,
  ...RELATIONSHIP_MESSAGES,
  ...COHORT_MESSAGES,
  ...COHORT_DETAIL_MESSAGES,
  ...COMMUNITY_MESSAGES,
} satisfies Record<string, Texts>);

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
  // Matching: "approve all" asks with the counts and says once what it did. The verbs
  // ("saņems", "gaida") are the same for one and many; the noun takes the count's form.
  approveProposals: plural(
    {
      zero: "Apstiprināt {count} priekšlikumu?",
      one: "Apstiprināt {count} priekšlikumu?",
      other: "Apstiprināt {count} priekšlikumus?",
    },
    { one: "Approve {count} proposal?", other: "Approve {count} proposals?" },
  ),
  peopleEmailed: plural(
    {
      zero: "Piekrišanas veidlapu pa e-pastu saņems {count} cilvēku",
      one: "Piekrišanas veidlapu pa e-pastu saņems {count} cilvēks",
      other: "Piekrišanas veidlapu pa e-pastu saņems {count} cilvēki",
    },
    {
      one: "{count} person will be e-mailed the consent form",
      other: "{count} people will be e-mailed the consent form",
    },
  ),
  mentorsCount: plural(
    { zero: "{count} mentoru", one: "{count} mentors", other: "{count} mentori" },
    { one: "{count} mentor", other: "{count} mentors" },
  ),
  menteesCount: plural(
    { zero: "{count} mentorējamo", one: "{count} mentorējamais", other: "{count} mentorējamie" },
    { one: "{count} mentee", other: "{count} mentees" },
  ),
  approvedProposals: plural(
    {
      zero: "Apstiprinājāt {count} priekšlikumu.",
      one: "Apstiprinājāt {count} priekšlikumu.",
      other: "Apstiprinājāt {count} priekšlikumus.",
    },
    { one: "You approved {count} proposal.", other: "You approved {count} proposals." },
  ),
  consentSentTo: plural(
    {
      zero: "Piekrišanas veidlapu saņēma {count} cilvēku.",
      one: "Piekrišanas veidlapu saņēma {count} cilvēks.",
      other: "Piekrišanas veidlapu saņēma {count} cilvēki.",
    },
    { one: "{count} person got the consent form.", other: "{count} people got the consent form." },
  ),
  // The overview's next steps.
  nextWaiting: plural(
    {
      zero: "{count} mentorējamo gaida savietošanu",
      one: "{count} mentorējamais gaida savietošanu",
      other: "{count} mentorējamie gaida savietošanu",
    },
    { one: "{count} mentee waits for matching", other: "{count} mentees wait for matching" },
  ),
  nextApprove: plural(
    {
      zero: "{count} priekšlikumu gaida apstiprinājumu",
      one: "{count} priekšlikums gaida apstiprinājumu",
      other: "{count} priekšlikumi gaida apstiprinājumu",
    },
    {
      one: "{count} proposal waits for your approval",
      other: "{count} proposals wait for your approval",
    },
  ),
  nextDecide: plural(
    {
      zero: "{count} eskalāciju gaida jūsu lēmumu",
      one: "{count} eskalācija gaida jūsu lēmumu",
      other: "{count} eskalācijas gaida jūsu lēmumu",
    },
    {
      one: "{count} escalation waits for your decision",
      other: "{count} escalations wait for your decision",
    },
  ),
  ...COHORT_PLURAL_MESSAGES,
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
  /** A number in the console's language: "94,2" in Latvian, "94.2" in English. */
  number: (value: number, options?: Intl.NumberFormatOptions) => string;
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
    number: (value, options) => new Intl.NumberFormat(LOCALES[language], options).format(value),
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
