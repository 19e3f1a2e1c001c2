// `faultline <command> --help`: what one command does, its options and examples.
import { BLAMES } from '../engine';

const HELP: Record<string, string> = {
  diagnose: `usage: faultline diagnose <file.har | - | url> [--json | --format text|json|ndjson] [--fail-on any|BLAME[,BLAME]] [--lang zh-CN]

  Which layer failed (CDN/WAF, load balancer, proxy, app), who acts and what next, for every failed
  entry of a HAR file, of a HAR on standard input (-), or of one http(s) URL fetched now.

  --json              {"diagnoses":[…]} (the README's --json contract)
  --format ndjson     one diagnosis per line, as JSON
  --fail-on any       exit 1 when any entry failed
  --fail-on BLAME     exit 1 when a failed entry's blame is one of: ${BLAMES.join(', ')}

  exit codes: 0 nothing matched --fail-on (or no --fail-on), 1 a failure matched, 2 bad input

  examples:
    faultline diagnose session.har
    faultline diagnose session.har --fail-on origin,upstream-app --format ndjson
    curl -s https://ci.example/har | faultline diagnose - --json
    faultline diagnose https://example.com/`,
  check: `usage: faultline check <url> [--tries N] [--interval-ms MS] [--timeout-ms MS] [--json]

  N plain GETs (default 5, at most 10) a second apart: which tries failed, and from which node.

  examples:
    faultline check https://example.com/
    faultline check https://example.com/ --tries 10 --interval-ms 500 --json`,
  summary: `usage: faultline summary <file.har | -> [--report[=FILE]] [--keep KIND[,KIND]] [--lang zh-CN]

  A support summary to paste into a ticket, with secrets redacted.

  examples:
    faultline summary session.har > summary.md
    faultline summary session.har --report=redactions.txt`,
  sanitize: `usage: faultline sanitize <file.har | -> [--report[=FILE]] [--keep KIND[,KIND]] [--show-client-ip]

  The HAR with cookies, tokens, personal data and other secrets redacted, on standard output.

  examples:
    faultline sanitize session.har > safe.har
    faultline sanitize session.har --keep cookies --report --json > safe.har`,
  bundle: `usage: faultline bundle <file.har | -> <out.zip> [--report[=FILE]] [--keep KIND[,KIND]]

  One zip to attach to a ticket: the sanitized HAR, summary.md, diagnosis.json and trace.txt.

  examples:
    faultline bundle session.har ticket.zip`,
  causes: `usage: faultline causes [--json] [--lang zh-CN]

  The catalogue of causes: each one's layer, who fixes it and the next steps.

  examples:
    faultline causes | grep origin
    faultline causes --json`,
};

/** The help of one command, or undefined when there is no such command. */
export const commandHelp = (command: string): string | undefined => (Object.hasOwn(HELP, command) ? HELP[command] : undefined);
