import { type Localized, localized } from "../../i18n/localized.js";

/** The SMART checks of a goal (guidelines, annex "SMART modeļa skaidrojums"). */
export const SMART = ["specific", "measurable", "achievable", "relevant", "timeBound"] as const;
/** The SWOT quadrants, three questions each (guidelines, annex "SWOT analīzes paraugs"). */
export const SWOT = ["strength", "weakness", "opportunity", "threat"] as const;

/**
 * The guideline's SWOT sample, three questions per quadrant, asked of the mentee ("jūs"):
 * the mentor may write the answers down, but the questions are the mentee's.
 */
export const SWOT_QUESTIONS: {
  quadrant: (typeof SWOT)[number];
  title: Localized;
  questions: Localized[];
}[] = [
  {
    quadrant: "strength",
    title: localized("Stiprās puses", "Strengths"),
    questions: [
      localized("Kādas prasmes jums padodas vislabāk?", "Which skills come easiest to you?"),
      localized(
        "Kādas situācijas jums dod pārliecību par savām spējām?",
        "Which situations make you confident in your abilities?",
      ),
      localized(
        "Kādas jūsu personiskās īpašības palīdz jums ikdienas darbā?",
        "Which of your personal qualities help you in your daily work?",
      ),
    ],
  },
  {
    quadrant: "weakness",
    title: localized("Attīstāmās puses", "Weaknesses"),
    questions: [
      localized(
        "Kuras prasmes vai zināšanas vēlaties attīstīt?",
        "Which skills or knowledge do you want to develop?",
      ),
      localized(
        "Kādas situācijas jums rada vislielākās grūtības vai stresu?",
        "Which situations cause you the most difficulty or stress?",
      ),
      localized(
        "Kādi ieradumi vai domāšanas tendences jūs kavē?",
        "Which habits or ways of thinking hold you back?",
      ),
    ],
  },
  {
    quadrant: "opportunity",
    title: localized("Iespējas", "Opportunities"),
    questions: [
      localized(
        "Kādas profesionālās attīstības iespējas varat izmantot (projekti, apmācības, kontakti)?",
        "Which professional development opportunities can you use (projects, training, contacts)?",
      ),
      localized(
        "Kā mentors var palīdzēt paplašināt jūsu redzējumu vai tīklu?",
        "How can the mentor help widen your view or your network?",
      ),
      localized(
        "Kādi nākotnes izaicinājumi jums varētu dot iespēju augt?",
        "Which challenges ahead could give you a chance to grow?",
      ),
    ],
  },
  {
    quadrant: "threat",
    title: localized("Šķēršļi", "Threats"),
    questions: [
      localized(
        "Kādi ārējie faktori varētu kavēt jūsu progresu (piem., tirgus izmaiņas, laika trūkums)?",
        "Which outside factors could slow your progress (e.g. market changes, lack of time)?",
      ),
      localized(
        "Kādi personīgie ierobežojumi (motivācija, veselība, resursi) jums varētu būt šķērslis?",
        "Which personal limits (motivation, health, resources) could stand in the way?",
      ),
      localized(
        "Kādi konkurenti vai alternatīvas jūsu vidē var ierobežot jūsu iespējas?",
        "Which competitors or alternatives around you could limit your options?",
      ),
    ],
  },
];

/** The guideline's SMART explanation: each check a goal must pass, with its questions. */
export const SMART_CHECKS: { check: (typeof SMART)[number]; label: Localized; help: Localized }[] =
  [
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
      label: localized(
        "Laikā ierobežots: ir konkrēts termiņš",
        "Time-bound: it has a firm deadline",
      ),
      help: localized(
        "Kādi ir starpposmu termiņi un atzīmes? Kas notiks, ja termiņu neievērošu?",
        "What are the milestones and interim dates? What happens if I miss the deadline?",
      ),
    },
  ];
