import { copyFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, sep } from "node:path";
import { PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef } from "pdf-lib";
import { beforeAll, describe, expect, it } from "vitest";
import {
  CERTIFICATE_FONT_FILES,
  type CertificateFonts,
  certificateFontPaths,
  loadCertificateFonts,
} from "../../shared/certificates/certificate-font.js";
import {
  certificateIdSchema,
  newCertificateId,
  normalizeCertificateId,
} from "../../shared/certificates/certificate-id.js";
import { formatCalendarDate, formatPeriod } from "../../shared/certificates/certificate-texts.js";
import {
  CERTIFICATE_PAGE_SIZE,
  type CertificateInput,
  renderCertificate,
} from "../../shared/certificates/render-certificate.js";
import {
  renderVerification,
  type VerificationResult,
  verificationTitle,
} from "../../shared/certificates/verification-page.js";
import { PROGRAMME_NAME, renderPage } from "../../shared/forms/render-page.js";
import { LANGUAGES } from "../../shared/i18n/localized.js";
import { extractText } from "../fixtures/pdf-text.js";

const HOLDER = "Līga Bērziņa-Ķēniņa";
const ID = "cert_0123456789abcdefghijklmnop";

const menteeInput = (overrides: Partial<CertificateInput> = {}): CertificateInput => ({
  certificateId: ID,
  kind: "mentee",
  name: HOLDER,
  partnerNames: ["Jānis Ozols"],
  programme: PROGRAMME_NAME,
  formatLabel: { lv: "Individuālais mentorings (1:1)", en: "Individual mentoring (1:1)" },
  sessionsHeld: 8,
  period: { from: "2025-03-03", to: "2025-09-30" },
  // 22:30 UTC is already 1 October in Riga.
  issuedAt: "2025-09-30T22:30:00Z",
  language: "lv",
  verifyUrl: `https://mentori.example.lv/verify/${ID}`,
  ...overrides,
});

let fonts: CertificateFonts;
beforeAll(async () => {
  fonts = await loadCertificateFonts();
});

describe("certificate fonts", () => {
  it("come from the dejavu-fonts-ttf package when no directory is set", () => {
    const paths = certificateFontPaths({});
    expect(paths.regular).toMatch(/node_modules[\\/]dejavu-fonts-ttf[\\/]ttf[\\/]DejaVuSans\.ttf$/);
    expect(paths.bold).toMatch(
      /node_modules[\\/]dejavu-fonts-ttf[\\/]ttf[\\/]DejaVuSans-Bold\.ttf$/,
    );
  });

  it("are TrueType files", () => {
    for (const bytes of [fonts.regular, fonts.bold]) {
      // sfnt version 1.0: 00 01 00 00.
      expect([...bytes.subarray(0, 4)]).toEqual([0, 1, 0, 0]);
      expect(bytes.length).toBeGreaterThan(100_000);
    }
  });

  it("load from CERTIFICATE_FONT_DIR, as in a bundled Lambda", async () => {
    const dir = await mkdtemp(join(tmpdir(), "certificate-fonts-"));
    try {
      const packaged = certificateFontPaths({});
      await copyFile(packaged.regular, join(dir, CERTIFICATE_FONT_FILES.regular));
      await copyFile(packaged.bold, join(dir, CERTIFICATE_FONT_FILES.bold));
      const env = { CERTIFICATE_FONT_DIR: dir };
      expect(certificateFontPaths(env).regular).toBe(`${dir}${sep}DejaVuSans.ttf`);
      const loaded = await loadCertificateFonts(env);
      expect(Buffer.from(loaded.regular).equals(Buffer.from(fonts.regular))).toBe(true);
      expect(Buffer.from(loaded.bold).equals(Buffer.from(fonts.bold))).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("say what to fix when the directory has no fonts", async () => {
    await expect(
      loadCertificateFonts({ CERTIFICATE_FONT_DIR: join(tmpdir(), "no-such-font-dir") }),
    ).rejects.toThrow(/CERTIFICATE_FONT_DIR/);
  });
});

describe("renderCertificate", () => {
  it("makes one A4 landscape page with the metadata set", async () => {
    const bytes = await renderCertificate(menteeInput(), fonts);
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(doc.getPageCount()).toBe(1);
    const { width, height } = doc.getPage(0).getSize();
    expect(width).toBeCloseTo(841.89, 1);
    expect(height).toBeCloseTo(595.28, 1);
    expect({ width, height }).toEqual(CERTIFICATE_PAGE_SIZE);
    expect(doc.getTitle()).toBe(`Sertifikāts – ${HOLDER}`);
    expect(doc.getAuthor()).toBe("Publiskās pārvaldes digitālā akadēmija");
    expect(doc.getSubject()).toContain("Sertifikāts par mentoringa programmas pabeigšanu");
    expect(doc.getKeywords()).toContain(ID);
    expect(doc.getCreationDate()?.toISOString()).toBe("2025-09-30T22:30:00.000Z");
    expect(doc.catalog.get(PDFName.of("Lang"))?.toString()).toBe("(lv-LV)");
  });

  it("embeds subsets of DejaVu Sans and no standard font", async () => {
    const doc = await PDFDocument.load(await renderCertificate(menteeInput(), fonts));
    const objects = doc.context.enumerateIndirectObjects().map(([, object]) => object);
    const dictOf = (object: unknown) => (object instanceof PDFRawStream ? object.dict : object);
    const ofType = (type: string) =>
      objects.flatMap((object) => {
        const dict = dictOf(object);
        return dict instanceof PDFDict && dict.get(PDFName.of("Type")) === PDFName.of(type)
          ? [dict]
          : [];
      });
    const baseFonts = ofType("Font").map((dict) => dict.get(PDFName.of("BaseFont"))?.toString());
    expect(baseFonts.length).toBeGreaterThan(0);
    // pdf-lib names an embedded font after its PostScript name plus a random number.
    for (const name of baseFonts) expect(name).toMatch(/^\/DejaVuSans(-Bold)?-\d+$/);
    expect(baseFonts.some((name) => name?.startsWith("/DejaVuSans-Bold-"))).toBe(true);
    // Subsets: each embedded font program is a small part of the 700 KB files.
    const programs = ofType("FontDescriptor").map((dict) => {
      const ref = dict.get(PDFName.of("FontFile2"));
      const stream = ref instanceof PDFRef ? doc.context.lookup(ref) : undefined;
      return stream instanceof PDFRawStream ? stream.getContentsSize() : Number.NaN;
    });
    expect(programs).toHaveLength(2);
    for (const size of programs) expect(size).toBeLessThan(40_000);
  });

  it("carries the name with Latvian letters and both languages as extractable text", async () => {
    const bytes = await renderCertificate(menteeInput(), fonts);
    const { text } = await extractText(bytes);
    for (const expected of [
      HOLDER,
      "Sertifikāts",
      "Certificate",
      "PUBLISKĀS PĀRVALDES DIGITĀLĀ AKADĒMIJA",
      "pabeidza mentoringu programmā „Publiskās pārvaldes digitālās akadēmijas mentoru",
      "has completed mentoring in the programme",
      "8 mentoringa tikšanās",
      "8 mentoring sessions",
      "no 2025. gada 3. marta līdz 2025. gada 30. septembrim",
      "from 3 March 2025 to 30 September 2025",
      "Mentors: Jānis Ozols",
      "Mentor: Jānis Ozols",
      "Izsniegts 2025. gada 1. oktobrī",
      "Issued on 1 October 2025",
      ID,
      `https://mentori.example.lv/verify/${ID}`,
    ]) {
      expect(text).toContain(expected);
    }
    // The holder's language first.
    expect(text.indexOf("Sertifikāts")).toBeLessThan(text.indexOf("Certificate"));
  });

  it("prints the holder's language first and larger", async () => {
    const { items } = await extractText(
      await renderCertificate(menteeInput({ language: "en" }), fonts),
    );
    const english = items.find((item) => item.str === "Certificate");
    const latvian = items.find((item) => item.str === "Sertifikāts");
    expect(english && latvian).toBeTruthy();
    expect(english?.y).toBeGreaterThan(latvian?.y ?? Number.POSITIVE_INFINITY);
    expect(english?.height).toBeGreaterThan(latvian?.height ?? Number.POSITIVE_INFINITY);
  });

  it("thanks mentors for mentoring and names their mentees", async () => {
    const bytes = await renderCertificate(
      menteeInput({
        kind: "mentor",
        name: "Jānis Ozols",
        partnerNames: [HOLDER, "Ģirts Šņore"],
        language: "en",
      }),
      fonts,
    );
    const doc = await PDFDocument.load(bytes);
    expect(doc.getTitle()).toBe("Thank you – Jānis Ozols");
    expect(doc.catalog.get(PDFName.of("Lang"))?.toString()).toBe("(en-GB)");
    const { text } = await extractText(bytes);
    for (const expected of [
      "Thank you",
      "Pateicība",
      "for mentoring in the programme",
      "par mentora darbu programmā",
      `Mentees: ${HOLDER}, Ģirts Šņore`,
      `Mentorējamie: ${HOLDER}, Ģirts Šņore`,
    ]) {
      expect(text).toContain(expected);
    }
    expect(text.indexOf("Thank you")).toBeLessThan(text.indexOf("Pateicība"));
  });

  it("keeps long names and programmes inside the page, above the footer", async () => {
    const name = "Anna-Marija Ķēniņa-Žūriņa-Šķēle-Čakste-Ģēģere-Ļaudupe-Ņikitina-Ūdre";
    const bytes = await renderCertificate(
      menteeInput({
        name,
        partnerNames: Array.from({ length: 8 }, (_, index) => `Mentors Nr. ${index + 1} Ozoliņš`),
        programme: {
          lv: `${PROGRAMME_NAME.lv}: pilotprojekts digitālās transformācijas vadītājiem valsts un pašvaldību iestādēs`,
          en: `${PROGRAMME_NAME.en}: a pilot for digital transformation leaders in state and local government`,
        },
      }),
      fonts,
    );
    const { text, items } = await extractText(bytes);
    expect(text).toContain(name);
    const idLine = items.find((item) => item.str.includes(ID));
    for (const item of items) {
      expect(item.x).toBeGreaterThanOrEqual(40);
      expect(item.x + item.width).toBeLessThanOrEqual(CERTIFICATE_PAGE_SIZE.width - 40);
      expect(item.y).toBeGreaterThanOrEqual(40);
      expect(item.y + item.height).toBeLessThanOrEqual(CERTIFICATE_PAGE_SIZE.height - 40);
    }
    // Nothing of the body runs into the footer lines.
    const body = items.filter((item) => !/Izsniegts|Sertifikāta kods|Pārbaudīt/.test(item.str));
    expect(Math.min(...body.map((item) => item.y))).toBeGreaterThan((idLine?.y ?? 0) + 20);
  });

  it("stays small", async () => {
    const bytes = await renderCertificate(menteeInput(), fonts);
    expect(bytes.length).toBeLessThan(60_000);
  });

  it("refuses input that would print nonsense", async () => {
    await expect(
      renderCertificate(menteeInput({ certificateId: "cert_123" }), fonts),
    ).rejects.toThrow();
    await expect(
      renderCertificate(menteeInput({ period: { from: "2025-09-30", to: "2025-03-03" } }), fonts),
    ).rejects.toThrow();
    await expect(renderCertificate(menteeInput({ name: "  " }), fonts)).rejects.toThrow();
    await expect(
      renderCertificate(menteeInput({ verifyUrl: "javascript:alert(1)" }), fonts),
    ).rejects.toThrow();
  });
});

describe("certificate ids", () => {
  it("are unique over 10,000 draws and match the schema", () => {
    const ids = Array.from({ length: 10_000 }, () => newCertificateId());
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^cert_[0-9a-z]{26}$/);
      expect(certificateIdSchema.safeParse(id).success).toBe(true);
    }
    // Every base36 character turns up: the alphabet is used whole.
    expect(new Set(ids.join("").replace(/cert_/g, "")).size).toBe(36);
  });

  it("schema refuses other shapes", () => {
    for (const bad of [
      "cert_0123456789abcdefghijklmno",
      "cert_0123456789abcdefghijklmnopq",
      "cert_0123456789ABCDEFGHIJKLMNOP",
      "crt_0123456789abcdefghijklmnop",
      "cert_0123456789abcdefghijklmn-p",
      ` ${ID}`,
    ]) {
      expect(certificateIdSchema.safeParse(bad).success).toBe(false);
    }
  });

  it("tolerate spaces and capitals when typed", () => {
    expect(normalizeCertificateId(`  ${ID.toUpperCase()} `)).toBe(ID);
    expect(normalizeCertificateId("cert_<script>")).toBeUndefined();
  });
});

describe("certificate dates", () => {
  it("decline Latvian months as the sentence needs", () => {
    expect(formatCalendarDate("2025-04-01", "lv")).toBe("2025. gada 1. aprīlis");
    expect(formatCalendarDate("2025-04-01", "lv", "locative")).toBe("2025. gada 1. aprīlī");
    expect(formatPeriod({ from: "2025-04-01", to: "2025-12-31" }, "lv")).toBe(
      "no 2025. gada 1. aprīļa līdz 2025. gada 31. decembrim",
    );
    expect(formatPeriod({ from: "2025-04-01", to: "2025-12-31" }, "en")).toBe(
      "from 1 April 2025 to 31 December 2025",
    );
  });
});

describe("renderVerification", () => {
  const valid = {
    status: "valid",
    certificate: {
      certificateId: ID,
      kind: "mentee",
      name: HOLDER,
      programme: PROGRAMME_NAME,
      period: { from: "2025-03-03", to: "2025-09-30" },
      issuedAt: "2025-09-30T22:30:00Z",
    },
  } as const satisfies VerificationResult;

  // A whole stored record, as a careless caller might pass it.
  const storedRecord = {
    ...valid,
    certificate: {
      ...valid.certificate,
      email: "liga.berzina@vid.gov.lv",
      institution: "Valsts ieņēmumu dienests",
      ratings: [9, 10, 8],
      partnerNames: ["Jānis Ozols"],
    },
  } as VerificationResult;

  it.each(LANGUAGES)("shows a genuine certificate with only what it states (%s)", (language) => {
    const html = renderVerification(storedRecord, language);
    expect(html).toContain(HOLDER);
    expect(html).toContain(ID);
    expect(html).toContain(PROGRAMME_NAME[language]);
    expect(html).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.-]+/);
    expect(html).not.toContain("@");
    expect(html).not.toContain("Valsts ieņēmumu dienests");
    expect(html).not.toContain("Jānis Ozols");
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html).toMatch(/<h2 id="certificate-details">/);
    if (language === "lv") {
      expect(html).toContain("<h1>Sertifikāts ir īsts</h1>");
      expect(html).toContain("Sertifikāts par mentoringa programmas pabeigšanu");
      expect(html).toContain("no 2025. gada 3. marta līdz 2025. gada 30. septembrim");
      expect(html).toContain("2025. gada 1. oktobris");
    } else {
      expect(html).toContain("<h1>This certificate is genuine</h1>");
      expect(html).toContain("Certificate of completing the mentoring programme");
      expect(html).toContain("from 3 March 2025 to 30 September 2025");
      expect(html).toContain("1 October 2025");
    }
  });

  it("escapes the holder's name", () => {
    const html = renderVerification(
      { ...valid, certificate: { ...valid.certificate, name: "<b>Ā</b> & Co" } },
      "en",
    );
    expect(html).toContain("&lt;b&gt;Ā&lt;/b&gt; &amp; Co");
    expect(html).not.toContain("<b>");
  });

  it("names a mentor's letter as thanks", () => {
    const mentor = { ...valid, certificate: { ...valid.certificate, kind: "mentor" } } as const;
    expect(renderVerification(mentor, "lv")).toContain("Pateicība par mentora darbu");
    expect(renderVerification(mentor, "en")).toContain("Thank you for mentoring");
  });

  it("says a revoked certificate is no longer valid, in both languages", () => {
    const revoked: VerificationResult = {
      status: "revoked",
      certificateId: ID,
      revokedAt: "2025-10-15T09:00:00Z",
    };
    const lv = renderVerification(revoked, "lv");
    expect(lv).toContain("<h1>Sertifikāts ir atsaukts</h1>");
    expect(lv).toContain(
      `Sertifikāts ar kodu <code>${ID}</code> ir atsaukts 2025. gada 15. oktobrī`,
    );
    expect(lv).toContain("vairs nav spēkā");
    const en = renderVerification(revoked, "en");
    expect(en).toContain("<h1>This certificate has been revoked</h1>");
    expect(en).toContain(`<code>${ID}</code> was revoked on 15 October 2025`);
    expect(en).toContain("no longer valid");
    const undated = renderVerification({ status: "revoked", certificateId: ID }, "en");
    expect(undated).toContain("has been revoked and is no longer valid");
    for (const html of [lv, en]) expect(html).not.toContain(HOLDER);
    expect(verificationTitle(revoked)).toEqual({
      lv: "Sertifikāts ir atsaukts",
      en: "This certificate has been revoked",
    });
  });

  it("says an unknown id was not found, in both languages, echoing it safely", () => {
    const unknown: VerificationResult = { status: "unknown", certificateId: "cert_<img src=x>" };
    const lv = renderVerification(unknown, "lv");
    expect(lv).toContain("<h1>Sertifikāts nav atrasts</h1>");
    expect(lv).toContain("Neatradām sertifikātu ar kodu <code>cert_&lt;img src=x&gt;</code>.");
    expect(lv).toContain("„cert_”, kam seko 26 latīņu burti un cipari");
    const en = renderVerification(unknown, "en");
    expect(en).toContain("<h1>Certificate not found</h1>");
    expect(en).toContain(
      "We found no certificate with the ID <code>cert_&lt;img src=x&gt;</code>.",
    );
    expect(en).toContain("“cert_” followed by 26 letters and digits");
    for (const html of [lv, en]) expect(html).not.toContain("<img");
    expect(
      renderVerification({ status: "unknown", certificateId: "x".repeat(500) }, "en"),
    ).not.toContain("x".repeat(65));
    expect(renderVerification({ status: "unknown", certificateId: "" }, "lv")).toContain(
      "Sertifikāta kods nav norādīts.",
    );
  });

  it("fits into the participant page frame", () => {
    const page = renderPage({
      language: "lv",
      title: verificationTitle(valid),
      content: renderVerification(valid, "lv"),
      contactEmail: "mentori@example.lv",
    });
    expect(page).toContain('<html lang="lv">');
    expect(page).toContain("<title>Sertifikāts ir īsts – ");
    expect(page).toContain(HOLDER);
  });
});
