// What the page shows about the site's stack beyond who answered it: advice that assumes PHP, a
// Windows server, a shell on the host or a Kubernetes cluster is shown only with this evidence
// (vocabulary STACK_TAGS). Each tag is read from facts that name it outright, never guessed.
import type { Header } from './evidence';
import type { Generator, StackTag } from './vocabulary';

/** Platforms that run the owner's code for them: no shell, no systemd, limits set by the platform. */
const MANAGED_PLATFORMS: readonly Generator[] = [
  'heroku', 'vercel', 'netlify', 'render', 'fly-io', 'railway', 'github-pages', 'azure-app-service',
  'aws-api-gateway', 'cloud-foundry', 'aws-s3',
];
const KUBERNETES: readonly Generator[] = ['istio', 'openshift', 'kube-apiserver'];
const WINDOWS: readonly Generator[] = ['iis'];
/** Wordfence is a WordPress plugin; LiteSpeed's error pages come from its PHP handler (lsphp). */
const PHP_PRODUCTS: readonly Generator[] = ['wordfence'];
/** Product names stay in English in every catalog, so the rule's sentence is read in any language. */
const PHP_NAME = /\b(?:wordpress|php|lsphp|php-fpm)\b/i;

/** Cookies, header values and page words that name the stack; matched on lower-cased text. */
const PHP_HEADER = /(?:^|[\s;,(])php(?:\/\d|\b)/;
const PHP_COOKIE = /(?:^|[;,\s])phpsessid=/;
const PHP_PATH = /\.php(?:$|[/?#])/;
const PHP_TEXT = /\b(?:php-fpm|lsphp|fastcgi_pass|php fatal error|wp-content\/|wp-die-message)/;
const WINDOWS_HEADER = /\b(?:microsoft-iis|microsoft-httpapi|asp\.net)\b/;
const KUBERNETES_HEADER = /\b(?:ingress-nginx|kubernetes|k8s)\b/;
/** Only the start of a page is read for stack words: they sit in its head or its error line. */
const TEXT_WINDOW = 16 * 1024;

export interface StackInput {
  url: string;
  responseHeaders: readonly Header[];
  body: string;
  /** The page's writer and its path: a product implies its stack (IIS runs on Windows). */
  present: readonly Generator[];
  /** What the matched page rule says about the page ("WordPress' fatal-error handler…"). */
  writerSays?: string;
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname.toLowerCase();
  } catch {
    return '';
  }
}

export function readStack(input: StackInput): StackTag[] {
  const tags = new Set<StackTag>();
  const has = (list: readonly Generator[]) => input.present.some((g) => list.includes(g));
  if (has(MANAGED_PLATFORMS)) tags.add('managed-platform');
  if (has(KUBERNETES)) tags.add('kubernetes');
  if (has(WINDOWS)) tags.add('windows');
  if (has(PHP_PRODUCTS) || (input.writerSays !== undefined && PHP_NAME.test(input.writerSays))) tags.add('php');
  for (const header of input.responseHeaders) {
    const name = header.name.toLowerCase();
    const value = header.value.toLowerCase();
    if (name === 'x-powered-by' || name === 'server') {
      if (PHP_HEADER.test(value)) tags.add('php');
      if (WINDOWS_HEADER.test(value)) tags.add('windows');
      if (KUBERNETES_HEADER.test(value)) tags.add('kubernetes');
    } else if (name === 'x-aspnet-version' || name === 'x-aspnetmvc-version') tags.add('windows');
    else if (name === 'set-cookie' && PHP_COOKIE.test(value)) tags.add('php');
  }
  if (PHP_PATH.test(pathOf(input.url))) tags.add('php');
  if (PHP_TEXT.test(input.body.slice(0, TEXT_WINDOW).toLowerCase())) tags.add('php');
  return [...tags].sort();
}
