// One owner's check two causes share: send the request to each backend behind the load balancer
// directly, so the one that fails shows itself. Alibaba Cloud's SLB FAQ (seed 001) gives it for a
// 5xx that comes and goes; one-backend-unhealthy and health-check-failing both list it, and a page
// that raises both lists it once, under the first (owner steps with the same command are one).
import type { NextStep } from './cause';

export const BYPASS_TO_EACH_BACKEND: NextStep = {
  id: 'bypass-to-each-backend',
  title: 'Send the request to each backend directly',
  detail: 'Point the site\'s name at one backend server\'s address (the hosts file on a test machine, or curl --resolve), run it several times, and repeat for every backend. The one that fails while the others answer well is misconfigured or unhealthy.',
  audience: 'owner',
  kind: 'check',
  // One request, not a shell loop: loop syntax differs between bash and fish, and the user repeats
  // it (or uses Check again) as the detail says.
  command: 'curl -s -o /dev/null -w "%{http_code} %{time_total}s\\n" --resolve {host}:443:BACKEND_IP https://{host}/',
};
