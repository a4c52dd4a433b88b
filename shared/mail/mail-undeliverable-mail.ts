import { ESCALATION_REASON_LABELS } from "../domain/escalations/escalation-reasons.js";
import { escapeHtml, PROGRAMME_NAME } from "../forms/render-page.js";
import { format, type Language, type Localized, localized } from "../i18n/localized.js";
import type { SuppressionReason } from "../schemas/mail-event.js";

const T = {
  subject: localized("Nepieciešams jūsu lēmums: {label}", "Your decision is needed: {label}"),
  greeting: localized("Labdien!", "Hello,"),
  body: localized(
    "Programmas e-pasti vairs netiek sūtīti: {name} ({email}). Iemesls: {why} Sadarbība ({relationship}) turpinās, taču veidlapas un atgādinājumi uz šo adresi vairs netiek sūtīti. Lūdzu, sazinieties citā veidā un konsolē izlemiet, kā turpināt.",
    "The programme no longer sends e-mail to participant {name} ({email}): {why} The relationship ({relationship}) goes on, but this participant receives no forms or reminders. Please reach the participant another way and decide in the console how to go on.",
  ),
  button: localized("Atvērt konsolē", "Open in the console"),
  why: localized(
    "Jūs saņemat šo e-pastu, jo koordinējat programmu „{programme}”.",
    "You receive this e-mail because you coordinate the “{programme}”.",
  ),
};

const WHY: Record<SuppressionReason, Localized> = {
  permanent_bounce: localized(
    "pasta serveris atteica piegādi uz šo adresi (tā neeksistē vai vairs netiek lietota).",
    "the recipient's mail server refused delivery (the address does not exist or is no longer used).",
  ),
  complaint: localized(
    "programmas e-pasts šajā pastkastē tika atzīmēts kā nevēlams.",
    "the recipient marked the programme's e-mail as unwanted.",
  ),
};

export interface UndeliverableMailValues {
  name: string;
  email: string;
  relationship: string;
  reason: SuppressionReason;
  link: string;
}

/** The coordinator's e-mail about an undeliverable participant address: plain text and HTML. */
export function renderUndeliverableMail(language: Language, values: UndeliverableMailValues) {
  const vars = {
    name: values.name,
    email: values.email,
    relationship: values.relationship,
    why: WHY[values.reason][language],
    programme: PROGRAMME_NAME[language],
  };
  const subject = format(T.subject[language], {
    label: ESCALATION_REASON_LABELS.mail_undeliverable[language],
  });
  const greeting = T.greeting[language];
  const body = format(T.body[language], vars);
  const button = T.button[language];
  const why = format(T.why[language], vars);
  const text = [greeting, "", body, "", `${button}: ${values.link}`, "", why].join("\n");
  const html = `<!doctype html><html lang="${language}"><body style="font-family:system-ui,sans-serif;color:#1b1b1f;max-width:36rem;margin:auto;padding:1rem">
<p style="color:#7a1f2b;font-weight:600">${escapeHtml(PROGRAMME_NAME[language])}</p>
<p>${escapeHtml(greeting)}</p><p>${escapeHtml(body)}</p>
<p><a href="${escapeHtml(values.link)}" style="display:inline-block;background:#7a1f2b;color:#fff;padding:.75rem 1.25rem;border-radius:.375rem;text-decoration:none;font-weight:600">${escapeHtml(button)}</a></p>
<p style="color:#4a4a55;font-size:.9rem">${escapeHtml(why)}</p></body></html>`;
  return { subject, text, html, links: [values.link] };
}
