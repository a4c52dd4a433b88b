import fontkit from "@pdf-lib/fontkit";
import {
  type Color,
  PageSizes,
  PDFDocument,
  type PDFFont,
  type PDFPage,
  PDFString,
  rgb,
} from "pdf-lib";
import { z } from "zod";
import {
  type Language,
  type Localized,
  languageSchema,
  localizedSchema,
} from "../i18n/localized.js";
import { type CertificateFonts, loadCertificateFonts } from "./certificate-font.js";
import { certificateIdSchema } from "./certificate-id.js";
import {
  CERTIFICATE_ID_LABEL,
  type CertificateKind,
  certificateKindSchema,
  certificatePeriodSchema,
  formatCalendarDate,
  formatPeriod,
  formatSessions,
  ISSUER,
  KIND_LABEL,
  quoted,
  rigaDate,
} from "./certificate-texts.js";

const personName = z.string().trim().min(1).max(200);

export const certificateInputSchema = z.object({
  certificateId: certificateIdSchema,
  kind: certificateKindSchema,
  /** The holder, as the person wrote it. */
  name: personName,
  /** Mentee: the mentor; mentor: the mentees. */
  partnerNames: z.array(personName).max(30),
  /** The programme's name. */
  programme: localizedSchema,
  /** The mentoring format's label (`FORMATS` in shared/schemas/reference.ts). */
  formatLabel: localizedSchema,
  sessionsHeld: z.number().int().min(0).max(1000),
  period: certificatePeriodSchema,
  issuedAt: z.iso.datetime({ offset: true }),
  /** The holder's language: printed first and larger. */
  language: languageSchema,
  verifyUrl: z.url({ protocol: /^https?$/ }),
});
export type CertificateInput = z.input<typeof certificateInputSchema>;
type Certificate = z.output<typeof certificateInputSchema>;

const TITLE: Record<CertificateKind, Localized> = {
  mentee: { lv: "Sertifikāts", en: "Certificate" },
  mentor: { lv: "Pateicība", en: "Thank you" },
};

// The name stands alone in the nominative: the verbs after it ("pabeidza") have one form
// for every gender, and Latvian certificates conventionally put the name under the title.
const STATEMENT: Record<CertificateKind, Record<Language, (programme: string) => string>> = {
  mentee: {
    lv: (programme) => `pabeidza mentoringu programmā ${quoted(programme, "lv")}`,
    en: (programme) => `has completed mentoring in the programme ${quoted(programme, "en")}`,
  },
  mentor: {
    lv: (programme) => `par mentora darbu programmā ${quoted(programme, "lv")}`,
    en: (programme) => `for mentoring in the programme ${quoted(programme, "en")}`,
  },
};

/** Partner labels are role names, used generically as elsewhere in the programme. */
const PARTNER_LABEL: Record<CertificateKind, Record<"one" | "many", Localized>> = {
  mentee: {
    one: { lv: "Mentors", en: "Mentor" },
    many: { lv: "Mentori", en: "Mentors" },
  },
  mentor: {
    one: { lv: "Mentorējamais", en: "Mentee" },
    many: { lv: "Mentorējamie", en: "Mentees" },
  },
};

const ISSUED = {
  lv: (date: string) => `Izsniegts ${formatCalendarDate(date, "lv", "locative")}`,
  en: (date: string) => `Issued on ${formatCalendarDate(date, "en")}`,
};
const VERIFY_LABEL: Localized = { lv: "Pārbaudīt", en: "Verify" };

const ACCENT = rgb(0x7a / 255, 0x1f / 255, 0x2b / 255);
const INK = rgb(0x1b / 255, 0x1b / 255, 0x1f / 255);
const MUTED = rgb(0x4a / 255, 0x4a / 255, 0x55 / 255);

/** A4 landscape, in PDF points. */
export const CERTIFICATE_PAGE_SIZE = { width: PageSizes.A4[1], height: PageSizes.A4[0] } as const;
const MARGIN = 80;
const FOOTER_TOP = 118;

interface Line {
  text: string;
  bold: boolean;
  size: number;
  color: Color;
  /** Space above the line, in points. */
  gap: number;
}

const other = (language: Language): Language => (language === "lv" ? "en" : "lv");

/** Text in people's data may hold tabs or line breaks; the page sets its own lines. */
const oneLine = (text: string): string => text.replace(/\s+/g, " ").trim();

/** The centred body, top to bottom, at a scale that lets long names and programmes fit. */
function bodyLines(certificate: Certificate, fonts: PdfFonts, scale: number): Line[] {
  const first = certificate.language;
  const second = other(first);
  const width = CERTIFICATE_PAGE_SIZE.width - 2 * MARGIN;
  const lines: Line[] = [];
  const add = (text: string, bold: boolean, size: number, color: Color, gap: number) => {
    const font = bold ? fonts.bold : fonts.regular;
    wrap(oneLine(text), font, size * scale, width).forEach((part, index) => {
      lines.push({
        text: part,
        bold,
        size: size * scale,
        color,
        gap: index === 0 ? gap * scale : 0,
      });
    });
  };
  const { kind } = certificate;
  const partners = certificate.partnerNames.map(oneLine);
  const partnerLine = (language: Language) => {
    const label = PARTNER_LABEL[kind][partners.length === 1 ? "one" : "many"][language];
    return `${label}: ${partners.join(", ")}`;
  };
  const details = (language: Language) =>
    [
      certificate.formatLabel[language],
      formatSessions(certificate.sessionsHeld, language),
      formatPeriod(certificate.period, language),
    ].join(" · ");

  add(ISSUER[first].toUpperCase(), true, 12, ACCENT, 0);
  add(ISSUER[second].toUpperCase(), false, 9, MUTED, 3);
  add(TITLE[kind][first], true, 40, INK, 26);
  add(TITLE[kind][second], false, 17, MUTED, 6);
  // The name is the one thing that must stay on one line: shrink it rather than wrap.
  const nameText = oneLine(certificate.name);
  const nameSize = Math.min(34 * scale, fitSize(nameText, fonts.bold, width));
  lines.push({ text: nameText, bold: true, size: nameSize, color: ACCENT, gap: 28 * scale });

  add(STATEMENT[kind][first](certificate.programme[first]), false, 15, INK, 20);
  add(details(first), false, 12, INK, 6);
  if (partners.length > 0) add(partnerLine(first), false, 12, INK, 4);
  add(STATEMENT[kind][second](certificate.programme[second]), false, 11, MUTED, 16);
  add(details(second), false, 9.5, MUTED, 4);
  if (partners.length > 0) add(partnerLine(second), false, 9.5, MUTED, 3);
  return lines;
}

const lineHeight = (line: Line) => line.size * 1.25 + line.gap;

interface PdfFonts {
  regular: PDFFont;
  bold: PDFFont;
}

/** Greedy word wrap; a single word wider than the line is left whole (it shrinks elsewhere). */
export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(" ")) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && font.widthOfTextAtSize(candidate, size) > width) {
      lines.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  if (current) lines.push(current);
  return lines;
}

/** The largest size at which the text fits the width. */
const fitSize = (text: string, font: PDFFont, width: number): number =>
  (width / Math.max(font.widthOfTextAtSize(text, 1), 1)) * 0.999;

function drawCentred(
  page: PDFPage,
  text: string,
  font: PDFFont,
  size: number,
  y: number,
  color: Color,
) {
  const width = font.widthOfTextAtSize(text, size);
  page.drawText(text, { x: (page.getWidth() - width) / 2, y, size, font, color });
  return { x: (page.getWidth() - width) / 2, width };
}

/** The bottom: issue date, certificate id and the verification address, both languages. */
function drawFooter(page: PDFPage, certificate: Certificate, fonts: PdfFonts) {
  const first = certificate.language;
  const second = other(first);
  const width = CERTIFICATE_PAGE_SIZE.width - 2 * MARGIN;
  const issued = rigaDate(certificate.issuedAt);
  const rows = [
    { text: `${ISSUED[first](issued)} · ${ISSUED[second](issued)}`, size: 10, y: 96 },
    {
      text: `${CERTIFICATE_ID_LABEL[first]} · ${CERTIFICATE_ID_LABEL[second]}: ${certificate.certificateId}`,
      size: 10,
      y: 80,
    },
  ];
  for (const row of rows) {
    const size = Math.min(row.size, fitSize(row.text, fonts.regular, width));
    drawCentred(page, row.text, fonts.regular, size, row.y, INK);
  }
  const verify = `${VERIFY_LABEL[first]} · ${VERIFY_LABEL[second]}: ${certificate.verifyUrl}`;
  const size = Math.min(10, fitSize(verify, fonts.regular, width));
  const { x, width: drawn } = drawCentred(page, verify, fonts.regular, size, 64, ACCENT);
  addLink(page, [x, 60, x + drawn, 64 + size], certificate.verifyUrl);
}

/** A clickable area over the printed address, for people who open the PDF on screen. */
function addLink(page: PDFPage, rect: [number, number, number, number], url: string) {
  const { context } = page.doc;
  const link = context.register(
    context.obj({
      Type: "Annot",
      Subtype: "Link",
      Rect: rect,
      Border: [0, 0, 0],
      A: { Type: "Action", S: "URI", URI: PDFString.of(url) },
    }),
  );
  page.node.addAnnot(link);
}

function drawFrame(page: PDFPage) {
  const { width, height } = CERTIFICATE_PAGE_SIZE;
  page.drawRectangle({
    x: 24,
    y: 24,
    width: width - 48,
    height: height - 48,
    borderColor: ACCENT,
    borderWidth: 2.5,
  });
  page.drawRectangle({
    x: 32,
    y: 32,
    width: width - 64,
    height: height - 64,
    borderColor: ACCENT,
    borderWidth: 0.75,
  });
}

/**
 * The certificate (mentees) or thank-you letter (mentors) at the end of a relationship:
 * one A4 landscape page in both languages, the holder's language first and larger, with
 * the fonts embedded as subsets so Latvian letters render and copy as text everywhere.
 */
export async function renderCertificate(
  input: CertificateInput,
  fonts?: CertificateFonts,
): Promise<Uint8Array> {
  const certificate = certificateInputSchema.parse(input);
  const fontBytes = fonts ?? (await loadCertificateFonts());
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const pdfFonts: PdfFonts = {
    regular: await doc.embedFont(fontBytes.regular, { subset: true }),
    bold: await doc.embedFont(fontBytes.bold, { subset: true }),
  };
  const { language, kind, name } = certificate;
  const issuedAt = new Date(certificate.issuedAt);
  doc.setTitle(`${TITLE[kind][language]} – ${oneLine(name)}`, { showInWindowTitleBar: true });
  doc.setSubject(`${KIND_LABEL[kind][language]}: ${certificate.programme[language]}`);
  doc.setAuthor(ISSUER.lv);
  doc.setCreator(ISSUER[language]);
  doc.setKeywords([certificate.certificateId, KIND_LABEL[kind][language]]);
  doc.setLanguage(language === "lv" ? "lv-LV" : "en-GB");
  doc.setCreationDate(issuedAt);
  doc.setModificationDate(issuedAt);

  const page = doc.addPage([CERTIFICATE_PAGE_SIZE.width, CERTIFICATE_PAGE_SIZE.height]);
  drawFrame(page);
  const top = CERTIFICATE_PAGE_SIZE.height - 78;
  // Shrink the whole body step by step until it clears the footer.
  let lines = bodyLines(certificate, pdfFonts, 1);
  for (let scale = 0.92; scale > 0.5; scale -= 0.08) {
    if (top - lines.reduce((sum, line) => sum + lineHeight(line), 0) >= FOOTER_TOP) break;
    lines = bodyLines(certificate, pdfFonts, scale);
  }
  let y = top;
  for (const line of lines) {
    y -= line.gap + line.size;
    const font = line.bold ? pdfFonts.bold : pdfFonts.regular;
    drawCentred(page, line.text, font, line.size, y, line.color);
    y -= line.size * 0.25;
  }
  drawFooter(page, certificate, pdfFonts);
  return doc.save();
}
