import { z } from "zod";
import { languageSchema } from "../i18n/localized.js";
import { consentVersionSchema } from "./consent.js";
import { oneLine } from "./one-line.js";
import {
  availabilitySlotSchema,
  categoryOfRole,
  formatSchema,
  institutionTypeSchema,
  isOtherRole,
  roleCategorySchema,
  roleSchema,
  sectorSchema,
  topicSchema,
} from "./reference.js";

/** Limits shared by the JSON API and the HTML form (which declares them as attributes). */
export const TEXT_LIMITS = {
  name: { min: 2, max: 120 },
  email: { max: 254 },
  organisation: { min: 2, max: 200 },
  position: { min: 2, max: 120 },
  roleOther: { min: 2, max: 120 },
  teamName: { min: 2, max: 80 },
  longText: { min: 10, max: 2000 },
} as const;

/** A long answer (a textarea): line breaks are the person's own. */
const text = (limits: { min: number; max: number }) =>
  z.string().trim().min(limits.min).max(limits.max);

/** A one-line answer: names and titles end up in e-mails, invites and CSV files. */
const line = (limits: { min: number; max: number }) => oneLine().min(limits.min).max(limits.max);

export const emailSchema = oneLine().max(TEXT_LIMITS.email.max).pipe(z.email());

/** A list without repeats: a repeated choice is a client error, not a preference. */
const uniqueList = <T extends z.ZodType>(item: T, min: number, max: number) =>
  z
    .array(item)
    .min(min)
    .max(max)
    .refine((values) => new Set(values).size === values.length, {
      message: "duplicate values",
      params: { reason: "duplicates" },
    });

const commonFields = {
  name: line(TEXT_LIMITS.name),
  email: emailSchema,
  language: languageSchema,
  availability: uniqueList(availabilitySlotSchema, 1, 15),
  consentToDataProcessing: z.literal(true),
  consentVersion: consentVersionSchema,
};

/** "none" is a real answer: the person's role is outside the programme's three categories. */
export const menteeRoleCategorySchema = z.union([roleCategorySchema, z.literal("none")]);

export const menteeApplicationSchema = z
  .strictObject({
    role: z.literal("mentee"),
    ...commonFields,
    institutionName: line(TEXT_LIMITS.organisation),
    institutionType: institutionTypeSchema,
    position: line(TEXT_LIMITS.position),
    roleCategory: menteeRoleCategorySchema,
    /** Optional; when given, one of the chosen category's roles. */
    jobRole: roleSchema.optional(),
    /** The role in the person's own words when they chose "another role in this category". */
    jobRoleOther: line(TEXT_LIMITS.roleOther).optional(),
    motivation: text(TEXT_LIMITS.longText),
    needTopics: uniqueList(topicSchema, 1, 5),
    needDescription: text(TEXT_LIMITS.longText),
    goal: text(TEXT_LIMITS.longText),
    preferredFormats: uniqueList(formatSchema, 1, 5),
    /** Lets matching avoid pairing a mentee with their own manager. */
    managerEmail: emailSchema.optional(),
    /** Leaders are who reverse mentoring serves: a more digital person mentors them. */
    leadsPeople: z.boolean().optional(),
    /** Members of one project team write the same name to be mentored together. */
    teamName: line(TEXT_LIMITS.teamName).optional(),
  })
  .superRefine(
    (value, ctx) => {
      // The role is optional (the form says so); the category decides eligibility.
      if (value.roleCategory === "none" || value.jobRole === undefined) return;
      if (categoryOfRole(value.jobRole) !== value.roleCategory) {
        ctx.addIssue({
          code: "custom",
          path: ["jobRole"],
          message: "role not in the chosen category",
          params: { reason: "role_not_in_category" },
        });
      }
      if (isOtherRole(value.jobRole) && value.jobRoleOther === undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["jobRoleOther"],
          message: "required",
          params: { reason: "required" },
        });
      }
    },
    {
      // Judge the role fields even when other fields failed, so a form shows every
      // problem at once; only the three fields this check reads must be well-formed.
      when: ({ value }) => {
        if (value === null || typeof value !== "object") return false;
        const fields = value as Record<string, unknown>;
        return (
          menteeRoleCategorySchema.safeParse(fields.roleCategory).success &&
          roleSchema.optional().safeParse(fields.jobRole).success &&
          (fields.jobRoleOther === undefined || typeof fields.jobRoleOther === "string")
        );
      },
    },
  );
export type MenteeApplication = z.infer<typeof menteeApplicationSchema>;

export const mentorApplicationSchema = z.strictObject({
  role: z.literal("mentor"),
  ...commonFields,
  organisation: line(TEXT_LIMITS.organisation),
  sector: sectorSchema,
  position: line(TEXT_LIMITS.position),
  expertiseTopics: uniqueList(topicSchema, 1, 8),
  expertiseDescription: text(TEXT_LIMITS.longText),
  /** Which mentee role categories the mentor can support; none makes the mentor ineligible. */
  supportedRoleCategories: uniqueList(roleCategorySchema, 0, 3),
  formats: uniqueList(formatSchema, 1, 5),
  /** Any whole number is accepted here; the programme's 1 to 6 is an eligibility rule. */
  capacity: z.number().int().min(0).max(1000),
  languages: uniqueList(languageSchema, 1, 2),
  reverseMentoring: z.boolean(),
});
export type MentorApplication = z.infer<typeof mentorApplicationSchema>;

export const applicationSchema = z.discriminatedUnion("role", [
  menteeApplicationSchema,
  mentorApplicationSchema,
]);
export type Application = z.infer<typeof applicationSchema>;
export const applicantRoleSchema = z.enum(["mentee", "mentor"]);
export type ApplicantRole = z.infer<typeof applicantRoleSchema>;
