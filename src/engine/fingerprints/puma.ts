// Puma (Ruby/Rack server). When the Rack app raises outside the framework's own error handling, or
// Puma cannot read the request, Server#lowlevel_error answers with no Content-Type and no Server header
// (Puma sets none): with leak_stack_on_error (on in development) the text "Puma caught this error:
// <message> (<class>)" plus the backtrace; otherwise, up to Puma 6.3, "An unhandled lowlevel error
// occurred. The application logs may have details." and from 6.4 an empty body. Parse errors use the
// same handler at 400 ("Invalid HTTP format, parsing fails. Are you trying to open an SSL connection to
// a non-SSL Puma? (Puma::HttpParserError)"). A request cut off by a forced shutdown (restart, deploy)
// gets 503 from the same handler (Puma::ThreadPool::ForceShutdown). Puma has no 503 for a full queue:
// excess requests wait in the socket backlog, and the proxy in front times out instead. The empty
// 6.4+ answer has nothing of Puma's in it, so no rule claims it.
import { defineFingerprint } from '../knowledge/fingerprint';

export default defineFingerprint({
  generator: 'puma',
  name: 'Puma',
  layer: 'app',
  inPath: [],
  pages: [
    {
      id: 'puma-caught-this-error',
      status: [400, 500, 501, 503],
      all: [{ body: 'puma caught this error: ' }],
      confidence: 0.85,
      says: 'Puma\'s low-level error text ("Puma caught this error: … (ExceptionClass)" and a backtrace): the Ruby application raised an exception Puma had to handle itself.',
      layer: 'app',
      blame: 'upstream-app',
      failure: 'unknown',
      byStatus: {
        400: { blame: 'client', failure: 'invalid-response' },
        501: { blame: 'client', failure: 'invalid-response' },
      },
      refine: [
        {
          when: [{ body: 'are you trying to open an ssl connection to a non-ssl puma?' }],
          blame: 'client',
          failure: 'tls',
          says: '"Are you trying to open an SSL connection to a non-SSL Puma?": HTTPS was sent to Puma\'s plain-HTTP port (or the proxy speaks TLS to a non-TLS backend).',
        },
        {
          when: [{ body: '(puma::threadpool::forceshutdown)' }],
          blame: 'upstream-app',
          failure: 'unknown',
          says: 'Puma::ThreadPool::ForceShutdown: Puma was shutting down (restart or deploy) and cut this request off.',
        },
        {
          when: [{ body: '(puma::httpparsererror)' }],
          blame: 'client',
          failure: 'invalid-response',
          says: 'Puma::HttpParserError: Puma could not parse the request.',
        },
      ],
    },
    {
      id: 'unhandled-lowlevel-error',
      status: [500, 503],
      all: [{ body: 'an unhandled lowlevel error occurred. the application logs may have details.' }],
      confidence: 0.85,
      says: 'Puma\'s production fallback "An unhandled lowlevel error occurred. The application logs may have details.": the Ruby application raised (often while booting, e.g. a missing secret_key_base) and Puma answered for it.',
      layer: 'app',
      blame: 'upstream-app',
      failure: 'unknown',
    },
  ],
  sources: [
    'puma/puma lib/puma/server.rb lowlevel_error() ("Puma caught this error: #{e.message} (#{e.class})\\n#{backtrace}" with leak_stack_on_error, else [""] since v6.4.0; v6.3.0 and earlier "An unhandled lowlevel error occurred. The application logs may have details.\\n"), client_error() / response_to_error() (400 HttpParserError, 501), lib/puma/response.rb (503 on ThreadPool::ForceShutdown); lib/puma/const.rb ERROR_RESPONSE (503 "Not used yet")',
    'Public nmap captures of Puma 6.4.2: "HTTP/1.0 400 Bad Request / Content-Length: … / Puma caught this error: Invalid HTTP format, parsing fails. Are you trying to open an SSL connection to a non-SSL Puma? (Puma::HttpParserError)"',
    'Public notes quoting "Puma caught this error: Error loading the \'sqlite3\' Active Record adapter … (LoadError)" in a browser and a curl capture "HTTP/1.1 500 Internal Server Error / content-length: 1356 / Puma caught this error: … (Errno::EPERM)"; rack-timeout README quoting the 500 "An unhandled lowlevel error occurred…"; Rails deploy notes (missing secret_key_base)',
  ],
});
