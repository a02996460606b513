import { Hono } from 'hono';
import type { AppEnv } from '../api/env.ts';
import { landingFor, sectionRoles } from './access.ts';
import { pageStyles, pageScript } from './assets.ts';
import { labRoutes } from './lab/routes.tsx';
import { rulesetPageRoutes } from './rulesets/routes.tsx';
import { pageAuth, sessionRoutes } from './session.tsx';
import { trainingRoutes } from './training/routes.tsx';

const anyRole = [...new Set(Object.values(sectionRoles).flat())];

/**
 * The web pages: rule lab, ruleset browser and training, one router per section. Server-rendered;
 * the script only adds to them. Posted forms are held to the same body limit as the API (app.ts).
 */
export function pageRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/assets/pages.css', (c) => c.body(pageStyles, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=3600' }));
  app.get('/assets/pages.js', (c) => c.body(pageScript, 200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=3600' }));
  // Each role lands where it works: a trainer on training, the others in the lab.
  app.get('/', pageAuth(...anyRole), (c) => c.redirect(landingFor(c.get('role'))));
  sessionRoutes(app);
  app.route('/lab', labRoutes());
  app.route('/rulesets', rulesetPageRoutes());
  app.route('/training', trainingRoutes());
  return app;
}
