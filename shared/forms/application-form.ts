import { type Language, localized } from "../i18n/localized.js";
import type { ApplicantRole } from "../schemas/application.js";
import { TEXT_LIMITS } from "../schemas/application.js";
import { CONSENT_TEXTS, CURRENT_CONSENT_VERSION } from "../schemas/consent.js";
import {
  DAY_PARTS,
  FORMATS,
  INSTITUTION_TYPES,
  LANGUAGE_ITEMS,
  MENTOR_CAPACITY,
  ROLE_CATEGORIES,
  SECTORS,
  TOPICS,
  WEEKDAYS,
} from "../schemas/reference.js";
import type { Field, FormDefinition, Option } from "./form-definition.js";

const options = (items: readonly { code: string; label: { lv: string; en: string } }[]): Option[] =>
  items.map((item) => ({ value: item.code, label: item.label }));

const long = { minLength: TEXT_LIMITS.longText.min, maxLength: TEXT_LIMITS.longText.max };

const F = {
  name: {
    kind: "text",
    name: "name",
    label: localized("Vārds un uzvārds", "Full name"),
    required: true,
    autocomplete: "name",
    minLength: TEXT_LIMITS.name.min,
    maxLength: TEXT_LIMITS.name.max,
  },
  email: {
    kind: "email",
    name: "email",
    label: localized("E-pasta adrese", "E-mail address"),
    help: localized(
      "Uz šo adresi sūtīsim visas programmas ziņas un veidlapas. Ar vienu adresi var iesniegt vienu pieteikumu.",
      "We send every programme message and form to this address. One address can send one application.",
    ),
    required: true,
    autocomplete: "email",
    maxLength: TEXT_LIMITS.email.max,
  },
  language: {
    kind: "radio",
    name: "language",
    label: localized("Saziņas valoda", "Language for e-mails and forms"),
    required: true,
    options: options(LANGUAGE_ITEMS),
  },
  availability: {
    kind: "checkbox-grid",
    name: "availability",
    label: localized("Kad parasti varat tikties?", "When can you usually meet?"),
    help: localized(
      "Atzīmējiet visus piemērotos laikus. Tikšanās notiek 1–2 reizes mēnesī, katra līdz 2 stundām.",
      "Tick every time that suits you. Meetings happen 1–2 times a month, each up to 2 hours.",
    ),
    required: true,
    rows: options(WEEKDAYS),
    columns: options(DAY_PARTS),
    minChecked: 1,
  },
  consent: {
    kind: "consent",
    name: "consentToDataProcessing",
    label: localized("Piekrītu savu datu apstrādei", "I agree to the processing of my data"),
    required: true,
    text: CONSENT_TEXTS[CURRENT_CONSENT_VERSION],
  },
  consentVersion: { kind: "hidden", name: "consentVersion", value: CURRENT_CONSENT_VERSION },
  position: {
    kind: "text",
    name: "position",
    label: localized("Amats", "Position"),
    required: true,
    autocomplete: "organization-title",
    minLength: TEXT_LIMITS.position.min,
    maxLength: TEXT_LIMITS.position.max,
  },
} as const satisfies Record<string, Field>;

const consentSection = {
  title: localized("Datu apstrāde", "Your data"),
  fields: [F.consent, F.consentVersion],
};

export const MENTEE_FORM: FormDefinition = {
  id: "application-mentee",
  title: localized("Pieteikums mentorējamajiem", "Application for mentees"),
  intro: localized(
    "Šī veidlapa ir publiskās pārvaldes darbiniekiem, kuri vēlas mentora atbalstu digitālajā transformācijā. Pēc pieteikuma iesniegšanas koordinators izvērtēs anketas un piedāvās piemērotāko mentoru; par to saņemsiet e-pastu, un sadarbība sāksies tikai tad, kad abas puses būs piekritušas.",
    "This form is for public administration employees who want a mentor's support in digital transformation. After you apply, the coordinator reviews the questionnaires and proposes the best-fitting mentor; you will get an e-mail about it, and the mentoring starts only when both sides agree.",
  ),
  submitLabel: localized("Iesniegt pieteikumu", "Send application"),
  sections: [
    {
      title: localized("Par jums", "About you"),
      fields: [{ kind: "hidden", name: "role", value: "mentee" }, F.name, F.email, F.language],
    },
    {
      title: localized("Jūsu darbs", "Your work"),
      fields: [
        {
          kind: "text",
          name: "institutionName",
          label: localized("Iestādes nosaukums", "Name of your institution"),
          required: true,
          autocomplete: "organization",
          minLength: TEXT_LIMITS.organisation.min,
          maxLength: TEXT_LIMITS.organisation.max,
        },
        {
          kind: "radio",
          name: "institutionType",
          label: localized("Iestādes veids", "Type of institution"),
          required: true,
          options: options(INSTITUTION_TYPES),
        },
        F.position,
        {
          kind: "radio",
          name: "roleCategory",
          label: localized(
            "Jūsu loma digitālajā transformācijā",
            "Your role in digital transformation",
          ),
          required: true,
          options: [
            ...ROLE_CATEGORIES.map((category) => ({
              value: category.code,
              label: localized(
                `${category.label.lv} – ${category.description.lv.toLowerCase()}`,
                `${category.label.en} – ${category.description.en.toLowerCase()}`,
              ),
            })),
            {
              value: "none",
              label: localized("Neviena no šīm lomām", "None of these roles"),
            },
          ],
        },
        {
          kind: "select",
          name: "jobRole",
          label: localized("Loma, kas jums ir vistuvākā", "The role closest to yours"),
          help: localized(
            "Izvēlieties lomu no tās kategorijas, kuru atzīmējāt iepriekš.",
            "Choose a role from the category you ticked above.",
          ),
          placeholder: localized("— izvēlieties lomu —", "— choose a role —"),
          groups: ROLE_CATEGORIES.map((category) => ({
            label: category.label,
            options: options(category.roles),
          })),
        },
        {
          kind: "text",
          name: "jobRoleOther",
          label: localized("Jūsu loma saviem vārdiem", "Your role in your own words"),
          requiredWhen: localized(
            "obligāts, ja izvēlējāties lomu „Cita …”",
            "required if you chose an “Another …” role",
          ),
          minLength: TEXT_LIMITS.roleOther.min,
          maxLength: TEXT_LIMITS.roleOther.max,
        },
      ],
    },
    {
      title: localized("Jūsu vajadzības un mērķis", "Your need and goal"),
      fields: [
        {
          kind: "textarea",
          name: "motivation",
          label: localized("Kāpēc vēlaties mentoru?", "Why do you want a mentor?"),
          required: true,
          ...long,
        },
        {
          kind: "checkboxes",
          name: "needTopics",
          label: localized("Tēmas, kurās vajadzīgs atbalsts", "Topics you need support with"),
          help: localized("Izvēlieties no 1 līdz 5 tēmām.", "Choose 1 to 5 topics."),
          required: true,
          options: options(TOPICS),
          minChecked: 1,
          maxChecked: 5,
        },
        {
          kind: "textarea",
          name: "needDescription",
          label: localized("Jūsu konkrētā vajadzība", "Your concrete need"),
          help: localized(
            "Aprakstiet situāciju vai uzdevumu, kurā mentors jums palīdzētu.",
            "Describe the situation or task where a mentor would help you.",
          ),
          required: true,
          ...long,
        },
        {
          kind: "textarea",
          name: "goal",
          label: localized(
            "Ko vēlaties sasniegt programmas laikā?",
            "What do you want to achieve during the programme?",
          ),
          required: true,
          ...long,
        },
        {
          kind: "checkboxes",
          name: "preferredFormats",
          label: localized("Piemērotie mentoringa formāti", "Mentoring formats that suit you"),
          required: true,
          options: options(FORMATS),
          minChecked: 1,
        },
        {
          kind: "yes-no",
          name: "leadsPeople",
          label: localized(
            "Vai vadāt cilvēkus (komandu, nodaļu vai iestādi)?",
            "Do you lead people (a team, a department or an institution)?",
          ),
          help: localized(
            "Reversais mentorings ir vadītājiem: jaunāks vai digitāli prasmīgāks kolēģis palīdz apgūt digitālās prasmes.",
            "Reverse mentoring is for leaders: a younger or more digitally skilled person helps them build digital skills.",
          ),
        },
        {
          kind: "text",
          name: "teamName",
          label: localized("Jūsu komandas nosaukums", "Your team's name"),
          help: localized(
            "Tikai komandu mentoringam: visi komandas locekļi piesakās katrs ar savu pieteikumu un ieraksta vienu un to pašu komandas nosaukumu.",
            "Only for team mentoring: every team member applies with their own application and writes the same team name.",
          ),
          minLength: TEXT_LIMITS.teamName.min,
          maxLength: TEXT_LIMITS.teamName.max,
        },
      ],
    },
    {
      title: localized("Laiks un saskaņa", "Time and fit"),
      fields: [
        F.availability,
        {
          kind: "email",
          name: "managerEmail",
          label: localized("Jūsu tiešā vadītāja e-pasts", "Your direct manager's e-mail"),
          help: localized(
            "Lai jūs nekad nesavietotu pārī ar jūsu tiešo vadītāju. Vadītājam neko nesūtīsim.",
            "So that your mentor is never your own manager. We send your manager nothing.",
          ),
          maxLength: TEXT_LIMITS.email.max,
        },
      ],
    },
    consentSection,
  ],
};

export const MENTOR_FORM: FormDefinition = {
  id: "application-mentor",
  title: localized("Pieteikums mentoriem", "Application for mentors"),
  intro: localized(
    "Šī veidlapa ir pieredzējušiem publiskā un privātā sektora speciālistiem, kuri vēlas atbalstīt publiskās pārvaldes darbiniekus digitālajā transformācijā. Pēc pieteikuma iesniegšanas koordinators piedāvās jums piemērotus mentorējamos; par katru piedāvājumu saņemsiet e-pastu un varēsiet to pieņemt vai atteikt.",
    "This form is for experienced public and private sector specialists who want to support public administration employees in digital transformation. After you apply, the coordinator proposes mentees who fit you; you get an e-mail about each proposal and can accept or decline it.",
  ),
  submitLabel: localized("Iesniegt pieteikumu", "Send application"),
  sections: [
    {
      title: localized("Par jums", "About you"),
      fields: [{ kind: "hidden", name: "role", value: "mentor" }, F.name, F.email, F.language],
    },
    {
      title: localized("Jūsu darbs", "Your work"),
      fields: [
        {
          kind: "text",
          name: "organisation",
          label: localized("Organizācija", "Organisation"),
          required: true,
          autocomplete: "organization",
          minLength: TEXT_LIMITS.organisation.min,
          maxLength: TEXT_LIMITS.organisation.max,
        },
        {
          kind: "radio",
          name: "sector",
          label: localized("Sektors", "Sector"),
          required: true,
          options: options(SECTORS),
        },
        F.position,
      ],
    },
    {
      title: localized("Jūsu pieredze", "Your expertise"),
      fields: [
        {
          kind: "checkboxes",
          name: "expertiseTopics",
          label: localized("Jūsu pieredzes tēmas", "Topics of your expertise"),
          help: localized("Izvēlieties no 1 līdz 8 tēmām.", "Choose 1 to 8 topics."),
          required: true,
          options: options(TOPICS),
          minChecked: 1,
          maxChecked: 8,
        },
        {
          kind: "textarea",
          name: "expertiseDescription",
          label: localized("Īsi par jūsu pieredzi", "Your experience in brief"),
          help: localized(
            "Šo aprakstu redzēs mentorējamā puse, kad jums tiks piedāvāts pāris.",
            "A mentee proposed to you will see this description.",
          ),
          required: true,
          ...long,
        },
        {
          kind: "checkboxes",
          name: "supportedRoleCategories",
          label: localized(
            "Kuru lomu mentorējamos varat atbalstīt?",
            "Which roles can you support as a mentor?",
          ),
          required: true,
          options: ROLE_CATEGORIES.map((category) => ({
            value: category.code,
            label: localized(
              `${category.label.lv} – ${category.description.lv.toLowerCase()}`,
              `${category.label.en} – ${category.description.en.toLowerCase()}`,
            ),
          })),
          minChecked: 1,
        },
        {
          kind: "checkboxes",
          name: "formats",
          label: localized("Formāti, kuros varat mentorēt", "Formats you can mentor in"),
          required: true,
          options: options(FORMATS),
          minChecked: 1,
        },
        {
          kind: "number",
          name: "capacity",
          label: localized(
            "Cik mentorējamos varat atbalstīt vienlaikus?",
            "How many mentees can you support at a time?",
          ),
          help: localized(
            `No ${MENTOR_CAPACITY.min} līdz ${MENTOR_CAPACITY.max}; grupā ir 3–6 dalībnieki.`,
            `From ${MENTOR_CAPACITY.min} to ${MENTOR_CAPACITY.max}; a group has 3–6 mentees.`,
          ),
          required: true,
          min: MENTOR_CAPACITY.min,
          max: MENTOR_CAPACITY.max,
        },
        {
          kind: "checkboxes",
          name: "languages",
          label: localized("Valodas, kurās varat mentorēt", "Languages you can mentor in"),
          required: true,
          options: options(LANGUAGE_ITEMS),
          minChecked: 1,
        },
        {
          kind: "yes-no",
          name: "reverseMentoring",
          label: localized(
            "Vai vēlaties piedalīties reversajā mentoringā?",
            "Are you willing to take part in reverse mentoring?",
          ),
          help: localized(
            "Reversajā mentoringā jaunāks vai digitāli prasmīgāks kolēģis mentorē vadītāju, un mācās abi.",
            "In reverse mentoring a younger or more digitally skilled person mentors a leader, and both learn.",
          ),
          required: true,
        },
      ],
    },
    { title: localized("Laiks", "Time"), fields: [F.availability] },
    consentSection,
  ],
};

export const APPLICATION_FORMS: Record<ApplicantRole, FormDefinition> = {
  mentee: MENTEE_FORM,
  mentor: MENTOR_FORM,
};

/** Before the applicant has typed anything, the communication language follows the page. */
export const initialValues = (language: Language): Record<string, string[]> => ({
  language: [language],
});
