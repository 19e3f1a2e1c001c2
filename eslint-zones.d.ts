// Types of eslint-zones.js for the TypeScript that reads its table (test/lint/zones.test.ts).
export interface Zone {
  zone: string;
  /** The zone whose denials this one also obeys. */
  within?: string;
  files: string[];
  /** Target (a key of TARGETS) → why it is out of bounds. */
  deny?: Record<string, string>;
  /** Only specifiers matching `pattern` are allowed; `label` names the rest in the message. */
  allowOnly?: { label: string; pattern: string; reason: string };
}
export interface RestrictedPattern { regex: string; message: string }

export const TARGETS: Record<string, string>;
export const ZONES: readonly Zone[];
export function zoneMessage(zone: string, target: string, reason: string): string;
export function zonePatterns(zone: Zone): RestrictedPattern[];
export function zoneBlocks(): { name: string; files: string[]; rules: Record<string, unknown> }[];
