import { describe, expect, it } from 'vitest';
import { parseTrace } from '../../src/engine';

const TRACE = `fl=29f1
h=www.example.com
ip=203.0.113.9
ts=1715677964.123
visit_scheme=https
uag=Mozilla/5.0
colo=FRA
sliver=none
http=http/2
loc=DE
tls=TLSv1.3
sni=plaintext
warp=off
gateway=off
rbi=off
kex=X25519
`;

describe('parseTrace', () => {
  it('reads the key=value lines', () => {
    expect(parseTrace(TRACE)).toMatchObject({ colo: 'FRA', loc: 'DE', http: 'http/2', tls: 'TLSv1.3', h: 'www.example.com' });
  });
  it('rejects what is not a trace: HTML, a 404 page, an empty answer, an oversized answer', () => {
    expect(parseTrace('<html><body>Not found</body></html>')).toBeNull();
    expect(parseTrace('')).toBeNull();
    expect(parseTrace(`${TRACE}${'x=1\n'.repeat(2000)}`)).toBeNull();
    expect(parseTrace('colo=FRA\n')).toBeNull();
  });
});
