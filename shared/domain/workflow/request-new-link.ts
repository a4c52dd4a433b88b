import { createHash } from "node:crypto";
import type { LinkRequest, LinkRequestInput } from "../../schemas/link-request.js";
import { type LimitDeps, spendBudget } from "../limits/spend-budget.js";
import { openFormLink } from "./answer-form.js";
import { countIntoDigest, type DigestDeps } from "./link-request-digest.js";
import {
  coordinatorOf,
  pairName,
  publicUrl,
  record,
  relationshipOf,
  sendOnce,
  type WorkflowDeps,
} from "./workflow-deps.js";

export type NewLinkDeps = DigestDeps & LimitDeps;

export type NewLinkResult =
  /** The link still works: nothing to ask for, the person goes back to the form. */
  | { status: "open" }
  /** An unrecognised link says nothing about who asks: an address is needed. */
  | { status: "email_needed" }
  | { status: "recorded"; request: LinkRequest; created: boolean };

/**
 * A person on an expired, answered, closed or unrecognised link page asks for a new link.
 * The request is kept once (per form, or per address and link when the link is not ours)
 * and the coordinator sees it in the console; a repeated request changes nothing. A form's
 * request is e-mailed to the coordinator at once (at most one per form: its link is
 * signed); requests from unrecognised links, which anyone can make up, are told in one
 * digest an hour, and each address may be asked for only a few times (the client's own
 * budget is the route's, in the handler). Nothing about the form changes: the coordinator
 * decides.
 */
export async function requestNewLink(
  deps: NewLinkDeps,
  input: LinkRequestInput,
): Promise<NewLinkResult> {
  const access = await openFormLink(deps, input.link);
  if (access.status === "open") return { status: "open" };
  if (access.status === "unknown" && !input.email) return { status: "email_needed" };
  if (input.email) await spendBudget(deps, "linkRequestAddress", input.email.trim().toLowerCase());
  const now = deps.clock.now().toISOString();
  const known = access.status === "unknown" ? undefined : access.form;
  const requestId = known
    ? `lr_${known.formId}`
    : `lr_${createHash("sha256")
        .update(`${input.email?.toLowerCase()}\n${input.link}`)
        .digest("hex")
        .slice(0, 24)}`;
  const request: LinkRequest = {
    requestId,
    problem: access.status,
    status: "open",
    requestedAt: now,
    ...(known
      ? {
          formId: known.formId,
          kind: known.kind,
          relationshipId: known.relationshipId,
          participantId: known.participantId,
        }
      : {}),
    ...(input.email ? { email: input.email } : {}),
    ...(input.note ? { note: input.note } : {}),
  };
  const created = await deps.workflowStore.putLinkRequest(request);
  if (!created) return { status: "recorded", request, created };
  if (!known) {
    await countIntoDigest(deps);
    return { status: "recorded", request, created };
  }

  const coordinator = coordinatorOf(deps);
  await sendOnce(deps, `link-request:${requestId}`, coordinator, "link_request", {
    name: coordinator.name,
    link: publicUrl(deps, "/console/link-requests"),
    reason: access.status,
    relationship: pairName(await relationshipOf(deps, known.relationshipId)),
  });
  await record(
    deps,
    known.relationshipId,
    `link-request-${requestId}`,
    "new_link_requested",
    known.participantId,
    { formId: known.formId, kind: known.kind, problem: access.status },
  );
  return { status: "recorded", request, created };
}

/** The requests for the coordinator, oldest first, with who asked when the form tells it. */
export async function listLinkRequests(
  deps: WorkflowDeps,
  status: LinkRequest["status"] = "open",
): Promise<(LinkRequest & { participantName?: string; participantEmail?: string })[]> {
  const requests = await deps.workflowStore.listLinkRequests(status);
  const out = [];
  for (const request of requests.sort((a, b) => a.requestedAt.localeCompare(b.requestedAt))) {
    const participant = request.participantId
      ? await deps.store.getParticipant(request.participantId)
      : undefined;
    out.push({
      ...request,
      ...(participant
        ? { participantName: participant.name, participantEmail: participant.email }
        : {}),
    });
  }
  return out;
}
