import { format as fill, type Localized, localized } from "../i18n/localized.js";
import type { SMART, SWOT } from "../schemas/form-answers.js";
import type { FormKind, Goal } from "../schemas/workflow.js";
import type { Field, FormDefinition } from "./form-definition.js";

export interface FormContext {
  /** The other people of the relationship, as names. */
  partners: string;
  session?: number;
  goals?: Goal[];
  /** For consent: who the others are and why they were matched (HTML per language). */
  details?: Localized;
}

/** The guideline's SWOT sample for the mentee: three questions per quadrant. */
const SWOT_QUESTIONS: {
  quadrant: (typeof SWOT)[number];
  title: Localized;
  questions: Localized[];
}[] = [
  {
    quadrant: "strength",
    title: localized("Stiprās puses", "Strengths"),
    questions: [
      localized("Kādas prasmes man padodas vislabāk?", "Which skills come easiest to me?"),
      localized(
        "Kādas situācijas man dod pārliecību par savām spējām?",
        "Which situations make me confident in my abilities?",
      ),
      localized(
        "Kādas manas personiskās īpašības palīdz man ikdienas darbā?",
        "Which of my personal qualities help me in my daily work?",
      ),
    ],
  },
  {
    quadrant: "weakness",
    title: localized("Attīstāmās puses", "Weaknesses"),
    questions: [
      localized(
        "Kuras prasmes vai zināšanas vēlos attīstīt?",
        "Which skills or knowledge do I want to develop?",
      ),
      localized(
        "Kādas situācijas man rada vislielākās grūtības vai stresu?",
        "Which situations cause me the most difficulty or stress?",
      ),
      localized(
        "Kādi ieradumi vai domāšanas tendences mani kavē?",
        "Which habits or ways of thinking hold me back?",
      ),
    ],
  },
  {
    quadrant: "opportunity",
    title: localized("Iespējas", "Opportunities"),
    questions: [
      localized(
        "Kādas profesionālās attīstības iespējas es varu izmantot (projekti, apmācības, kontakti)?",
        "Which professional development opportunities can I use (projects, training, contacts)?",
      ),
      localized(
        "Kā mentors var palīdzēt paplašināt manu redzējumu vai tīklu?",
        "How can the mentor help widen my view or my network?",
      ),
      localized(
        "Kādi nākotnes izaicinājumi man varētu dot iespēju augt?",
        "Which challenges ahead could give me a chance to grow?",
      ),
    ],
  },
  {
    quadrant: "threat",
    title: localized("Šķēršļi", "Threats"),
    questions: [
      localized(
        "Kādi ārējie faktori varētu kavēt manu progresu (piem., tirgus izmaiņas, laika trūkums)?",
        "Which outside factors could slow my progress (e.g. market changes, lack of time)?",
      ),
      localized(
        "Kādi personīgie ierobežojumi (motivācija, veselība, resursi) varētu būt šķērslis?",
        "Which personal limits (motivation, health, resources) could stand in the way?",
      ),
      localized(
        "Kādi konkurenti vai alternatīvas manā vidē var ierobežot manas iespējas?",
        "Which competitors or alternatives around me could limit my options?",
      ),
    ],
  },
];

/** The guideline's SMART explanation: each check a goal must pass, with its questions. */
const SMART_CHECKS: { check: (typeof SMART)[number]; label: Localized; help: Localized }[] = [
  {
    check: "specific",
    label: localized(
      "Konkrēts: mērķis ir skaidri noformulēts",
      "Specific: the goal is clearly worded",
    ),
    help: localized(
      "Kā tieši aprakstīt, ko vēlos sasniegt? Kāpēc šis mērķis ir svarīgs?",
      "What exactly do I want to reach? Why does this goal matter?",
    ),
  },
  {
    check: "measurable",
    label: localized(
      "Izmērāms: zināsim, kad mērķis ir sasniegts",
      "Measurable: we will know when it is reached",
    ),
    help: localized(
      "Kādi būs izmērāmie kritēriji (skaitļi, procenti, rādītāji)? Kā varu sekot progresam?",
      "Which measurable criteria (numbers, percentages, indicators)? How can I follow progress?",
    ),
  },
  {
    check: "achievable",
    label: localized(
      "Sasniedzams: reāli sasniedzams ar pieejamajiem resursiem",
      "Achievable: realistic with the resources at hand",
    ),
    help: localized(
      "Kādi šķēršļi var traucēt un kā tos pārvarēt? Kādi soļi palīdzēs virzīties uz priekšu?",
      "Which obstacles could get in the way and how to overcome them? Which steps will move it forward?",
    ),
  },
  {
    check: "relevant",
    label: localized(
      "Nozīmīgs: sasaucas ar ilgtermiņa attīstības plāniem",
      "Relevant: fits my long-term development plans",
    ),
    help: localized(
      "Kāpēc tas ir nozīmīgs tieši tagad? Kā tas dod pievienoto vērtību manai karjerai vai organizācijai?",
      "Why does it matter right now? What value does it add to my career or organisation?",
    ),
  },
  {
    check: "timeBound",
    label: localized("Laikā ierobežots: ir konkrēts termiņš", "Time-bound: it has a firm deadline"),
    help: localized(
      "Kādi ir starpposmu termiņi un atzīmes? Kas notiks, ja termiņu neievērošu?",
      "What are the milestones and interim dates? What happens if I miss the deadline?",
    ),
  },
];

const ratingField = (name: string, label: Localized): Field => ({
  kind: "number",
  name,
  label,
  help: localized(
    "No 1 (ļoti maz) līdz 10 (ļoti daudz).",
    "From 1 (very little) to 10 (very much).",
  ),
  required: true,
  min: 1,
  max: 10,
});

const area = (name: string, label: Localized, required = false): Field => ({
  kind: "textarea",
  name,
  label,
  required,
  maxLength: 2000,
  rows: 3,
});

/**
 * The forms the workflow waits for, with the field names it depends on (DESIGN.md):
 * consent `decision`; reflection `held`, `valueRating`, `ideasRating`, `safetyRating`,
 * `shareWithCoordinator`.
 */
export function workflowForm(kind: FormKind, context: FormContext): FormDefinition {
  const vars = { partners: context.partners, session: context.session ?? "" };
  const t = (lv: string, en: string) => localized(fill(lv, vars), fill(en, vars));
  switch (kind) {
    case "consent":
      return {
        id: "consent",
        title: t("Piekrišana mentoringa sadarbībai", "Consent to the mentoring relationship"),
        intro: t(
          "Jums ir piedāvāta mentoringa sadarbība ar: {partners}. Sadarbība sāksies, kad visi būs piekrituši; ja atteiksieties, koordinators meklēs citu risinājumu.",
          "You have been proposed a mentoring relationship with: {partners}. It starts when everyone agrees; if you decline, the coordinator looks for another solution.",
        ),
        submitLabel: t("Nosūtīt atbildi", "Send my answer"),
        sections: [
          {
            title: t("Jūsu atbilde", "Your answer"),
            fields: [
              {
                kind: "radio",
                name: "decision",
                label: t("Vai piekrītat šai sadarbībai?", "Do you agree to this relationship?"),
                required: true,
                options: [
                  { value: "accept", label: t("Jā, piekrītu", "Yes, I agree") },
                  { value: "decline", label: t("Nē, atsakos", "No, I decline") },
                ],
              },
              area(
                "reason",
                t(
                  "Ja atsakāties, kāpēc? (tikai koordinatoram)",
                  "If you decline, why? (for the coordinator only)",
                ),
              ),
            ],
          },
        ],
      };
    case "introduction":
      return {
        id: "introduction",
        title: t("Iepazīstināt mentoru ar sevi", "Introduce yourself to your mentor"),
        intro: t(
          "Šī forma ir mentorējamajam. Jūsu atbildes saņems tikai jūsu mentors ({partners}), lai sagatavotos pirmajai tikšanās reizei. Aizpildiet to, kas jums šķiet svarīgs; obligāti ir tikai trīs lauki.",
          "This form is for the mentee. Only your mentor ({partners}) gets your answers, to prepare for your first meeting. Fill in what matters to you; only three fields are required.",
        ),
        submitLabel: t("Nosūtīt mentoram", "Send to my mentor"),
        sections: [
          {
            title: t("Par mani kā profesionāli", "Me as a professional"),
            fields: [
              area("workAreas", t("Manas darba jomas", "My areas of work"), true),
              area(
                "turningPoints",
                t("2–3 galvenie karjeras pagrieziena punkti", "2–3 turning points of my career"),
              ),
              area(
                "strengths",
                t(
                  "Spēcīgās puses un specializācijas jomas",
                  "My strengths and fields of specialisation",
                ),
              ),
            ],
          },
          {
            title: t("Par manu mācīšanās pieeju", "My way of learning"),
            fields: [
              area(
                "howILearn",
                t(
                  "Kā es vislabāk mācos (praktiski piemēri, lasīšana, diskusijas, vizuāli materiāli u. c.)",
                  "How I learn best (practical examples, reading, discussion, visual material, etc.)",
                ),
                true,
              ),
              area(
                "feedbackStyle",
                t(
                  "Kā man patīk saņemt informāciju un atgriezenisko saiti",
                  "How I like to receive information and feedback",
                ),
              ),
              area(
                "wantToDevelop",
                t(
                  "Ko vēlos attīstīt šajā mentoringa programmā",
                  "What I want to develop in this programme",
                ),
                true,
              ),
              area(
                "mentorILookFor",
                t("Kādu mentoru es meklēju", "What kind of mentor I look for"),
              ),
              area(
                "whyITakePart",
                t(
                  "Kāpēc es piedalos mentoringa programmā",
                  "Why I take part in the mentoring programme",
                ),
              ),
            ],
          },
          {
            title: t("Praktiskās vienošanās", "Practical agreements"),
            fields: [
              area(
                "meetingFormat",
                t(
                  "Kāds tikšanās formāts man ir ērtāks (klātienē vai tiešsaistē)",
                  "Which meeting format suits me (in person or online)",
                ),
              ),
              area(
                "rhythm",
                t(
                  "Cik bieži vēlos tikties un cik ilgi spēju saglabāt fokusu",
                  "How often I want to meet and how long I can keep my focus",
                ),
              ),
              area(
                "sessionStructure",
                t(
                  "Kā es labprāt strukturētu sarunas (piem., īsa atskaite par progresu, konkrētas tēmas, nākamie soļi)",
                  "How I would like the sessions structured (e.g. a short progress update, specific topics, next steps)",
                ),
              ),
              area(
                "supportExpected",
                t(
                  "Kādu atbalsta un atgriezeniskās saites veidu sagaidu no mentora",
                  "What kind of support and feedback I expect from my mentor",
                ),
              ),
              area(
                "doneSoFar",
                t(
                  "Ko esmu jau paveicis sava mērķa sasniegšanā",
                  "What I have already done towards my goal",
                ),
              ),
            ],
          },
          {
            title: t("Cilvēciskā puse", "The human side"),
            fields: [
              area(
                "personalFacts",
                t(
                  "Daži personīgi fakti (hobiji, intereses, kā līdzsvaroju darbu un privāto dzīvi)",
                  "A few personal facts (hobbies, interests, how I balance work and private life)",
                ),
              ),
              area(
                "inspires",
                t(
                  "Kas mani iedvesmo un motivē darbā un ikdienā",
                  "What inspires and motivates me at work and every day",
                ),
              ),
              area(
                "wantToGive",
                t(
                  "Kāpēc man ir svarīgi piedalīties šajā programmā un ko vēlos dot",
                  "Why taking part matters to me and what I want to give",
                ),
              ),
            ],
          },
        ],
      };
    case "plan":
      return {
        id: "plan",
        title: t("Sadarbības plāns", "The mentoring plan"),
        intro: t(
          "Pirmajā tikšanās reizē mentors kopā ar {partners} izpēta situāciju (SWOT), ieraksta līdz trim SMART mērķiem un vienojas par tikšanās grafiku. Pēc nosūtīšanas visi saņems tikšanās datumus un kalendāra ielūgumus.",
          "At the first meeting the mentor, together with {partners}, looks at the situation (SWOT), writes down up to three SMART goals and agrees the meeting schedule. After sending, everyone gets the dates and calendar invitations.",
        ),
        submitLabel: t("Saglabāt plānu", "Save the plan"),
        sections: [
          ...SWOT_QUESTIONS.map(({ quadrant, title, questions }) => ({
            title,
            intro: t(
              "Nav obligāti; atbildes redz tikai jūs un mentors.",
              "Optional; only you and the mentor see the answers.",
            ),
            fields: questions.map((label, i) => area(`${quadrant}${i + 1}`, label)),
          })),
          ...[1, 2, 3].map((n) => ({
            title: t(`${n}. mērķis`, `Goal ${n}`),
            ...(n > 1
              ? {
                  intro: t(
                    "Aizpildiet, ja jums ir vēl viens mērķis.",
                    "Fill in if you have another goal.",
                  ),
                }
              : {}),
            fields: [
              {
                kind: "text" as const,
                name: `goal${n}`,
                label: t("Mērķis", "Goal"),
                required: n === 1,
                maxLength: 300,
              },
              area(`situation${n}`, t("Reālā situācija", "The situation now")),
              area(`opportunities${n}`, t("Iespējas", "Opportunities")),
              area(`actions${n}`, t("Konkrētas plānotās darbības", "Concrete planned actions")),
              area(
                `result${n}`,
                t(
                  "Sagaidāmais rezultāts (un kas notiek, ja mērķi nesasniedz)",
                  "Expected result (and what happens if the goal is not reached)",
                ),
                n === 1,
              ),
              ...SMART_CHECKS.map(({ check, label, help }) => ({
                kind: "checkbox" as const,
                name: `${check}${n}`,
                label,
                help,
              })),
            ],
          })),
          {
            title: t("Tikšanās", "Meetings"),
            fields: [
              {
                kind: "radio",
                name: "cadence",
                label: t("Cik bieži tiksieties?", "How often will you meet?"),
                required: true,
                options: [
                  { value: "1", label: t("Reizi mēnesī", "Once a month") },
                  { value: "2", label: t("Divreiz mēnesī", "Twice a month") },
                ],
              },
              {
                kind: "number",
                name: "sessionMinutes",
                label: t("Tikšanās ilgums minūtēs", "Length of a meeting in minutes"),
                help: t(
                  "Cilvēks labi koncentrējas apmēram 1,5–2 stundas.",
                  "A person focuses well for about 1.5–2 hours.",
                ),
                required: true,
                min: 30,
                max: 180,
              },
              {
                kind: "radio",
                name: "sessionFormat",
                label: t("Tikšanās veids", "Where you meet"),
                required: true,
                options: [
                  { value: "in_person", label: t("Klātienē", "In person") },
                  { value: "online", label: t("Tiešsaistē", "Online") },
                  { value: "mixed", label: t("Jaukti", "Mixed") },
                ],
              },
              {
                kind: "datetime",
                name: "firstSessionAt",
                label: t(
                  "Pirmās plānotās tikšanās laiks (Rīgas laiks)",
                  "Time of the first planned meeting (Riga time)",
                ),
                required: true,
              },
              {
                kind: "number",
                name: "sessionCount",
                label: t("Cik tikšanās plānojat?", "How many meetings do you plan?"),
                required: true,
                min: 1,
                max: 24,
              },
            ],
          },
        ],
      };
    case "reflection":
      return {
        id: "reflection",
        title: t("Refleksija pēc {session}. tikšanās", "Reflection on session {session}"),
        intro: t(
          "Dažās minūtēs novērtējiet tikšanos. Jūsu teksts paliek starp jums; koordinators redz tikai vērtējumus, ja vien neizvēlaties dalīties.",
          "Reflect on the session in a few minutes. Your words stay between you; the coordinator sees only the ratings unless you choose to share.",
        ),
        submitLabel: t("Nosūtīt refleksiju", "Send the reflection"),
        sections: [
          {
            title: t("Vērtējumi", "Ratings"),
            fields: [
              {
                kind: "radio",
                name: "held",
                label: t("Vai tikšanās notika?", "Did the meeting take place?"),
                required: true,
                options: [
                  { value: "yes", label: t("Jā", "Yes") },
                  { value: "no", label: t("Nē", "No") },
                ],
              },
              ratingField(
                "valueRating",
                t("Cik vērtīga bija tikšanās?", "How valuable was the session?"),
              ),
              ratingField(
                "ideasRating",
                t(
                  "Cik daudz jaunu ideju vai atziņu ieguvāt?",
                  "How many new ideas or insights did you gain?",
                ),
              ),
              ratingField(
                "safetyRating",
                t("Cik droši un ērti jutāties?", "How safe and comfortable did you feel?"),
              ),
            ],
          },
          {
            title: t("Īsi jautājumi", "Short questions"),
            fields: [
              area(
                "mostValuable",
                t("Vērtīgākais, ko ņemu līdzi", "The most valuable thing I take away"),
              ),
              area(
                "stillUnclear",
                t(
                  "Kas vēl nav skaidrs vai jāturpina?",
                  "What is still unclear or needs follow-up?",
                ),
              ),
              area(
                "tryBeforeNext",
                t(
                  "Ko izmēģināšu praksē līdz nākamajai reizei?",
                  "What will I try in practice before next time?",
                ),
              ),
              area("todayUnderstood", t("Šodien es sapratu, ka …", "Today I understood that …")),
              area(
                "nextTimeDeeper",
                t(
                  "Nākamreiz es vēlētos padziļināties …",
                  "Next time I would like to go deeper into …",
                ),
              ),
              {
                kind: "checkbox",
                name: "shareWithCoordinator",
                label: t(
                  "Dalīties ar savām atbildēm ar koordinatoru",
                  "Share my answers with the coordinator",
                ),
              },
            ],
          },
        ],
      };
    case "checkpoint":
      return {
        id: "checkpoint",
        title: t(
          "Progresa pārbaude pēc {session}. tikšanās",
          "Progress checkpoint after session {session}",
        ),
        intro: t(
          "Novērtējiet, cik tālu esat ar katru mērķi (0–100 %), un pierakstiet šī posma galveno atziņu.",
          "Rate how far along each goal is (0–100%) and write down the key insight of this stage.",
        ),
        submitLabel: t("Nosūtīt", "Send"),
        sections: [
          {
            title: t("Mērķi", "Goals"),
            fields: (context.goals ?? []).map((goal) => ({
              kind: "number" as const,
              name: `progress_${goal.key}`,
              label: localized(goal.title, goal.title),
              help: t("Progress procentos (0–100).", "Progress in percent (0–100)."),
              required: true,
              min: 0,
              max: 100,
            })),
          },
          {
            title: t("Pārdomas", "Thoughts"),
            fields: [
              area("keyInsight", t("Šī posma galvenā atziņa", "The key insight of this stage")),
              {
                kind: "yes-no",
                name: "planChangeNeeded",
                label: t("Vai plāns jāmaina?", "Does the plan need a change?"),
                required: true,
              },
            ],
          },
        ],
      };
    case "closure":
      return {
        id: "closure",
        title: t("Sadarbības noslēgums", "Closing the relationship"),
        intro: t(
          "Salīdziniet mērķus ar sasniegto un dalieties ar atziņām. Pēc tam sadarbība tiks noslēgta un izsniegti sertifikāti.",
          "Compare the goals with what you reached and share your learnings. Then the relationship closes and certificates are issued.",
        ),
        submitLabel: t("Nosūtīt", "Send"),
        sections: [
          {
            title: t(
              "Sagatavošanās noslēguma tikšanās reizei",
              "Preparing for the closing meeting",
            ),
            intro: t(
              "Nav obligāti; palīdz mentorējamajam sagatavoties sarunai.",
              "Optional; helps the mentee prepare for the conversation.",
            ),
            fields: [
              area(
                "expectationsBefore",
                t(
                  "Kādas bija manas ekspektācijas pirms sadarbības uzsākšanas?",
                  "What did I expect before the relationship began?",
                ),
              ),
              area(
                "mostProgress",
                t(
                  "Kur es redzēju vislielāko progresu, kur ne? Kāpēc?",
                  "Where did I see the most progress, and where not? Why?",
                ),
              ),
              area(
                "futureGoals",
                t(
                  "Kādus mērķus izvirzīšu un ko es mainīšu, patstāvīgi mācoties tālāk?",
                  "Which goals will I set and what will I change while learning on my own?",
                ),
              ),
            ],
          },
          {
            title: t("Rezultāti", "Results"),
            fields: [
              area(
                "goalsReached",
                t(
                  "Ko sasniedzām salīdzinājumā ar mērķiem un kāpēc?",
                  "What did we reach compared with the goals, and why?",
                ),
                true,
              ),
              area("learnings", t("2–3 galvenās atziņas", "2–3 key learnings"), true),
              area(
                "notReached",
                t(
                  "Ko nesasniedzu šīs programmas ietvaros? Kāpēc?",
                  "What did I not reach in this programme? Why?",
                ),
              ),
              area("nextSteps", t("Nākamie soļi", "Next steps")),
              area("feedback", t("Atgriezeniskā saite partnerim", "Feedback for my partner")),
              {
                kind: "yes-no",
                name: "keepInTouch",
                label: t("Vai vēlaties palikt kontaktā?", "Do you want to stay in touch?"),
                required: true,
              },
            ],
          },
        ],
      };
  }
}
