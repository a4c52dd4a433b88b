import { Duration } from "aws-cdk-lib";
import { STATES, WAITS } from "../relationship-states.js";
import { askEveryone } from "./ask-everyone.js";
import { days, type MachineKit, RELATIONSHIP } from "./machine-kit.js";

/** 4 Closure: closing answers from everyone, then close, free the places, certificates. */
export function closureStage(kit: MachineKit) {
  const askClosure = askEveryone(kit, {
    name: STATES.askClosure,
    participantsPath: "$.rel.participants",
    stepKeyPath: "$.rel.closureStep",
    kind: "closure",
    ask: { name: STATES.waitClosure, timeout: days(WAITS.closureTimeoutAfter) },
    missing: kit.pass(STATES.closureMissing),
  });
  const relationship = { relationshipId: RELATIONSHIP };
  const close = kit.step(STATES.close, "CloseRelationship", relationship, null);
  const certificates = kit.step(STATES.certificates, "HandOverCertificates", relationship, null);
  // The relationship is already closed: a failed attempt (the mail service refusing, a write
  // conflict) is tried again rather than losing the certificates; issuing and mailing are
  // idempotent, so a retry sends nothing twice.
  certificates.addRetry({
    errors: ["States.TaskFailed"],
    interval: Duration.seconds(5),
    backoffRate: 3,
    maxAttempts: 3,
  });
  const closed = kit.succeed(STATES.closed);

  askClosure.next(close);
  close.next(certificates);
  certificates.next(closed);
  return { askClosure, close, certificates, closed };
}
