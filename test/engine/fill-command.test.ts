import { describe, expect, it } from 'vitest';
import { commandValuesFor, fillCommand } from '../../src/engine/fill-command';

const fill = (template: string, url: string, ip?: string) => fillCommand(template, commandValuesFor(url, ip));

describe('fillCommand', () => {
  it('fills host, ip, port, scheme and origin from the page', () => {
    expect(fill('{scheme}://{host}:{port} {ip} {origin}', 'http://a.example:8080/x', '198.51.100.2'))
      .toBe('http://a.example:8080 198.51.100.2 http://a.example:8080');
  });

  it('percent-encodes everything in the URL outside the safe set, then single-quotes it', () => {
    const url = "https://a.example/x?q=$(rm -rf ~)&b=`id`;'";
    expect(fill('curl {url}', url)).toBe("curl 'https://a.example/x?q=%24%28rm%20-rf%20~%29&b=%60id%60%3B%27'");
    // fish reads `\'` inside single quotes as a quote: a trailing backslash must not survive.
    expect(fill('curl {url}', 'https://a.example/?q=x\\')).toBe("curl 'https://a.example/?q=x%5C'");
    // Not PowerShell's curly quotes, not any other non-ASCII, not a C1 control or DEL.
    expect(fill('curl {url}', 'https://a.example/\u00fc?q=\u2019\u0085\u007f')).toBe("curl 'https://a.example/%C3%BC?q=%E2%80%99%C2%85%7F'");
    // curl's URL globs, and a `%` that starts no escape.
    expect(fill('curl {url}', 'https://a.example/?q=[1-9]{a,b}%zz')).toBe("curl 'https://a.example/?q=%5B1-9%5D%7Ba,b%7D%25zz'");
  });

  it('leaves a normal URL as it was', () => {
    for (const url of ['https://shop.example.com/checkout?step=2&id=a%20b', 'http://a.example:8080/api/v1/items?sort=-date&page=3&tag=x+y,z', 'https://xn--bcher-kva.example/~user/@me/a_b.c:d?x=1=2']) {
      expect(fill('curl {url}', url)).toBe(`curl '${url}'`);
    }
  });

  it('drops the fragment and any user:password@, and keeps an IPv6 host in its brackets', () => {
    expect(fill('curl {url}', 'https://user:secret@a.example/x?y=1#frag$(id)')).toBe("curl 'https://a.example/x?y=1'");
    expect(fill('curl {url} {host}', 'http://[2001:DB8::1]:8080/?q=$(id)')).toBe("curl 'http://[2001:db8::1]:8080/?q=%24%28id%29' example.com");
  });

  it('falls back to placeholder words for values that are not safe', () => {
    expect(fill('dig {host} {ip}', 'https://a.example/', '1.2.3.4; rm -rf /')).toBe('dig a.example ORIGIN_IP');
    expect(fill('dig {host}', 'not a url')).toBe('dig example.com');
    expect(fill('ping {ip}', 'https://a.example/', '2001:db8::1')).toBe('ping 2001:db8::1');
    // An IPv6 address is checked by the URL parser and given in its canonical form.
    expect(fill('ping {ip}', 'https://a.example/', '[2001:0DB8:0::1]')).toBe('ping 2001:db8::1');
    expect(fill('ping {ip}', 'https://a.example/', '2001:db8::1::2')).toBe('ping ORIGIN_IP');
    expect(fill('ping {ip}', 'https://a.example/', 'fe80::1%eth0')).toBe('ping ORIGIN_IP');
    expect(fill('curl {url} {host}', 'https://$(id).example/')).toBe("curl 'https://example.com/' example.com");
    expect(fill('curl {url}', 'ftp://a.example/')).toBe("curl 'https://example.com/'");
  });

  it('leaves unknown braces alone', () => {
    expect(fill('awk \'{print $1}\' {host}', 'https://a.example/')).toBe('awk \'{print $1}\' a.example');
  });
});
