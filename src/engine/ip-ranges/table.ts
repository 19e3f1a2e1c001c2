// The shape of the table of published address ranges (knowledge/ip-ranges.ts, written by
// scripts/update-ip-ranges.ts): one entry per provider, each with the date of its list and where the
// list is published, so the evidence line can say whose list and of when.
import type { Generator } from '../vocabulary';

export interface ProviderRanges {
  generator: Generator;
  /** ISO date of the list the ranges were read from. */
  date: string;
  /** The provider's own pages or endpoints that publish the list. */
  sources: readonly string[];
  /** Where these ranges were read: the sources themselves, or the copy they were transcribed from. */
  readFrom: string;
  /** CIDR text, merged (no two ranges of one provider overlap or touch), sorted. */
  v4: readonly string[];
  v6: readonly string[];
}

export interface IpRangeTable {
  /** ISO date the table was written. */
  date: string;
  providers: readonly ProviderRanges[];
}
