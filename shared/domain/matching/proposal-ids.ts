/** A proposal's id carries its run's id, so one key lookup finds it: `<runId>.<k>`. */
export const proposalId = (runId: string, index: number) =>
  `${runId}.${String(index).padStart(4, "0")}`;

export const runIdOf = (proposalId: string): string | undefined =>
  /^(mr_[0-9a-z]{10,40})\.\d{4,}$/.exec(proposalId)?.[1];
