import { type LinkRequest, linkRequestSchema } from "../../schemas/link-request.js";
import { keys, normaliseEmail } from "../../table/table-definition.js";
import { type TableClient, withoutKeys } from "./table-client.js";

const STATUSES: LinkRequest["status"][] = ["open", "handled"];

/** Requests for a new form link, listed by status for the console. */
export class LinkRequestItems {
  constructor(private readonly table: TableClient) {}

  async putLinkRequest(request: LinkRequest): Promise<boolean> {
    return this.table.putIfAbsent({
      ...keys.linkRequest(request.requestId),
      ...keys.linkRequests(request.status, request.requestedAt, request.requestId),
      itemType: "link-request",
      ...request,
    });
  }

  async listLinkRequests(status: LinkRequest["status"]): Promise<LinkRequest[]> {
    return (await this.table.queryIndex(keys.linkRequests(status).gsi1pk)).map((item) =>
      linkRequestSchema.parse(withoutKeys(item)),
    );
  }

  async handleLinkRequest(requestId: string, at: string, by: string): Promise<boolean> {
    return this.table.updateIf({
      Key: keys.linkRequest(requestId),
      UpdateExpression: "SET #status = :handled, gsi1pk = :index, handledAt = :at, handledBy = :by",
      ConditionExpression: "#status = :open",
      ExpressionAttributeNames: { "#status": "status" },
      ExpressionAttributeValues: {
        ":handled": "handled",
        ":open": "open",
        ":index": keys.linkRequests("handled").gsi1pk,
        ":at": at,
        ":by": by,
      },
    });
  }

  /** Requests by the participant or from the address lose who asked; answers how many. */
  async eraseLinkRequests(participantId: string, email: string, pseudonym: string) {
    let count = 0;
    const address = normaliseEmail(email);
    for (const status of STATUSES) {
      for (const item of await this.table.queryIndex(keys.linkRequests(status).gsi1pk)) {
        const byAddress = typeof item.email === "string" && normaliseEmail(item.email) === address;
        if (item.participantId !== participantId && !byAddress) continue;
        const { email: _email, note: _note, ...rest } = item;
        await this.table.put({
          ...rest,
          ...(item.participantId ? { participantId: pseudonym } : {}),
        });
        count++;
      }
    }
    return count;
  }
}
