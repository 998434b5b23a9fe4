/** One event and the statements that report it (its accounts), across publishers and within one. */
export interface EventRecord {
  /** The id of the account that founded the event: stable while that statement is in the corpus. */
  id: string;
  /** The event's day (ISO), and its last day when it spans several. */
  date: string;
  endDate?: string;
  kind: string;
  /** Person ids: the parties two accounts or more agree on (the founding account's, where they agree on fewer). */
  participants: string[];
  /** Statement ids, the founding account first. */
  accounts: string[];
}
