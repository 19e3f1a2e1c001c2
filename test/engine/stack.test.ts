// The stack facts a page shows (stack.ts): each from a fact that names it, none guessed.
import { describe, expect, it } from 'vitest';
import { readStack, type StackInput } from '../../src/engine/stack';

const read = (over: Partial<StackInput>) => readStack({ url: 'https://shop.example/', responseHeaders: [], body: '', present: ['nginx'], ...over });

describe('readStack', () => {
  it('reads PHP from X-Powered-By, the session cookie, a .php path, php-fpm text or the rule that matched', () => {
    expect(read({ responseHeaders: [{ name: 'X-Powered-By', value: 'PHP/8.2.7' }] })).toEqual(['php']);
    expect(read({ responseHeaders: [{ name: 'Set-Cookie', value: 'PHPSESSID=abc; path=/' }] })).toEqual(['php']);
    expect(read({ url: 'https://shop.example/index.php?page=2' })).toEqual(['php']);
    expect(read({ body: '<p>connect() to unix:/run/php/php8.2-fpm.sock failed (php-fpm)</p>' })).toEqual(['php']);
    expect(read({ writerSays: "WordPress' fatal-error handler" })).toEqual(['php']);
  });

  it('does not read PHP from look-alike words', () => {
    expect(read({ url: 'https://shop.example/phpinfo-guide', responseHeaders: [{ name: 'X-Powered-By', value: 'Express' }], body: 'graphql endpoint' })).toEqual([]);
  });

  it('reads a managed platform, Windows and Kubernetes from who is on the path and their headers', () => {
    expect(read({ present: ['cloudflare', 'heroku'] })).toEqual(['managed-platform']);
    expect(read({ present: ['iis'] })).toEqual(['windows']);
    expect(read({ responseHeaders: [{ name: 'X-AspNet-Version', value: '4.0.30319' }] })).toEqual(['windows']);
    expect(read({ present: ['istio'] })).toEqual(['kubernetes']);
    expect(read({ present: ['vercel'], responseHeaders: [{ name: 'x-powered-by', value: 'PHP/8.3' }] })).toEqual(['managed-platform', 'php']);
  });
});
