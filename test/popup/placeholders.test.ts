// Commands are drawn with their placeholders marked: every placeholder the built-in knowledge writes
// has its own explanation, and the literal words that look like placeholders are left as text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CAUSES } from '../../src/engine/causes';
import { commandParts, OTHER_PLACEHOLDER, PLACEHOLDERS } from '../../src/popup/placeholders';

const catalog = (lang: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'public', '_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;

/** Every command string anywhere in the built-in causes (steps, their variants, their translations). */
function commandsIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => commandsIn(v, found));
  else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'command' && typeof v === 'string') found.push(v);
      else commandsIn(v, found);
    }
  }
  return found;
}

describe('commandParts', () => {
  it('cuts a command into text and placeholders that join back to the command', () => {
    const command = 'aws elbv2 describe-target-health --target-group-arn TARGET_GROUP_ARN';
    const parts = commandParts(command);
    expect(parts).toEqual([{ text: 'aws elbv2 describe-target-health --target-group-arn ' }, { text: 'TARGET_GROUP_ARN', placeholder: 'placeholderTargetGroupArn' }]);
    expect(parts.map((p) => p.text).join('')).toBe(command);
  });

  it('leaves Squid codes, shell variables, NAME=value settings and words inside flags as text', () => {
    for (const command of ['grep ERR_READ_TIMEOUT access.log', 'echo $REMOTE_ADDR', 'Environment: PHP_LSAPI_CHILDREN=35', '--X_Y-z']) {
      expect(commandParts(command), command).toEqual([{ text: command }]);
    }
  });

  it('marks a placeholder the table does not know with the generic explanation', () => {
    expect(commandParts('ping NEW_THING_ID')[1]).toEqual({ text: 'NEW_THING_ID', placeholder: OTHER_PLACEHOLDER });
  });
});

describe('the placeholder table', () => {
  const commands = commandsIn(CAUSES);

  it('explains every placeholder in the built-in knowledge\'s commands by name', () => {
    expect(commands.length).toBeGreaterThan(50);
    const generic = commands.flatMap((c) => commandParts(c).filter((p) => p.placeholder === OTHER_PLACEHOLDER).map((p) => p.text));
    expect([...new Set(generic)]).toEqual([]);
  });

  it('names messages that both catalogs hold', () => {
    const en = catalog('en');
    const zh = catalog('zh_CN');
    for (const key of [...Object.values(PLACEHOLDERS), OTHER_PLACEHOLDER]) {
      expect(en[key]?.message, key).toMatch(/\S/);
      expect(zh[key]?.message, key).toMatch(/\S/);
    }
  });
});
