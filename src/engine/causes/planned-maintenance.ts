// An intentional maintenance page (503 with Retry-After, Heroku H80 maintenance mode, a CMS
// maintenance screen). Nothing failed.
import { defineCause } from '../knowledge/cause';

export default defineCause({
  id: 'planned-maintenance',
  title: 'The site is in planned maintenance',
  why:
    'Sites switch on a maintenance page during upgrades, migrations or deploys (Heroku maintenance mode, H80; ' +
    'WordPress "Briefly unavailable for scheduled maintenance"; a load balancer fixed response). It is usually a ' +
    '503, sometimes with a Retry-After header. Nothing is broken; the site comes back when the work is done — ' +
    'unless the switch was left on by mistake.',
  fixedBy: 'site-owner',
  layer: 'none',
  when: [
    { id: 'maintenance', failure: ['maintenance'], weight: 9, because: 'The page says the site is down for maintenance.' },
    { id: 'status-503-blame-none', blame: ['none'], status: [503], weight: 2, because: 'A 503 that is not a failure of any hop.' },
    { id: 'not-blame-elsewhere', blame: ['origin', 'upstream-app', 'edge', 'reverse-proxy', 'client'], weight: -5, because: 'A hop failed, so this is not a planned page.' },
  ],
  steps: [
    {
      id: 'wait',
      title: 'Come back later',
      detail: 'Maintenance is usually short; the site\'s status page or social accounts may give a time.',
      audience: 'visitor',
    },
    {
      id: 'check-switch',
      title: 'Make sure maintenance mode is meant to be on',
      detail: 'Heroku: heroku maintenance --app APP_NAME (off with maintenance:off). WordPress: remove a leftover .maintenance file in the site root after a failed update.',
      audience: 'owner',
      command: 'heroku maintenance --app APP_NAME; ls -la /var/www/html/.maintenance 2>/dev/null',
    },
  ],
  sources: ['https://devcenter.heroku.com/articles/error-codes (H80 Maintenance mode)'],
});
