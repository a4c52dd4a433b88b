import { z } from "zod";
import { type Localized, localized } from "../i18n/localized.js";

/**
 * Reference data exactly as the programme guidelines list it (section 1.1, 1.2 and 3).
 * Codes are stable identifiers stored in the table; labels are what people read.
 */

export interface ReferenceItem<Code extends string> {
  readonly code: Code;
  readonly label: Localized;
}

/** The seven groups of institutions whose employees may be mentees (guidelines 1.1). */
export const ELIGIBLE_INSTITUTION_TYPES = [
  {
    code: "direct_state_administration",
    label: localized(
      "Valsts tiešās pārvaldes iestāde (ministrija vai padotības iestāde)",
      "Direct state administration institution (a ministry or a subordinate institution)",
    ),
  },
  {
    code: "independent_institution",
    label: localized(
      "Neatkarīgā iestāde (Saeima, Tiesībsarga birojs, Valsts kontrole, Sabiedrības integrācijas fonds u. c.)",
      "Independent institution (Saeima, Ombudsman's Office, State Audit Office, Society Integration Foundation, etc.)",
    ),
  },
  {
    code: "municipal_administration",
    label: localized("Pašvaldības administrācija", "Municipal administration"),
  },
  {
    code: "municipal_institution",
    label: localized(
      "Pašvaldības iestāde vai aģentūra (izglītības pārvalde, bāriņtiesa, bibliotēka, kultūras nams, sociālais dienests u. c.)",
      "Municipal institution or agency (education board, orphans' court, library, culture house, social service, etc.)",
    ),
  },
  { code: "planning_region", label: localized("Plānošanas reģions", "Planning region") },
  { code: "political_official", label: localized("Politiskā amatpersona", "Political official") },
  {
    code: "vocational_education",
    label: localized("Profesionālās izglītības iestāde", "Vocational education institution"),
  },
] as const satisfies readonly ReferenceItem<string>[];

/**
 * Applicants may also name an organisation outside the programme's target group; they are
 * told why they cannot take part instead of being refused by the form itself.
 */
export const OTHER_INSTITUTION_TYPE = {
  code: "other",
  label: localized(
    "Cita organizācija (piemēram, privāts uzņēmums vai biedrība)",
    "Another organisation (for example a private company or an association)",
  ),
} as const satisfies ReferenceItem<string>;

export const INSTITUTION_TYPES = [...ELIGIBLE_INSTITUTION_TYPES, OTHER_INSTITUTION_TYPE] as const;

type CodesOf<T extends readonly { code: string }[]> = T[number]["code"];
const codes = <T extends readonly { code: string }[]>(items: T) =>
  items.map((item) => item.code) as unknown as [CodesOf<T>, ...CodesOf<T>[]];

export const institutionTypeSchema = z.enum(codes(INSTITUTION_TYPES));
export type InstitutionType = z.infer<typeof institutionTypeSchema>;
export const eligibleInstitutionTypeSchema = z.enum(codes(ELIGIBLE_INSTITUTION_TYPES));
export type EligibleInstitutionType = z.infer<typeof eligibleInstitutionTypeSchema>;

/** Role categories of mentees with the guidelines' example roles (section 1.2). */
export const ROLE_CATEGORIES = [
  {
    code: "key",
    label: localized("Atslēgas lomas", "Key roles"),
    description: localized(
      "Nosaka digitālās transformācijas virzienu un stratēģiju.",
      "Set the direction and strategy of digital transformation.",
    ),
    roles: [
      {
        code: "head_of_data_strategy",
        label: localized("Datu stratēģijas vadītājs", "Head of data strategy"),
      },
      {
        code: "digital_services_expert",
        label: localized("Digitālo pakalpojumu eksperts", "Digital services expert"),
      },
      {
        code: "digital_transformation_lead",
        label: localized(
          "Digitālās transformācijas stratēģiskais vadītājs",
          "Strategic lead of digital transformation",
        ),
      },
      {
        code: "cybersecurity_policy_maker",
        label: localized("Kiberdrošības politikas veidotājs", "Cybersecurity policy maker"),
      },
      {
        code: "ai_solutions_implementer",
        label: localized("MI risinājumu ieviesējs", "AI solutions implementer"),
      },
      { code: "key_other", label: localized("Cita atslēgas loma", "Another key role") },
    ],
  },
  {
    code: "collaboration",
    label: localized("Sadarbības lomas", "Collaboration roles"),
    description: localized(
      "Nodrošina pārmaiņu ieviešanu konkrētā profesionālajā jomā un atbalsta transformācijas ilgtspēju.",
      "Carry change into a professional field and keep the transformation going.",
    ),
    roles: [
      { code: "data_analyst", label: localized("Datu analītiķis", "Data analyst") },
      { code: "ux_specialist", label: localized("UX speciālists", "UX specialist") },
      {
        code: "digital_project_manager",
        label: localized("Digitālo projektu vadītājs", "Digital project manager"),
      },
      {
        code: "learning_development_specialist",
        label: localized("Mācību un attīstības speciālists", "Learning and development specialist"),
      },
      {
        code: "digital_communication_specialist",
        label: localized("Digitālās komunikācijas speciālists", "Digital communication specialist"),
      },
      {
        code: "collaboration_other",
        label: localized("Cita sadarbības loma", "Another collaboration role"),
      },
    ],
  },
  {
    code: "user",
    label: localized("Lietotāju lomas", "User roles"),
    description: localized(
      "Ikdienā izmanto digitālos rīkus un pārveidotos pakalpojumus.",
      "Use digital tools and transformed services every day.",
    ),
    roles: [
      {
        code: "customer_service_specialist",
        label: localized("Klientu apkalpošanas speciālists", "Customer service specialist"),
      },
      { code: "accountant", label: localized("Grāmatvedis", "Accountant") },
      { code: "lawyer", label: localized("Jurists", "Lawyer") },
      { code: "teacher", label: localized("Pedagogs", "Teacher") },
      {
        code: "healthcare_employee",
        label: localized("Ārstniecības iestādes darbinieks", "Healthcare institution employee"),
      },
      {
        code: "state_register_employee",
        label: localized("Valsts reģistru darbinieks", "State register employee"),
      },
      { code: "user_other", label: localized("Cita lietotāja loma", "Another user role") },
    ],
  },
] as const;

export const roleCategorySchema = z.enum(codes(ROLE_CATEGORIES));
export type RoleCategory = z.infer<typeof roleCategorySchema>;

type RoleOf<C> = C extends { roles: readonly { code: infer R }[] } ? R : never;
export type Role = RoleOf<(typeof ROLE_CATEGORIES)[number]>;
export const ROLES = ROLE_CATEGORIES.flatMap((category) =>
  category.roles.map((role) => ({ ...role, category: category.code })),
);
export const roleSchema = z.enum(ROLES.map((role) => role.code) as [Role, ...Role[]]);

/** The role code that means "a role in this category that the list does not name". */
export const OTHER_ROLE_SUFFIX = "_other";
export const isOtherRole = (role: Role): boolean => role.endsWith(OTHER_ROLE_SUFFIX);
export const categoryOfRole = (role: Role): RoleCategory => {
  const found = ROLES.find((item) => item.code === role);
  if (!found) throw new Error(`unknown role ${role}`);
  return found.category;
};

/** The five mentoring formats (guidelines section 3). */
export const FORMATS = [
  {
    code: "individual",
    label: localized("Individuālais mentorings (1:1)", "Individual mentoring (1:1)"),
  },
  {
    code: "group",
    label: localized("Grupas mentorings (3–6 dalībnieki)", "Group mentoring (3–6 mentees)"),
  },
  { code: "team", label: localized("Komandu mentorings", "Team mentoring") },
  { code: "reverse", label: localized("Reversais mentorings", "Reverse mentoring") },
  {
    code: "on_demand",
    label: localized("Uz pieprasījumu balstīts mentorings", "Mentor consultation on demand"),
  },
] as const satisfies readonly ReferenceItem<string>[];
export const formatSchema = z.enum(codes(FORMATS));
export type Format = z.infer<typeof formatSchema>;

export const SECTORS = [
  { code: "public", label: localized("Publiskais sektors", "Public sector") },
  { code: "private", label: localized("Privātais sektors", "Private sector") },
] as const satisfies readonly ReferenceItem<string>[];
export const sectorSchema = z.enum(codes(SECTORS));
export type Sector = z.infer<typeof sectorSchema>;

export const LANGUAGE_ITEMS = [
  { code: "lv", label: localized("Latviešu", "Latvian") },
  { code: "en", label: localized("Angļu", "English") },
] as const satisfies readonly ReferenceItem<string>[];

/**
 * Topics of digital transformation, derived from the roles the guidelines name. Mentees
 * name their concrete need with them and mentors their expertise, so the two can be
 * compared by the matching engine.
 */
export const TOPICS = [
  {
    code: "data_strategy",
    label: localized("Datu stratēģija un pārvaldība", "Data strategy and governance"),
  },
  { code: "data_analytics", label: localized("Datu analītika", "Data analytics") },
  { code: "ai", label: localized("Mākslīgais intelekts", "Artificial intelligence") },
  { code: "cybersecurity", label: localized("Kiberdrošība", "Cybersecurity") },
  {
    code: "digital_services",
    label: localized("Digitālo pakalpojumu attīstība", "Digital service development"),
  },
  {
    code: "ux_design",
    label: localized("Lietotājpieredze un dizains", "User experience and design"),
  },
  {
    code: "project_management",
    label: localized("Digitālo projektu vadība", "Digital project management"),
  },
  { code: "change_management", label: localized("Pārmaiņu vadība", "Change management") },
  { code: "digital_leadership", label: localized("Digitālā līderība", "Digital leadership") },
  {
    code: "digital_communication",
    label: localized("Digitālā komunikācija", "Digital communication"),
  },
  {
    code: "learning_development",
    label: localized("Mācības un attīstība", "Learning and development"),
  },
  { code: "process_automation", label: localized("Procesu automatizācija", "Process automation") },
  {
    code: "legal_regulation",
    label: localized(
      "Tiesiskais regulējums digitālajā vidē",
      "Law and regulation of digital services",
    ),
  },
  { code: "procurement", label: localized("IKT iepirkumi", "ICT procurement") },
  {
    code: "everyday_digital_tools",
    label: localized("Ikdienas digitālie rīki", "Everyday digital tools"),
  },
] as const satisfies readonly ReferenceItem<string>[];
export const topicSchema = z.enum(codes(TOPICS));
export type Topic = z.infer<typeof topicSchema>;

/** When someone can meet: a weekday and a part of the day. */
export const WEEKDAYS = [
  { code: "mon", label: localized("Pirmdiena", "Monday") },
  { code: "tue", label: localized("Otrdiena", "Tuesday") },
  { code: "wed", label: localized("Trešdiena", "Wednesday") },
  { code: "thu", label: localized("Ceturtdiena", "Thursday") },
  { code: "fri", label: localized("Piektdiena", "Friday") },
] as const satisfies readonly ReferenceItem<string>[];
export const DAY_PARTS = [
  { code: "morning", label: localized("Rīts (8–12)", "Morning (8–12)") },
  { code: "afternoon", label: localized("Pēcpusdiena (12–17)", "Afternoon (12–17)") },
  { code: "evening", label: localized("Vakars (17–20)", "Evening (17–20)") },
] as const satisfies readonly ReferenceItem<string>[];
type Weekday = (typeof WEEKDAYS)[number]["code"];
type DayPart = (typeof DAY_PARTS)[number]["code"];
export type AvailabilitySlot = `${Weekday}_${DayPart}`;
export const AVAILABILITY_SLOTS = WEEKDAYS.flatMap((day) =>
  DAY_PARTS.map((part) => `${day.code}_${part.code}` as AvailabilitySlot),
);
export const availabilitySlotSchema = z.enum(
  AVAILABILITY_SLOTS as [AvailabilitySlot, ...AvailabilitySlot[]],
);

/** Mentor capacity the programme allows (guidelines: a group has at most 6 mentees). */
export const MENTOR_CAPACITY = { min: 1, max: 6 } as const;

export const labelOf = <Code extends string>(
  items: readonly ReferenceItem<Code>[],
  code: Code,
): Localized => {
  const found = items.find((item) => item.code === code);
  if (!found) throw new Error(`no label for ${code}`);
  return found.label;
};
