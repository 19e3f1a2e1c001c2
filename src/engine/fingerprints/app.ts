// The application itself wrote the error: a framework's stock error page (Django, Rails, Laravel,
// Express/finalhandler, Spring Boot, ASP.NET, Tomcat, Jetty, Flask/Werkzeug, Next.js, WordPress,
// PHP), a framework's maintenance page, or a JSON error body from an API. The proxy in front passed
// the answer through, so the hop that failed is the application (blame "upstream-app"); a planned
// maintenance page blames nobody ("none" + "maintenance").
//
// Framework headers (X-Powered-By: Express / PHP / Next.js, X-Runtime, laravel_session…) only say an
// application answered; on their own they are weak and get a low confidence. Generic JSON error
// bodies ({"error":…}, {"errors":[…]}, {"detail":…}) get a modest confidence so that any vendor's
// specific page outranks them.
//
// Each framework's rules live in app/<framework>.ts; this file composes them into the one 'app'
// fingerprint. The order of the lists below is part of the knowledge: when two rules of this
// fingerprint match with equal confidence, the one listed first names the page.
import { defineFingerprint } from '../knowledge/fingerprint';
import aspnet from './app/aspnet';
import django from './app/django';
import express from './app/express';
import fastapi from './app/fastapi';
import flask from './app/flask';
import type { FrameworkRules } from './app/framework';
import jetty from './app/jetty';
import jsonApi from './app/json-api';
import laravel from './app/laravel';
import nextjs from './app/nextjs';
import php from './app/php';
import rails from './app/rails';
import springBoot from './app/spring-boot';
import symfony from './app/symfony';
import tomcat from './app/tomcat';
import wordpress from './app/wordpress';

const FRAMEWORKS: readonly FrameworkRules[] = [
  django, rails, laravel, php, symfony, wordpress, express, nextjs, springBoot, tomcat, jetty, aspnet, flask, fastapi,
];

/**
 * Whose header-only hints come first on a tie (the order they had when this was one file, so the
 * verdicts stay the same); frameworks not named here follow in FRAMEWORKS order.
 */
const HINT_PRECEDENCE: readonly FrameworkRules[] = [php, nextjs, rails, laravel];
const HINTS_IN_ORDER = [...HINT_PRECEDENCE, ...FRAMEWORKS.filter((f) => !HINT_PRECEDENCE.includes(f))];

export default defineFingerprint({
  generator: 'app',
  name: 'The application (framework error page)',
  layer: 'app',
  inPath: FRAMEWORKS.flatMap((f) => f.inPath ?? []),
  requestIds: [
    // No one framework's own: Rails sets it, and many proxies and applications pass one along.
    { header: 'x-request-id', label: 'X-Request-Id' },
    ...FRAMEWORKS.flatMap((f) => f.requestIds ?? []),
  ],
  pages: [
    ...FRAMEWORKS.flatMap((f) => f.pages),
    ...HINTS_IN_ORDER.flatMap((f) => f.headerHints ?? []),
    // Last: any framework's own answer is more specific than a bare JSON error shape.
    ...jsonApi.pages,
  ],
  sources: [...FRAMEWORKS, jsonApi].flatMap((f) => f.sources),
});
