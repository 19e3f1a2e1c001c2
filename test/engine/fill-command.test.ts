import { describe, expect, it } from 'vitest';
import { commandValuesFor, fillCommand } from '../../src/engine/fill-command';

const fill = (template: string, url: string, ip?: string) => fillCommand(template, commandValuesFor(url, ip));

describe('fillCommand', () => {
  it('fills host, ip, port, scheme and origin from the page', () => {
    expect(fill('{scheme}://{host}:{port} {ip} {origin}', 'http://a.example:8080/x', '198.51.100.2'))
      .toBe('http://a.example:8080 198.51.100.2 http://a.example:8080');
  });

  it('shell-quotes the URL so nothing in it runs', () => {
    const url = "https://a.example/x?q=$(rm -rf ~)&b=`id`;'";
    const command = fill('curl {url}', url);
    expect(command).toBe("curl 'https://a.example/x?q=$(rm%20-rf%20~)&b=`id`;%27'");
    expect(command.slice(5).match(/'/g)).toHaveLength(2);
  });

  it('falls back to placeholder words for values that are not safe', () => {
    expect(fill('dig {host} {ip}', 'https://a.example/', '1.2.3.4; rm -rf /')).toBe('dig a.example ORIGIN_IP');
    expect(fill('dig {host}', 'not a url')).toBe('dig example.com');
    expect(fill('ping {ip}', 'https://a.example/', '2001:db8::1')).toBe('ping 2001:db8::1');
  });

  it('leaves unknown braces alone', () => {
    expect(fill('awk \'{print $1}\' {host}', 'https://a.example/')).toBe('awk \'{print $1}\' a.example');
  });
});
