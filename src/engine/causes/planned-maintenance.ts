// An intentional maintenance page (503 with Retry-After, Heroku H80 maintenance mode, a CMS
// maintenance screen). Nothing failed. Heroku and WordPress have their own switch and their own steps;
// other sites get a generic one.
import { defineCause } from '../knowledge/cause';

export default defineCause({
  id: 'planned-maintenance',
  title: 'The site is in planned maintenance',
  summary: 'The site owner has switched on a maintenance page on purpose while work is done on the site.',
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
    { id: 'not-security-stop', failure: ['challenge', 'blocked', 'rate-limited'], weight: -5, because: 'The page is a security check or block, not a maintenance page.' },
    { id: 'not-blame-elsewhere', blame: ['origin', 'upstream-app', 'edge', 'reverse-proxy', 'client'], weight: -5, because: 'The page reports a hop that failed; a planned maintenance page reports no failure.' },
  ],
  steps: [
    {
      id: 'wait',
      title: 'Come back later',
      detail: 'Maintenance is usually short. When the page says how long it will take, try again after that time; otherwise the site\'s status page or social accounts may give one.',
      audience: 'visitor',
      intent: 'retry',
    },
    {
      id: 'heroku-maintenance-status',
      title: 'Check whether Heroku maintenance mode is meant to be on',
      detail: 'Heroku serves its maintenance page (H80 in the router log) for as long as maintenance mode is on for the app.',
      audience: 'owner',
      kind: 'check',
      command: 'heroku maintenance --app APP_NAME',
      appliesTo: { present: ['heroku'] },
    },
    {
      id: 'heroku-maintenance-off',
      title: 'Turn Heroku maintenance mode off when the work is done',
      detail: 'Maintenance mode stays on until someone turns it off, also after a deploy that failed half-way.',
      audience: 'owner',
      kind: 'fix',
      command: 'heroku maintenance:off --app APP_NAME',
      appliesTo: { present: ['heroku'] },
    },
    {
      id: 'wordpress-maintenance-file',
      title: 'Look for the .maintenance file WordPress writes during updates',
      detail: 'WordPress shows "Briefly unavailable for scheduled maintenance" while a .maintenance file sits in the site root, and stops obeying it by itself 10 minutes after the time ($upgrading) the file records. A page that lasts longer comes from something else: a plugin or a cache that kept the 503.',
      audience: 'owner',
      kind: 'check',
      command: 'cat WORDPRESS_ROOT/.maintenance',
      appliesTo: { stack: ['php'], notStack: ['managed-platform', 'windows'] },
    },
    {
      id: 'wordpress-finish-update',
      title: 'Finish the interrupted WordPress update, then delete .maintenance',
      detail: 'An update that stopped half-way leaves .maintenance behind and may leave a plugin or theme half-updated: run the update again from the dashboard, check the site, then delete the file.',
      audience: 'owner',
      kind: 'fix',
      appliesTo: { stack: ['php'], notStack: ['managed-platform', 'windows'] },
    },
    {
      id: 'check-switch',
      title: 'Make sure maintenance mode is meant to be on',
      detail: 'Find the switch that serves this page (the application\'s maintenance flag, a load balancer or CDN rule with a fixed response) and check that it is on for planned work.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { absent: ['heroku'], notStack: ['php'] },
    },
    {
      id: 'switch-off',
      title: 'Turn the maintenance page off when the work is done',
      detail: 'Switch it off where it was switched on, and send a Retry-After header with the 503 next time so clients and crawlers know when to come back.',
      audience: 'owner',
      kind: 'fix',
      appliesTo: { absent: ['heroku'], notStack: ['php'] },
    },
  ],
  sources: [
    'https://devcenter.heroku.com/articles/error-codes (H80 Maintenance mode)',
    'https://devcenter.heroku.com/articles/maintenance-mode (heroku maintenance, maintenance:on / maintenance:off)',
    'https://developer.wordpress.org/reference/functions/wp_is_maintenance_mode/ (.maintenance is ignored 10 minutes after $upgrading)',
    'https://www.rfc-editor.org/rfc/rfc9110#name-retry-after (Retry-After with 503)',
  ],
});
