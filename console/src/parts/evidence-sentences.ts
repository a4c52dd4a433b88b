/**
 * An escalation's evidence in sentences: what triggered it (which form, which rating, since
 * when), with names for participant ids, never a key-value dump. Health findings read from
 * the reasons' table (the same sentence the e-mail to the coordinator has); the other kinds
 * of evidence have their own sentence here.
 */
import { ESCALATION_REASONS } from "@shared/domain/escalations/escalation-reasons.js";
import { RATING_LABELS, type RatingKind } from "@shared/domain/evaluate-health.js";
import type { Language } from "@shared/i18n/localized.js";
import type { Escalation } from "../api";

type Evidence = Escalation["evidence"][number];

const ROLE: Record<string, readonly [string, string]> = {
  mentor: ["no mentora puses", "the mentor"],
  mentee: ["no mentorējamā puses", "the mentee"],
};

const UNDELIVERABLE: Record<string, readonly [string, string]> = {
  bounce: ["adrese atraidīja vēstuli", "the address bounced"],
  complaint: ["saņēmējs atzīmēja vēstuli kā surogātpastu", "the recipient marked it as spam"],
};

export function evidenceSentence(
  item: Evidence,
  language: Language,
  helpers: { name: (id: string) => string; dateTime: (iso: string) => string },
): string {
  const lv = language === "lv";
  const pick = (texts: readonly [string, string] | undefined, fallback: string) =>
    texts ? texts[lv ? 0 : 1] : fallback;
  const d = item.detail;
  const who = typeof d.participantId === "string" ? helpers.name(d.participantId) : "–";
  const when = (value: unknown) => (typeof value === "string" ? helpers.dateTime(value) : "–");
  const quoted = (text: string) => (lv ? `„${text}”` : `“${text}”`);
  switch (ESCALATION_REASONS[item.reason].evidence) {
    case "declines": {
      if (typeof d.participantId !== "string")
        return lv ? "Visi kandidāti ir izmantoti." : "Every candidate has been asked.";
      const said =
        typeof d.said === "string" && d.said !== ""
          ? ` ${lv ? "Iemesls" : "Reason"}: ${quoted(d.said)}.`
          : "";
      const role = pick(ROLE[String(d.role)], String(d.role ?? ""));
      return lv
        ? `Atteikums ${role}: ${who}, ${when(d.at)}.${said}`
        : `${who} (${role}) declined on ${when(d.at)}.${said}`;
    }
    case "plan_request":
      if (typeof d.sentAt !== "string")
        return lv ? "Plāns nav iesniegts laikā." : "The plan was not submitted in time.";
      return lv
        ? `Plāna veidlapa nosūtīta ${when(d.sentAt)}: ${who}. Plāns nav iesniegts${d.reminded ? ", arī pēc atgādinājuma" : ""}.`
        : `The plan form was sent to ${who} on ${when(d.sentAt)}. No plan came${d.reminded ? ", not even after the reminder" : ""}.`;
    case "own": {
      const how = pick(UNDELIVERABLE[String(d.kind)], String(d.kind ?? ""));
      return lv
        ? `E-pasts nav piegādājams: ${who} (${how}, ${when(d.reportedAt)}). Dalībnieks nesaņem veidlapas un atgādinājumus.`
        : `E-mail cannot be delivered: ${who} (${how}, ${when(d.reportedAt)}). The participant gets no forms or reminders.`;
    }
    default: {
      const template = ESCALATION_REASONS[item.reason].finding?.[language];
      if (!template || Object.keys(d).length === 0)
        return ESCALATION_REASONS[item.reason].label[language];
      const values: Record<string, string> = {};
      for (const [key, value] of Object.entries(d)) values[key] = String(value);
      values.participantId = who;
      if (typeof d.rating === "string" && d.rating in RATING_LABELS)
        values.ratingLabel = RATING_LABELS[d.rating as RatingKind][language];
      const sentence = template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? "–");
      // Latvian decimal commas in figures such as an average.
      return lv ? sentence.replace(/(\d)\.(\d)/g, "$1,$2") : sentence;
    }
  }
}
