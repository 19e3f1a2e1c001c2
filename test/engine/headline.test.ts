// The headline names whose side failed. A request the browser could not send (offline, the network
// changed, the proxy failed) never reached the site: the headline must not blame the server.
import { describe, expect, it } from 'vitest';
import { diagnose, type EvidenceInput } from '../../src/engine';

const noResponse = (netError: string): EvidenceInput => ({ url: 'https://shop.example/', method: 'GET', status: 0, netError, responseHeaders: [], requestHeaders: [], body: '' });

describe('headline', () => {
  it.each(['net::ERR_INTERNET_DISCONNECTED', 'net::ERR_NETWORK_CHANGED', 'net::ERR_PROXY_CONNECTION_FAILED'])('%s: the user\'s own side, in both languages', (netError) => {
    const en = diagnose(noResponse(netError));
    expect(en.blame).toBe('client');
    expect(en.headline).toBe('The request failed on your side, before it reached the site: your connection, a VPN or proxy, or a browser extension. The site itself may be fine.');
    expect(diagnose(noResponse(netError), { locale: 'zh-CN' }).headline).toBe('请求在你这一侧就失败了，没有到达网站：可能是你的网络连接、VPN 或代理，或某个浏览器扩展。网站本身可能没有问题。');
  });

  it('a refused connection still blames the site\'s server', () => {
    expect(diagnose(noResponse('net::ERR_CONNECTION_REFUSED')).headline).toBe('The browser got no answer from this site: the connection was refused. The site\'s server or its network is at fault.');
  });

  it('tells a blocked visitor who stopped them, and keeps "nothing is broken" for maintenance', () => {
    const sucuri = diagnose({
      url: 'https://shop.example/?q=<script>', status: 403,
      responseHeaders: [{ name: 'Server', value: 'Sucuri/Cloudproxy' }, { name: 'X-Sucuri-ID', value: '12017' }, { name: 'X-Sucuri-Block', value: 'XSS027' }],
      body: '<html><head><title>Sucuri WebSite Firewall - Access Denied</title></head><body><h2>Access Denied - Sucuri Website Firewall</h2><p>Block reason: An attempted XSS (Cross site scripting) was detected and blocked.</p><p>Block ID: XSS027</p></body></html>',
    });
    expect([sucuri.blame, sucuri.failure]).toEqual(['none', 'blocked']);
    expect(sucuri.headline).toMatch(/^Sucuri [A-Za-z ]+ stopped this request on purpose \(HTTP 403/);
    const maintenance = diagnose({
      url: 'https://shop.example/', status: 503, responseHeaders: [{ name: 'Server', value: 'nginx' }, { name: 'Retry-After', value: '600' }],
      body: '<html><body><h1>Down for maintenance</h1><p>We are performing scheduled maintenance and will be back shortly.</p></body></html>',
    });
    expect(maintenance.headline).toMatch(/^Nothing is broken/);
  });
});
