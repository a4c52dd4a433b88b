import { z } from "zod";
import { requestForm } from "../../shared/domain/workflow/request-form.js";
import { formKindSchema } from "../../shared/schemas/workflow.js";
import { defaultDeps } from "../compose.js";
import { stepHandler } from "./step-handler.js";

const schema = z.object({
  taskToken: z.string().min(1),
  relationshipId: z.string(),
  participantId: z.string(),
  kind: formKindSchema,
  stepKey: z.string(),
  mode: z.enum(["ask", "nudge"]),
  state: z.string(),
});

/** Every waiting-for-a-person state: make (or re-use) the form, store the token, e-mail once. */
export const createHandler = (deps = defaultDeps) =>
  stepHandler(schema, deps, async (d, input) => {
    await requestForm(d, input);
    return {};
  });
export const handler = createHandler();
