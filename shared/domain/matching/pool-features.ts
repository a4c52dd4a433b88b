import type { MenteeApplication, MentorApplication } from "../../schemas/application.js";
import {
  AVAILABILITY_SLOTS,
  FORMATS,
  type Format,
  ROLE_CATEGORIES,
  TOPICS,
} from "../../schemas/reference.js";

/**
 * Compact views of applicants for matching: sets become bit masks so that scoring a
 * million pairs is a few integer operations each.
 */
export interface MatchMentee {
  id: string;
  application: MenteeApplication;
  /** People a match with this person was declined with: never proposed again. */
  declinedWith?: readonly string[];
  /** The cohort the mentee applied in (a cohort's run matches only its own mentees). */
  cohortId?: string;
}
export interface MatchMentor {
  id: string;
  application: MentorApplication;
  /** Places left: capacity minus mentees already in approved relationships. */
  remainingCapacity: number;
  declinedWith?: readonly string[];
}

const bit = <T extends string>(all: readonly T[], value: T) => 1 << all.indexOf(value);
const mask = <T extends string>(all: readonly T[], values: readonly T[]) =>
  values.reduce((acc, value) => acc | bit(all, value), 0);

export const popcount = (n: number): number => {
  let v = n - ((n >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
};

const TOPIC_CODES = TOPICS.map((t) => t.code);
const FORMAT_CODES = FORMATS.map((f) => f.code);
const CATEGORY_CODES = ROLE_CATEGORIES.map((c) => c.code);
const LANGUAGE_CODES = ["lv", "en"] as const;

const FORMAT_BITS = Object.fromEntries(FORMAT_CODES.map((code, i) => [code, 1 << i])) as Record<
  Format,
  number
>;
export const formatBit = (format: Format): number => FORMAT_BITS[format];
export const topicsMask = (topics: readonly (typeof TOPIC_CODES)[number][]) =>
  mask(TOPIC_CODES, topics);

/** Folds case and Latvian diacritics so "Valsts Ieņēmumu Dienests" equals "valsts ienemumu dienests". */
export const fold = (text: string): string =>
  text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/** Latvian and English legal forms (folded): "VAS Latvijas Valsts meži" is "Latvijas Valsts meži". */
const LEGAL_FORMS = new Set([
  "sia",
  "as",
  "vas",
  "vsia",
  "psia",
  "ks",
  "ps",
  "ak",
  "ik",
  "biedriba",
  "nodibinajums",
  "ltd",
  "llc",
  "inc",
  "the",
]);
/** An organisation's name reduced to what identifies it: no case, accents, quotes or legal form. */
export const institutionKey = (name: string): string =>
  fold(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "" && !LEGAL_FORMS.has(word))
    .join(" ");

/** Domains shared by unrelated people say nothing about their employer. */
const PUBLIC_MAIL_DOMAINS = new Set([
  "gmail.com",
  "googlemail.com",
  "outlook.com",
  "hotmail.com",
  "live.com",
  "yahoo.com",
  "icloud.com",
  "proton.me",
  "protonmail.com",
  "inbox.lv",
  "one.lv",
  "apollo.lv",
  "tvnet.lv",
  "mail.ru",
]);
export const employerDomain = (email: string): string | undefined => {
  const domain = email.trim().toLowerCase().split("@")[1];
  return domain && !PUBLIC_MAIL_DOMAINS.has(domain) ? domain : undefined;
};

const STOPWORDS = new Set(
  [
    // Latvian
    "kas",
    "kur",
    "kad",
    "lai",
    "bet",
    "vai",
    "arī",
    "jau",
    "tas",
    "tā",
    "tie",
    "šis",
    "šī",
    "mūsu",
    "manu",
    "mans",
    "mana",
    "savu",
    "savā",
    "viņu",
    "ir",
    "būt",
    "bija",
    "būs",
    "var",
    "kā",
    "par",
    "pie",
    "līdz",
    "pēc",
    "no",
    "uz",
    "ar",
    "un",
    "vēlos",
    "gribu",
    "iemācīties",
    "palīdzēt",
    "darbu",
    "darba",
    "jomā",
    "nodaļa",
    "nodaļu",
    "iestādē",
    // English
    "with",
    "that",
    "this",
    "from",
    "have",
    "want",
    "would",
    "like",
    "about",
    "into",
    "their",
    "there",
    "which",
    "work",
    "working",
    "learn",
    "help",
    "years",
    "team",
    "teams",
  ].map(fold),
);

/**
 * Crude but language-neutral stems: folded words of 4+ letters cut to 5 characters, so
 * "analītiķis", "analītika" and "analytics" meet at "analy"/"anali" (close enough).
 */
export const keywordStems = (...texts: string[]): Set<string> => {
  const stems = new Set<string>();
  for (const text of texts) {
    for (const word of fold(text).split(/[^\p{L}]+/u)) {
      if (word.length >= 4 && !STOPWORDS.has(word)) stems.add(word.slice(0, 5));
    }
  }
  return stems;
};

/** Interns keyword stems as small integers, so shared words are a merge of sorted arrays. */
export type Vocabulary = Map<string, number>;
const internAll = (stems: Set<string>, vocabulary: Vocabulary): Int32Array => {
  const ids = new Int32Array(stems.size);
  let i = 0;
  for (const stem of stems) {
    let id = vocabulary.get(stem);
    if (id === undefined) {
      id = vocabulary.size;
      vocabulary.set(stem, id);
    }
    ids[i++] = id;
  }
  return ids.sort();
};

/** A small integer per distinct identity string; 0 stands for "not known". */
const identity = (vocabulary: Vocabulary, kind: string, text: string | undefined): number => {
  if (!text) return 0;
  const key = `${kind}:${text}`;
  let id = vocabulary.get(key);
  if (id === undefined) {
    id = vocabulary.size + 1;
    vocabulary.set(key, id);
  }
  return id;
};

/** How many ids two sorted arrays share. */
export function sharedCount(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return common;
}

export interface MenteeFeatures {
  id: string;
  topics: number;
  topicCount: number;
  category: number; // bit of the role category, 0 for "none"
  formats: number;
  formatCount: number;
  language: number;
  slots: number;
  keywords: Int32Array;
  /** Interned ids (0 = unknown) of the institution, the employer's mail domain, the address. */
  institution: number;
  domain: number;
  email: number;
  manager: number;
  leadsPeople: boolean;
  declined: ReadonlySet<string>;
}

export interface MentorFeatures {
  id: string;
  topics: number;
  categories: number;
  formats: number;
  languages: number;
  communicationLanguage: number;
  slots: number;
  keywords: Int32Array;
  institution: number;
  domain: number;
  email: number;
  private: boolean;
  reverse: boolean;
  capacity: number;
  declined: ReadonlySet<string>;
}

export function menteeFeatures(
  mentee: MatchMentee,
  vocabulary: Vocabulary = new Map(),
): MenteeFeatures {
  const a = mentee.application;
  return {
    id: mentee.id,
    topics: mask(TOPIC_CODES, a.needTopics),
    topicCount: a.needTopics.length,
    category: a.roleCategory === "none" ? 0 : bit(CATEGORY_CODES, a.roleCategory),
    formats: mask(FORMAT_CODES, a.preferredFormats),
    formatCount: a.preferredFormats.length,
    language: bit(LANGUAGE_CODES, a.language),
    slots: mask(AVAILABILITY_SLOTS, a.availability),
    keywords: internAll(keywordStems(a.needDescription, a.goal, a.motivation), vocabulary),
    institution: identity(vocabulary, "institution", institutionKey(a.institutionName)),
    domain: identity(vocabulary, "domain", employerDomain(a.email)),
    email: identity(vocabulary, "email", a.email.trim().toLowerCase()),
    manager: identity(vocabulary, "email", a.managerEmail?.trim().toLowerCase()),
    leadsPeople: a.leadsPeople === true,
    declined: new Set(mentee.declinedWith ?? []),
  };
}

export function mentorFeatures(
  mentor: MatchMentor,
  vocabulary: Vocabulary = new Map(),
): MentorFeatures {
  const a = mentor.application;
  return {
    id: mentor.id,
    topics: mask(TOPIC_CODES, a.expertiseTopics),
    categories: mask(CATEGORY_CODES, a.supportedRoleCategories),
    formats: mask(FORMAT_CODES, a.formats),
    languages: mask(LANGUAGE_CODES, a.languages),
    communicationLanguage: bit(LANGUAGE_CODES, a.language),
    slots: mask(AVAILABILITY_SLOTS, a.availability),
    keywords: internAll(keywordStems(a.expertiseDescription, a.position), vocabulary),
    institution: identity(vocabulary, "institution", institutionKey(a.organisation)),
    domain: identity(vocabulary, "domain", employerDomain(a.email)),
    email: identity(vocabulary, "email", a.email.trim().toLowerCase()),
    private: a.sector === "private",
    reverse: a.reverseMentoring,
    capacity: Math.max(0, mentor.remainingCapacity),
    declined: new Set(mentor.declinedWith ?? []),
  };
}
