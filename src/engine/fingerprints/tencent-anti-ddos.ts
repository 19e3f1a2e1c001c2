// Tencent Cloud Anti-DDoS Advanced / Pro. Tencent's 502 FAQ (cited below) is about the 502 a site behind Anti-DDoS
// Advanced returns when (1) the real server blocks or rate-limits the forwarding IPs, (2) the real
// server is down, overloaded or its web server (nginx/Apache) is broken, or (3) the public link is
// lossy. No public capture of the page or of a response header that Anti-DDoS Advanced adds was found,
// so this file claims no page and puts nothing in the path; those 502s are named by the page's writer
// (often the origin's own server, or "unknown") and the causes stay reachable through blame "origin".
import { defineFingerprint } from '../knowledge/fingerprint';

export default defineFingerprint({
  generator: 'tencent-anti-ddos',
  name: 'Tencent Cloud Anti-DDoS Advanced',
  layer: 'anti-ddos',
  inPath: [],
  pages: [],
  sources: [
    'Tencent Cloud Anti-DDoS Advanced doc "How to Fix a 502 Bad Gateway Error" (https://www.tencentcloud.com/document/product/1213/56657: forwarding IPs blocked or rate-limited, real server abnormal, network jitter)',
  ],
});
